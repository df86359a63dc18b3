"""Compare the figures of a claim with those of a source, like with like.

A claim figure is compared only with source figures of the same kind, a compatible unit and
a compatible scale: money in the same currency and within two orders of magnitude (a market
value of 592,7 Milliarden Dollar is not a share price of 142,62 $), percentages with
percentages, counts with counts. "50.000 GPUs" against a source saying "10,000 GPUs" differs
by 80% (|claim - source| / claim); percentages also by their gap in percentage points. Bounds
and ranges compare as intervals; approximate figures ("rund", "about") get more tolerance.

When the source gives the claim's figure and also a different one of the same kind (a page
quoting the rumoured 50.000 GPUs to refute them with 10.000), the outcome says so and keeps
both: it is never "agrees" while a conflicting figure stands beside it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from workbench.core.language.figures import Figure, extract_figures

#: Exact figures may differ this much (rounding: "592,7 Mrd." for 592.68 billion).
DEFAULT_TOLERANCE = 0.01
#: Approximate figures ("rund 6 Mio.") may differ this much.
APPROXIMATE_TOLERANCE = 0.1
#: Amounts further apart than this factor measure different things (a price, a total).
MAX_SCALE_RATIO = 100.0
#: Words kept on each side of a figure to show where it was found.
CONTEXT_CHARS = 40

#: Kinds that agree only when equal: a year one off is another year, not a rounding.
EXACT_KINDS = frozenset({"date", "year", "time", "score"})
#: Kinds whose size tells what they measure (a total or a price).
SCALED_KINDS = frozenset({"money", "count", "number", "quantity"})
_COMPATIBLE = {"count": {"count", "number"}, "number": {"count", "number"}}


class Outcome(StrEnum):
    """What a comparison of one claim figure with one source found."""

    AGREES = "match"
    DIFFERS = "mismatch"
    #: The source gives the claim's figure and a different one of the same kind.
    CONFLICTING = "conflict"
    NOTHING_COMPARABLE = "nothing comparable"


@dataclass(frozen=True)
class Occurrence:
    """A source figure, where it stands and how far it is from the claim's."""

    figure: Figure
    difference: float | None
    points: float | None  # percentage points, for percentages
    where: str  # "excerpt", "snapshot" or "" when the text was given directly
    before: str
    after: str

    @property
    def context(self) -> str:
        """The figure in its surrounding words: "… vom Vortag [142,62 $] am …"."""
        return f"…{self.before}[{self.figure.text}]{self.after}…"

    def to_dict(self) -> dict[str, Any]:
        return {
            "figure": self.figure.to_dict(),
            "difference": self.difference,
            "points": self.points,
            "where": self.where,
            "start": self.figure.start,
            "end": self.figure.end,
            "before": self.before,
            "after": self.after,
        }


@dataclass(frozen=True)
class FigureComparison:
    """One claim figure, the source figure nearest to it and any conflicting ones."""

    claim: Figure
    found: Occurrence | None
    tolerance: float
    status: Outcome
    unit_matched: bool
    others: tuple[Occurrence, ...] = ()

    @property
    def source(self) -> Figure | None:
        return self.found.figure if self.found is not None else None

    @property
    def difference(self) -> float | None:
        return self.found.difference if self.found is not None else None

    @property
    def points(self) -> float | None:
        return self.found.points if self.found is not None else None

    def to_dict(self) -> dict[str, Any]:
        found = self.found
        return {
            "claim": self.claim.to_dict(),
            "source": found.figure.to_dict() if found else None,
            "difference": self.difference,
            "points": self.points,
            "tolerance": self.tolerance,
            "status": self.status.value,
            "unit_matched": self.unit_matched,
            "found": found.to_dict() if found else None,
            "others": [o.to_dict() for o in self.others],
        }


