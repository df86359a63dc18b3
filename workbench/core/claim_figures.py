"""The figure check of a claim: its figures against those in each piece of its evidence.

For every source of the claim the excerpt is read first (the words the fact-checker quoted);
where it holds no figures, the text of the source's latest snapshot is read instead. Each side
is parsed in its own language, so a German claim can be checked against an English source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workbench.core.figure_check import FigureComparison, compare_figures
from workbench.core.figures import Figure, extract_figures

if TYPE_CHECKING:
    from workbench.core.models import Evidence
    from workbench.core.store import Library


@dataclass(frozen=True)
class SourceFigures:
    """How the figures of one piece of evidence compare with the claim's."""

    evidence_id: str
    source_id: str
    source_label: str
    stance: str
    read_from: str  # "excerpt", "snapshot" or "nothing"
    comparisons: tuple[FigureComparison, ...]

    @property
    def mismatches(self) -> int:
        return sum(1 for c in self.comparisons if c.status == "mismatch")

    def to_dict(self) -> dict[str, Any]:
        return {
            "evidence_id": self.evidence_id,
            "source_id": self.source_id,
            "source": self.source_label,
            "stance": self.stance,
            "read_from": self.read_from,
            "comparisons": [c.to_dict() for c in self.comparisons],
        }


@dataclass(frozen=True)
class ClaimFigures:
    claim_id: str
    figures: tuple[Figure, ...]
    sources: tuple[SourceFigures, ...]

    @property
    def mismatches(self) -> int:
        return sum(s.mismatches for s in self.sources)

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "figures": [f.to_dict() for f in self.figures],
            "sources": [s.to_dict() for s in self.sources],
            "mismatches": self.mismatches,
        }


def check_claim_figures(lib: Library, claim_id: str) -> ClaimFigures:
    """Compare the figures of the claim (statement, else quote) with each of its sources."""
    claim = lib.claim(claim_id)
    language = lib.article(claim.article_id, with_text=False).language
    figures = tuple(extract_figures(claim.statement or claim.quote, language))
    if not figures:
        return ClaimFigures(claim_id, figures, ())
    results = [_compare(lib, item, figures) for item in lib.evidence_for_claim(claim_id)]
    return ClaimFigures(claim_id, figures, tuple(r for r in results if r is not None))


def _compare(lib: Library, item: Evidence, figures: tuple[Figure, ...]) -> SourceFigures | None:
    label = item.source.label if item.source else item.source_id
    candidates: list[tuple[str, str]] = []
    if item.excerpt:
        candidates.append(("excerpt", item.excerpt))
    snapshot = lib.latest_snapshot(item.source_id)
    if snapshot is not None and snapshot.text:
        candidates.append(("snapshot", snapshot.text))
    for where, text in candidates:
        found = extract_figures(text)
        if found:
            comparisons = compare_figures(list(figures), found)
            return SourceFigures(
                item.id, item.source_id, label, item.stance, where, tuple(comparisons)
            )
    return SourceFigures(item.id, item.source_id, label, item.stance, "nothing", ())
