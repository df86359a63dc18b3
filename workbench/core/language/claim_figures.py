"""The figure check of a claim: its figures against those in each piece of its evidence.

For every source of the claim the excerpt is read first (the words the fact-checker quoted);
a claim figure with nothing comparable there is looked for in the text of the source's latest
snapshot, and a figure the excerpt agrees with is checked against the rest of the snapshot for
a conflicting one. Each side is parsed in its own language, so a German claim can be checked
against an English source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from workbench.core.language.detect import detect_language
from workbench.core.language.figure_check import (
    FigureComparison,
    Occurrence,
    Outcome,
    compare_one,
    with_conflicts,
)
from workbench.core.language.figures import Figure, extract_figures

if TYPE_CHECKING:
    from workbench.core.library.store import Library


@dataclass(frozen=True)
class SourceFigures:
    """How the figures of one piece of evidence compare with the claim's."""

    evidence_id: str
    source_id: str
    source_label: str
    stance: str
    read_from: str  # "excerpt", "snapshot", "excerpt and snapshot" or "nothing"
    comparisons: tuple[FigureComparison, ...]

    @property
    def mismatches(self) -> int:
        return sum(1 for c in self.comparisons if c.status == Outcome.DIFFERS)

    @property
    def conflicts(self) -> int:
        return sum(1 for c in self.comparisons if c.status == Outcome.CONFLICTING)

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

    @property
    def conflicts(self) -> int:
        return sum(s.conflicts for s in self.sources)

    @property
    def outcome(self) -> Outcome:
        """The check in one word: differs, conflicting, agrees, or nothing comparable."""
        statuses = {c.status for s in self.sources for c in s.comparisons}
        for outcome in (Outcome.DIFFERS, Outcome.CONFLICTING, Outcome.AGREES):
            if outcome in statuses:
                return outcome
        return Outcome.NOTHING_COMPARABLE

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "figures": [f.to_dict() for f in self.figures],
            "sources": [s.to_dict() for s in self.sources],
            "mismatches": self.mismatches,
            "conflicts": self.conflicts,
            "outcome": self.outcome.value,
        }


@dataclass(frozen=True)
class EvidenceTexts:
    """The texts of one piece of evidence where figures may be found, in the order to try."""

    evidence_id: str
    source_id: str
    source_label: str
    stance: str
    candidates: tuple[tuple[str, str], ...]  # (where, text): excerpt first, then snapshot


@dataclass(frozen=True)
class FigureCheckInput:
    """Everything the figure check reads from the library, so the rest can run anywhere."""

    claim_id: str
    claim_text: str
    language: str | None
    evidence: tuple[EvidenceTexts, ...]


def gather(lib: Library, claim_id: str) -> FigureCheckInput:
    """Read the claim and its evidence texts (quick: no parsing happens here)."""
    claim = lib.claims.get(claim_id)
    language = lib.articles.get(claim.article_id, with_text=False).language
    evidence = []
    for item in lib.evidence.for_claim(claim_id):
        candidates: list[tuple[str, str]] = []
        if item.excerpt:
            candidates.append(("excerpt", item.excerpt))
        snapshot = lib.snapshots.latest(item.source_id)
        if snapshot is not None and snapshot.text:
            candidates.append(("snapshot", snapshot.text))
        label = item.source.label if item.source else item.source_id
        evidence.append(
            EvidenceTexts(item.id, item.source_id, label, item.stance, tuple(candidates))
        )
    return FigureCheckInput(claim_id, claim.statement or claim.quote, language, tuple(evidence))


def compare(data: FigureCheckInput) -> ClaimFigures:
    """Parse and compare the figures; needs no library, so it can run on a worker thread."""
    figures = tuple(extract_figures(data.claim_text, data.language))
    if not figures:
        return ClaimFigures(data.claim_id, figures, ())
    return ClaimFigures(
        data.claim_id,
        figures,
        tuple(_compare(item, figures, data.claim_text) for item in data.evidence),
    )


def check_claim_figures(lib: Library, claim_id: str) -> ClaimFigures:
    """Compare the figures of the claim (statement, else quote) with each of its sources."""
    return compare(gather(lib, claim_id))


def _compare(item: EvidenceTexts, figures: tuple[Figure, ...], claim_text: str) -> SourceFigures:
    texts = dict(item.candidates)
    parsed: dict[str, list[Figure]] = {}

    # A short excerpt is read in the language of the page it was quoted from.
    language = detect_language(texts["snapshot"]) if "snapshot" in texts else None

    def figures_in(where: str) -> list[Figure]:
        if where not in parsed:
            parsed[where] = extract_figures(texts[where], language) if where in texts else []
        return parsed[where]

    comparisons = []
    used: set[str] = set()
    for figure in figures:
        result = None
        for where in ("excerpt", "snapshot"):
            if where not in texts:
                continue
            found = figures_in(where)
            if found:
                used.add(where)
            result = compare_one(figure, found, source_text=texts[where], where=where)
            if result.status != Outcome.NOTHING_COMPARABLE:
                break
        if result is None:
            continue
        if result.status == Outcome.AGREES and result.found and result.found.where == "excerpt":
            page = compare_one(figure, figures_in("snapshot"), source_text=texts.get("snapshot"))
            more = [
                o
                for o in page.others
                if o.figure.text != result.found.figure.text and _about_the_same(claim_text, o)
            ]
            result = with_conflicts(
                result, [_placed(o, "snapshot") for o in more] if "snapshot" in texts else []
            )
        comparisons.append(result)
    read_from = " and ".join(w for w in ("excerpt", "snapshot") if w in used) or "nothing"
    if read_from == "nothing":
        comparisons = []
    return SourceFigures(
        item.evidence_id,
        item.source_id,
        item.source_label,
        item.stance,
        read_from,
        tuple(comparisons),
    )


def _about_the_same(claim_text: str, occurrence: Occurrence) -> bool:
    """Whether a figure elsewhere on the page speaks of what the claim speaks of: a count of the
    same things, or a figure with one of the claim's words beside it. A page names many
    percentages and amounts; only those near the claim's subject can contradict it."""
    figure = occurrence.figure
    if figure.kind == "count" and figure.unit:
        return True
    # Only the figure's own sentence counts: the one before may be the claim's.
    before = re.split(r"[.!?]\s", occurrence.before)[-1]
    after = re.split(r"[.!?](?:\s|$)", occurrence.after)[0]
    near = _stems(f"{before} {after}")
    return bool(_stems(claim_text) & near)


def _stems(text: str) -> set[str]:
    return {word.lower()[:5] for word in _WORD.findall(text)}


_WORD = re.compile(r"[^\W\d_]{5,}")


def _placed(occurrence: Occurrence, where: str) -> Occurrence:
    return replace(occurrence, where=where)
