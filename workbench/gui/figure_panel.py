"""The inspector's figure check: each figure of the claim against the nearest one in each source.

A fact-checker sees at a glance where a number in the claim differs from what the evidence
says ("50.000 GPUs" against "about 10,000 GPUs": 80 %). The check is the core's; it is run
after the claim or its evidence changed, coalesced by a zero timer, never while painting.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.core.language.claim_figures import ClaimFigures, SourceFigures, compare, gather
from workbench.core.language.figure_check import FigureComparison, Occurrence, Outcome
from workbench.core.library.models import Claim
from workbench.core.progress import ProgressCallback
from workbench.gui import labels
from workbench.gui.applog import qt_override
from workbench.gui.list_model import read_only_flags
from workbench.gui.session import Session
from workbench.gui.tasks import CPU_LANE, TaskRunner

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
MISMATCH_COLOR = "#c0392b"
MATCH_COLOR = "#2e7d32"
SOURCE, CLAIM, FOUND, DIFFERENCE, CHECK = range(5)

Row = tuple[SourceFigures, FigureComparison | None]


def percent_text(difference: float) -> str:
    """A relative difference as a percentage in the interface's number format ("80%")."""
    value = difference * 100
    decimals = 0 if value == 0 or value >= 10 else 1
    number = QLocale().toString(value, "f", decimals)
    return translate("Figures", "%1%").replace("%1", number)


def difference_text(comparison: FigureComparison) -> str:
    """The relative difference, and for percentages the gap in percentage points too."""
    if comparison.difference is None:
        return "—"
    text = percent_text(comparison.difference)
    if comparison.points is not None and comparison.points > 0:
        points = QLocale().toString(comparison.points, "g", 3)
        text += " " + translate("Figures", "(%1 percentage points)").replace("%1", points)
    return text


def place_text(occurrence: Occurrence) -> str:
    """Where a source figure stands: in the excerpt or the saved copy, with its surroundings."""
    where = {
        "excerpt": translate("Figures", "In the excerpt at %1–%2:"),
        "snapshot": translate("Figures", "In the saved copy at %1–%2:"),
    }.get(occurrence.where, translate("Figures", "At %1–%2:"))
    where = where.replace("%1", str(occurrence.figure.start)).replace(
        "%2", str(occurrence.figure.end)
    )
    return f"{where} {occurrence.context}"