def compare_figures(
    claim: str | Sequence[Figure],
    source: str | Sequence[Figure],
    *,
    language: str | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    approximate_tolerance: float = APPROXIMATE_TOLERANCE,
    source_text: str | None = None,
    where: str = "",
) -> list[FigureComparison]:
    """For each figure of ``claim`` the nearest comparable figure of ``source``.

    Texts are parsed with ``language`` (the source may be in the other language only if
    figures are passed in already parsed; then ``source_text`` gives their surroundings).
    """
    claim_figures = extract_figures(claim, language) if isinstance(claim, str) else list(claim)
    if isinstance(source, str):
        source_text = source
        source_figures = extract_figures(source, language)
    else:
        source_figures = list(source)
    return [
        compare_one(
            figure,
            source_figures,
            source_text=source_text,
            where=where,
            tolerance=tolerance,
            approximate_tolerance=approximate_tolerance,
        )
        for figure in claim_figures
    ]


def compare_one(
    claim: Figure,
    sources: Sequence[Figure],
    *,
    source_text: str | None = None,
    where: str = "",
    tolerance: float = DEFAULT_TOLERANCE,
    approximate_tolerance: float = APPROXIMATE_TOLERANCE,
) -> FigureComparison:
    """Compare one claim figure with the figures of one text."""
    candidates = [
        (_unit_rank(claim, source), _occurrence(claim, source, source_text, where))
        for source in sources
        if comparable(claim, source)
    ]
    if claim.kind in EXACT_KINDS:
        candidates = [c for c in candidates if c[1].difference == 0.0]
    if not candidates:
        return FigureComparison(claim, None, tolerance, Outcome.NOTHING_COMPARABLE, False)
    order = {id(c): i for i, c in enumerate(candidates)}
    best_rank, best = min(
        candidates,
        key=lambda c: (c[0], _gap(c[1].difference), order[id(c)]),
    )

    def allowed(other: Occurrence) -> float:
        approx = claim.approximate or other.figure.approximate
        return approximate_tolerance if approx else tolerance

    limit = allowed(best)
    if _gap(best.difference) > limit:
        return FigureComparison(claim, best, limit, Outcome.DIFFERS, best_rank == 0)
    others = _distinct(
        o for rank, o in candidates if rank <= best_rank and _gap(o.difference) > allowed(o)
    )
    status = Outcome.CONFLICTING if others else Outcome.AGREES
    return FigureComparison(claim, best, limit, status, best_rank == 0, others)


def with_conflicts(comparison: FigureComparison, more: Sequence[Occurrence]) -> FigureComparison:
    """The comparison with conflicting figures found elsewhere (the rest of the page) added."""
    if comparison.status not in {Outcome.AGREES, Outcome.CONFLICTING} or not more:
        return comparison
    others = _distinct([*comparison.others, *more])
    return FigureComparison(
        comparison.claim,
        comparison.found,
        comparison.tolerance,
        Outcome.CONFLICTING,
        comparison.unit_matched,
        others,
    )


def comparable(claim: Figure, source: Figure) -> bool:
    """Same kind, compatible unit and compatible scale: like with like."""
    if source.kind not in _COMPATIBLE.get(claim.kind, {claim.kind}):
        return False
    if claim.kind not in {"count", "number"} and claim.unit != source.unit:
        return False
    return claim.kind not in SCALED_KINDS or _scales_compatible(claim, source)


def relative_difference(claim: Figure, source: Figure) -> float | None:
    """|claim - source| / |claim|, with bounds and ranges as intervals (0 when they overlap);
    None when the two can't be compared as numbers (dates, scores)."""
    gap = absolute_difference(claim, source)
    if gap is None:
        return None
    if gap == 0.0:
        return 0.0
    a = claim.interval
    assert a is not None
    reference = max((abs(x) for x in a if math.isfinite(x)), default=0.0)
    return gap / reference if reference else math.inf


