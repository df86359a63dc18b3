"""Compare the figures of a claim with those of a source: for each claim figure the nearest
figure of the same kind and unit, and how far apart they are.

"50.000 GPUs" against a source saying "10,000 GPUs" differs by 80% (|claim - source| /
claim). Bounds and ranges compare as intervals: "mehr als 50.000" is matched by 60,000 and
missed by 40,000 by 20%. Approximate figures ("rund", "about") get more tolerance.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from workbench.core.language.figures import Figure, extract_figures

#: Exact figures may differ this much (rounding: "592,7 Mrd." for 592.68 billion).
DEFAULT_TOLERANCE = 0.01
#: Approximate figures ("rund 6 Mio.") may differ this much.
APPROXIMATE_TOLERANCE = 0.1

Status = Literal["match", "mismatch", "not found"]
_COMPATIBLE = {"count": {"count", "number"}, "number": {"count", "number"}}


@dataclass(frozen=True)
class FigureComparison:
    """One claim figure and the source figure nearest to it."""

    claim: Figure
    source: Figure | None
    difference: float | None
    tolerance: float
    status: Status
    unit_matched: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim.to_dict(),
            "source": self.source.to_dict() if self.source else None,
            "difference": self.difference,
            "tolerance": self.tolerance,
            "status": self.status,
            "unit_matched": self.unit_matched,
        }


def compare_figures(
    claim: str | Sequence[Figure],
    source: str | Sequence[Figure],
    *,
    language: str | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    approximate_tolerance: float = APPROXIMATE_TOLERANCE,
) -> list[FigureComparison]:
    """For each figure of ``claim`` the nearest comparable figure of ``source``.

    Texts are parsed with ``language`` (the source may be in the other language only if
    figures are passed in already parsed). Dates, scores and times of day are compared
    too; a figure with nothing comparable in the source is "not found".
    """
    claim_figures = extract_figures(claim, language) if isinstance(claim, str) else list(claim)
    source_figures = extract_figures(source, language) if isinstance(source, str) else list(source)
    return [
        _nearest(figure, source_figures, tolerance, approximate_tolerance)
        for figure in claim_figures
    ]


def relative_difference(claim: Figure, source: Figure) -> float | None:
    """|claim - source| / |claim|, with bounds and ranges as intervals (0 when they overlap);
    None when the two can't be compared as numbers (dates, scores)."""
    a, b = claim.interval, source.interval
    if a is None or b is None:
        return None
    gap = max(0.0, b[0] - a[1], a[0] - b[1])
    if gap == 0.0:
        return 0.0
    reference = max((abs(x) for x in a if math.isfinite(x)), default=0.0)
    return gap / reference if reference else math.inf


def _nearest(
    claim: Figure, sources: Sequence[Figure], tolerance: float, approximate_tolerance: float
) -> FigureComparison:
    kinds = _COMPATIBLE.get(claim.kind, {claim.kind})
    ranked: list[tuple[int, float, int, Figure]] = []
    for index, source in enumerate(sources):
        if source.kind not in kinds or not _units_comparable(claim, source):
            continue
        difference = _difference(claim, source)
        unit_rank = 0 if _same_unit(claim, source) else 1
        ranked.append((unit_rank, math.inf if difference is None else difference, index, source))
    if not ranked:
        return FigureComparison(claim, None, None, tolerance, "not found", False)
    unit_rank, difference, _, best = min(ranked, key=lambda item: item[:3])
    allowed = approximate_tolerance if (claim.approximate or best.approximate) else tolerance
    status: Status = "match" if difference <= allowed else "mismatch"
    shown = None if math.isinf(difference) else round(difference, 6)
    return FigureComparison(claim, best, shown, allowed, status, unit_rank == 0)


def _difference(claim: Figure, source: Figure) -> float | None:
    if claim.kind == "date":
        return 0.0 if _dates_agree(claim.date, source.date) else None
    if claim.kind == "score":
        return 0.0 if re.sub(r"\s", "", claim.text) == re.sub(r"\s", "", source.text) else None
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


def _units_comparable(claim: Figure, source: Figure) -> bool:
    """Money needs the same currency, percentages and quantities the same unit; counts may
    differ in wording ("GPUs" and "Hochleistungsprozessoren"), which only lowers the rank."""
    if claim.kind in {"count", "number"}:
        return True
    return claim.unit == source.unit


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
    """A crude common stem of a German or English plural noun, for comparing units."""
    low = word.lower()
    for ending in ("innen", "ern", "en", "es", "er", "e", "n", "s"):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: -len(ending)]
    return low