class FigureModel(QAbstractTableModel):
    """One row per claim figure and source: what each side says and whether they agree."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_result(self, result: ClaimFigures | None) -> None:
        self.beginResetModel()
        self.rows = []
        for source in result.sources if result is not None else ():
            if source.comparisons:
                self.rows += [(source, comparison) for comparison in source.comparisons]
            else:
                self.rows.append((source, None))
        self.endResetModel()

    def retranslate(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def flags(self, index: Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    @qt_override()
    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Source"),
            self.tr("Claim says"),
            self.tr("Source says"),
            self.tr("Difference"),
            self.tr("Check"),
        )
        return names[section] if 0 <= section < len(names) else None

    @qt_override()
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        source, comparison = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(source, comparison, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(source, comparison)
        status = comparison.status if comparison is not None else None
        warn = status in {Outcome.DIFFERS, Outcome.CONFLICTING}
        if role == Qt.ItemDataRole.ForegroundRole and column == CHECK and status:
            if warn:
                return QColor(MISMATCH_COLOR)
            if status == Outcome.AGREES:
                return QColor(MATCH_COLOR)
        if role == Qt.ItemDataRole.BackgroundRole and warn:
            tint = QColor(MISMATCH_COLOR)
            tint.setAlpha(40)
            return tint
        if role == Qt.ItemDataRole.FontRole and column == CHECK and warn:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, source: SourceFigures, comparison: FigureComparison | None, column: int) -> str:
        if column == SOURCE:
            return labels.one_line(source.source_label, 60)
        if comparison is None:
            return self.tr("no figures in its excerpt or snapshot") if column == CLAIM else "—"
        if column == CLAIM:
            return comparison.claim.text
        if column == FOUND:
            found = [o.figure.text for o in (comparison.found, *comparison.others) if o]
            return " · ".join(found) if found else "—"
        if column == DIFFERENCE:
            return difference_text(comparison)
        return status_text(comparison.status)

    def _tooltip(self, source: SourceFigures, comparison: FigureComparison | None) -> str:
        where = {
            "excerpt": self.tr("Read from the excerpt"),
            "snapshot": self.tr("Read from the saved copy of the source"),
            "excerpt and snapshot": self.tr("Read from the excerpt and the saved copy"),
        }.get(source.read_from, self.tr("Neither the excerpt nor a saved copy holds figures"))
        lines = [source.source_label, where]
        if comparison is not None:
            lines += [place_text(o) for o in (comparison.found, *comparison.others) if o]
            lines.append(
                self.tr("Counts as a match within %1").replace(
                    "%1", percent_text(comparison.tolerance)
                )
            )
            if comparison.source is not None and not comparison.unit_matched:
                lines.append(self.tr("The units differ"))
        return labels.plain_tooltip("\n".join(lines))


def status_text(status: Outcome) -> str:
    """The result of one comparison in words (with a sign, so it never rests on colour)."""
    return {
        Outcome.AGREES: translate("Figures", "✓ matches"),
        Outcome.DIFFERS: translate("Figures", "⚠ mismatch"),
        Outcome.CONFLICTING: translate("Figures", "⚠ also a different figure"),
        Outcome.NOTHING_COMPARABLE: translate("Figures", "nothing comparable"),
    }.get(status, str(status))


def places_text(comparison: FigureComparison | None) -> str:
    """Where each source figure of one comparison stands, one line each."""
    if comparison is None:
        return ""
    return "\n".join(place_text(o) for o in (comparison.found, *comparison.others) if o)


class FigurePanel(QWidget):
    """The "Figures" section of the inspector: a summary line above the comparisons."""

    def __init__(
        self, session: Session, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.claim: Claim | None = None
        self.result: ClaimFigures | None = None
        self.model = FigureModel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setMaximumHeight(140)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        self.places = QLabel(self)
        self.places.setWordWrap(True)
        self.places.setTextFormat(Qt.TextFormat.PlainText)
        self.places.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(self._show_places)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.places)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.retranslate()

    def _show_places(self, current: QModelIndex | None = None) -> None:
        """Below the table: where the selected row's source figures stand (offsets and words);
        without a selection, the first row that found a figure."""
        rows = self.model.rows
        row = current.row() if current is not None and current.isValid() else -1
        if not 0 <= row < len(rows):
            row = next((i for i, (_, c) in enumerate(rows) if c and c.found), -1)
        text = places_text(rows[row][1]) if 0 <= row < len(rows) else ""
        self.places.setText(text)
        self.places.setVisible(bool(text))

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Figures of the claim compared with each source"))
        self.places.setAccessibleName(self.tr("Where the source's figures stand"))
        self.summary.setAccessibleName(self.tr("Result of the figure check"))
        self.model.retranslate()
        self._show_summary()

    @qt_override()
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_claim(self, claim: Claim | None) -> None:
        """Check this claim (again) once the current event is handled."""
        self.claim = claim
        if claim is None:
            self._timer.stop()
            self.result = None
            self.model.set_result(None)
            self._show_summary()
            return
        self._timer.start()

    def refresh(self) -> None:
        """Run the check (the timer's slot; tests may call it directly).

        The texts are read here; parsing them, which takes a while for a long snapshot, runs
        in the background, and its result is shown if the claim is still the one on screen.
        """
        self._timer.stop()
        claim = self.claim
        if claim is None or not self.session.attached:
            self._show_result(None)
            return
        try:
            data = gather(self.session.library, claim.id)
        except WorkbenchError as exc:  # the claim went away meanwhile
            log.info("no figure check for %s: %s", claim.id, exc)
            self._show_result(None)
            return
        if self.runner is None:
            self._show_result(compare(data))
            return

        def work(cancel: threading.Event, progress: ProgressCallback) -> ClaimFigures:
            with CPU_LANE:
                return compare(data)

        def done(result: ClaimFigures) -> None:
            if self.claim is not None and self.claim.id == result.claim_id:
                self._show_result(result)

        self.runner.start(self.tr("Checking figures"), work, done, visible=False)

    def _show_result(self, result: ClaimFigures | None) -> None:
        self.result = result
        self.model.set_result(result)
        self._show_summary()

    def _show_summary(self) -> None:
        result = self.result
        self.table.setVisible(bool(self.model.rowCount()))
        palette = self.summary.palette()
        color = self.palette().color(QPalette.ColorRole.WindowText)
        if result is None:
            text = ""
        elif not result.figures:
            text = self.tr("The claim names no figures to compare.")
        elif not result.sources:
            text = self.tr("The claim names %1; add evidence to compare them.").replace(
                "%1", ", ".join(f.text for f in result.figures)
            )
        elif result.mismatches:
            text = self.tr("⚠ %n figure(s) differ from the evidence.", "", result.mismatches)
            color = QColor(MISMATCH_COLOR)
        elif result.conflicts:
            text = self.tr(
                "⚠ %n source(s) give the claim's figure and also a different one: read both.",
                "",
                result.conflicts,
            )
            color = QColor(MISMATCH_COLOR)
        elif result.outcome == Outcome.AGREES:
            text = self.tr("✓ The figures agree with the evidence.")
            color = QColor(MATCH_COLOR)
        else:
            text = self.tr("Nothing comparable: the evidence holds no figure like the claim's.")
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.summary.setPalette(palette)
        self.summary.setText(text)
        self.summary.setVisible(bool(text))
        self._show_places()

    def visible_text(self) -> str:
        """Everything the section shows, row by row: what a user reads (used by tests too)."""
        lines = [self.summary.text()] if self.summary.text() else []
        for row in range(self.model.rowCount()):
            cells = [self.model.index(row, c).data() for c in range(self.model.columnCount())]
            lines.append("  ".join(str(cell) for cell in cells))
        return "\n".join(lines)