def absolute_difference(claim: Figure, source: Figure) -> float | None:
    """The gap between the two figures' values (intervals: 0 when they overlap)."""
    a, b = claim.interval, source.interval
    if a is None or b is None:
        return None
    return max(0.0, b[0] - a[1], a[0] - b[1])


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, str]:
    """About ``width`` characters of whole words before and after a span, on one line."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    if start - width > 0 and " " in before:
        before = before[before.index(" ") + 1 :]
    if end + width < len(text) and " " in after:
        after = after[: after.rindex(" ")]
    return re.sub(r"\s+", " ", before), re.sub(r"\s+", " ", after)


def _occurrence(claim: Figure, source: Figure, text: str | None, where: str) -> Occurrence:
    difference = _difference(claim, source)
    points = None
    if claim.kind == "percent":
        gap = absolute_difference(claim, source)
        points = None if gap is None or math.isinf(gap) else round(gap, 6)
    before, after = ("", "") if text is None else context(text, source.start, source.end)
    shown = None if difference is None or math.isinf(difference) else round(difference, 6)
    return Occurrence(source, shown, points, where, before, after)


def _gap(difference: float | None) -> float:
    return math.inf if difference is None else difference


def _distinct(items: Any) -> tuple[Occurrence, ...]:
    seen: set[tuple[str, int, str]] = set()
    out = []
    for item in items:
        key = (item.where, item.figure.start, item.figure.text)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out)


def _scales_compatible(claim: Figure, source: Figure) -> bool:
    a, b = _magnitude(claim), _magnitude(source)
    if a is None or b is None or a == 0 or b == 0:
        return True
    return max(a, b) / min(a, b) <= MAX_SCALE_RATIO


def _magnitude(figure: Figure) -> float | None:
    interval = figure.interval
    if interval is None:
        return None
    finite = [abs(x) for x in interval if math.isfinite(x)]
    return max(finite) if finite else None


def _difference(claim: Figure, source: Figure) -> float | None:
    if claim.kind == "date":
        return 0.0 if _dates_agree(claim.date, source.date) else None
    if claim.kind in {"score", "time"}:
        return 0.0 if re.sub(r"\s", "", claim.text) == re.sub(r"\s", "", source.text) else None
    if claim.kind == "year":
        return 0.0 if claim.interval == source.interval else None
    return relative_difference(claim, source)


def _dates_agree(a: str | None, b: str | None) -> bool:
    """ "--01-27" agrees with "2024-01-27"; "2024-01" with "2024-01-27"; parts given must match."""
    if a is None or b is None:
        return False
    pa, pb = _date_parts(a), _date_parts(b)
    return all(x is None or y is None or x == y for x, y in zip(pa, pb, strict=True))


def _date_parts(value: str) -> tuple[str | None, str | None, str | None]:
    if value.startswith("--"):
        month, day = value[2:].split("-")
        return None, month, day
    parts = value.split("-")
    return parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None


def _unit_rank(claim: Figure, source: Figure) -> int:
    """0 when the units are the same; counts may differ in wording ("GPUs" and
    "Hochleistungsprozessoren", or a bare number), which only lowers the rank."""
    return 0 if _same_unit(claim, source) else 1


def _same_unit(claim: Figure, source: Figure) -> bool:
    if claim.unit == source.unit:
        return True
    if claim.unit is None or source.unit is None:
        return False
    a, b = _stem(claim.unit), _stem(source.unit)
    if a == b or (len(b) > 3 and a.endswith(b)) or (len(a) > 3 and b.endswith(a)):
        return True
    from rapidfuzz import fuzz

    return bool(fuzz.ratio(a, b) >= 85)


def _stem(word: str) -> str:
    """A crude common stem of a German or English plural noun, for comparing units; of a
    compound written with hyphens, its last part ("Nvidia-H100-GPUs" counts GPUs)."""
    low = word.lower().rsplit("-", 1)[-1] or word.lower()
    for ending in ("innen", "ern", "en", "es", "er", "e", "n", "s"):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: -len(ending)]
    return low
