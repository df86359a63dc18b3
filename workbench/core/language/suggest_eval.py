"""Measure suggestions and figures against sentences labelled by hand (JSON lines), so a
newsroom can check the check-worthiness model and the figure reader on its own material and a
change can't quietly make them worse.

Each line: {"id", "language", "text", "checkworthy": bool, "figures": [{"kind", "value",
"lower", "upper", "unit", "approximate", "date"}]}.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.core.language.figures import extract_figures
from workbench.core.language.suggest import DEFAULT_THRESHOLD, score_sentence

FigureKey = tuple[Any, ...]


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 of the suggestions, and exact-match accuracy of the figures."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    figures_exact: float
    figure_precision: float
    figure_recall: float
    sentences: int


def load_labelled(path: str | Path) -> list[dict[str, Any]]:
    """The labelled sentences of a JSON-lines file."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def figure_key(figure: dict[str, Any]) -> FigureKey:
    """What must agree for two figures to be the same: kind, value, bounds (to 6 significant
    digits), unit, approximation and date."""

    def rounded(value: float | None) -> float | None:
        if value is None or value == 0:
            return value
        return round(value, 5 - int(math.floor(math.log10(abs(value)))))

    return (
        figure["kind"],
        rounded(figure["value"]),
        rounded(figure["lower"]),
        rounded(figure["upper"]),
        figure["unit"],
        bool(figure["approximate"]),
        figure["date"],
    )


def evaluate(records: Iterable[dict[str, Any]], threshold: float = DEFAULT_THRESHOLD) -> Scores:
    """Score every labelled sentence; a sentence's figures count as right only if all of
    them are found and nothing else is."""
    tp = fp = fn = tn = exact = n = 0
    fig_tp = fig_fp = fig_fn = 0
    for record in records:
        n += 1
        figures = extract_figures(record["text"], record["language"])
        suggested = score_sentence(record["text"], record["language"]).score >= threshold
        gold = bool(record["checkworthy"])
        tp += suggested and gold
        fp += suggested and not gold
        fn += gold and not suggested
        tn += not gold and not suggested
        want = sorted((figure_key(f) for f in record["figures"]), key=repr)
        got = sorted((figure_key(f.to_dict()) for f in figures), key=repr)
        exact += want == got
        remaining = list(got)
        for key in want:
            if key in remaining:
                remaining.remove(key)
                fig_tp += 1
            else:
                fig_fn += 1
        fig_fp += len(remaining)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(
        precision=precision,
        recall=recall,
        f1=f1,
        accuracy=(tp + tn) / n if n else 0.0,
        figures_exact=exact / n if n else 0.0,
        figure_precision=fig_tp / (fig_tp + fig_fp) if fig_tp + fig_fp else 1.0,
        figure_recall=fig_tp / (fig_tp + fig_fn) if fig_tp + fig_fn else 1.0,
        sentences=n,
    )
