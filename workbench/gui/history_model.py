"""The verdict history of a claim, newest first: every rating it had, who gave it and why."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from workbench.core.library.models import Verdict
from workbench.core.library.scales import BUILTIN_SCALES, Rating, Scale
from workbench.gui import labels
from workbench.gui.list_model import RowListModel

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(RowListModel[Verdict]):
    """Verdicts are append-only, so this list is the claim's full record of judgements."""

    def __init__(
        self, parent: QObject | None = None, scales: Callable[[], dict[str, Scale]] | None = None
    ) -> None:
        super().__init__(parent)
        self.rows: list[Verdict] = []
        self.scales = scales or (lambda: {s.short_name: s for s in BUILTIN_SCALES})

    def set_rows(self, verdicts: list[Verdict]) -> None:
        super().set_rows(list(reversed(verdicts)))

    def row_data(self, verdict: Verdict, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            rating = self._rating_text(verdict)
            parts = [labels.short_time(verdict.created_at), rating]
            if verdict.author:
                parts.append(verdict.author)
            line = "  ·  ".join(parts)
            if verdict.rationale:
                line += "\n" + labels.one_line(verdict.rationale, 140)
            return line
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.plain_tooltip(verdict.rationale) or None
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(self._color(verdict))
        return None

    def _rating(self, verdict: Verdict) -> Rating | None:
        scale = self.scales().get(verdict.scale or "")
        return scale.get(verdict.rating) if scale is not None and verdict.rating else None

    def _rating_text(self, verdict: Verdict) -> str:
        if not verdict.rating:
            return self.tr("verdict withdrawn")
        rating = self._rating(verdict)
        return rating.label(labels.ui_language()) if rating else (verdict.rating_label or "")

    def _color(self, verdict: Verdict) -> str:
        rating = self._rating(verdict)
        return rating.color if rating is not None else labels.NEUTRAL_COLOR
