"""The inspector's claim section: statement, claimant, date, status and priority.

Typed text is written when the typing pauses or the field is left; a choice is written at once.
Each write is one undoable command.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from workbench.core.dates import optional_date
from workbench.core.errors import InputError
from workbench.core.library.models import Claim, ClaimStatus
from workbench.gui import labels
from workbench.gui.applog import qt_override
from workbench.gui.i18n import Retranslating
from workbench.gui.session import Session
from workbench.gui.undo import EditClaim

TYPING_PAUSE_MS = 700
STATEMENT_LINES = 3


class LinesEdit(QPlainTextEdit):
    """A text field of a few visible lines that behaves like a line edit: Enter finishes it.

    It offers QLineEdit's text(), setText(), textEdited and editingFinished, so the section
    treats it like the other fields; text set by the program is not an edit.
    """

    textEdited = Signal(str)  # noqa: N815 - QLineEdit's name
    editingFinished = Signal()  # noqa: N815 - QLineEdit's name

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        margins = self.contentsMargins()
        height = self.fontMetrics().lineSpacing() * lines
        height += int(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        self.setFixedHeight(height + 2)
        self.textChanged.connect(self._on_changed)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - QLineEdit's name
        self._setting = True
        try:
            self.setPlainText(text)
        finally:
            self._setting = False

    def _on_changed(self) -> None:
        if not self._setting:
            self.textEdited.emit(self.toPlainText())

    @qt_override()
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.editingFinished.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    @qt_override()
    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.editingFinished.emit()


class ClaimSection(Retranslating, QWidget):
    """What the claim is: its words, who said it and when, and where the work on it stands."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.claim: Claim | None = None
        self._loading = False
        self.statement = LinesEdit(STATEMENT_LINES, self)
        self.claimant = QLineEdit(self)
        self.claim_date = QLineEdit(self)
        self.status = QComboBox(self)
        self.status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status.setMinimumContentsLength(6)
        self.priority = QSpinBox(self)
        self.priority.setRange(0, 5)
        self.fields: dict[str, QLineEdit | LinesEdit] = {
            "statement": self.statement,
            "claimant": self.claimant,
            "claim_date": self.claim_date,
        }
        self._timers: dict[str, QTimer] = {}
        for name, widget in self.fields.items():
            self._watch(name, widget)
        self.status.activated.connect(self._on_status)
        self.priority.valueChanged.connect(self._on_priority)
        self.form_labels = [QLabel(self) for _ in range(5)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        places = ((0, 0, 3), (1, 0, 1), (1, 2, 1), (2, 0, 1), (2, 2, 1))
        widgets: tuple[QWidget, ...] = (
            self.statement,
            self.claimant,
            self.claim_date,
            self.status,
            self.priority,
        )
        for label, field, (row, column, span) in zip(
            self.form_labels, widgets, places, strict=True
        ):
            label.setBuddy(field)
            alignment = (
                Qt.AlignmentFlag.AlignTop if field is self.statement else Qt.AlignmentFlag(0)
            )
            grid.addWidget(label, row, column, alignment)
            grid.addWidget(field, row, column + 1, 1, span)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self.retranslate()

    def retranslate(self) -> None:
        texts = (
            self.tr("&Statement:"),
            self.tr("Claima&nt:"),
            self.tr("&Date:"),
            self.tr("S&tatus:"),
            self.tr("&Priority:"),
        )
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.statement.setPlaceholderText(self.tr("The claim in your own words"))
        self.claimant.setPlaceholderText(self.tr("Who made the claim"))
        self.claim_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        for widget, name in (
            (self.statement, self.tr("Statement")),
            (self.claimant, self.tr("Claimant")),
            (self.claim_date, self.tr("Date of the claim")),
            (self.status, self.tr("Status")),
            (self.priority, self.tr("Priority")),
        ):
            widget.setAccessibleName(name)
        self.fill_statuses(force=True)

    # -- showing ---------------------------------------------------------------------------------

    def load(self, claim: Claim, keep_typing: bool = False) -> None:
        """Show a claim; with keep_typing a field still being typed in keeps what is typed."""
        self.claim = claim
        loading, self._loading = self._loading, True
        try:
            for name, widget in self.fields.items():
                pending = keep_typing and self._timers[name].isActive()
                value = getattr(claim, name) or ""
                if not pending and widget.text() != value:
                    widget.setText(value)
            self.fill_statuses()
            self.priority.setValue(claim.priority)
        finally:
            self._loading = loading

    def clear(self) -> None:
        self.claim = None

    def fill_statuses(self, force: bool = False) -> None:
        """The status names in the interface language, rebuilt only when needed."""
        loading, self._loading = self._loading, True
        if force or self.status.count() != len(ClaimStatus):
            self.status.clear()
            for status in ClaimStatus:
                self.status.addItem(labels.status_label(status), status.value)
        if self.claim is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(self.claim.status)))
        self._loading = loading

    # -- editing ---------------------------------------------------------------------------------

    def _watch(self, name: str, widget: QLineEdit | LinesEdit) -> None:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(TYPING_PAUSE_MS)
        self._timers[name] = timer
        timer.timeout.connect(lambda: self.commit_field(name, pause=True))
        widget.textEdited.connect(lambda _text: timer.start())
        widget.editingFinished.connect(lambda: self.commit_field(name))

    def typing(self, name: str) -> bool:
        return self._timers[name].isActive()

    def flush(self) -> None:
        """Write whatever is still being typed (before switching claims or closing)."""
        for name in self.fields:
            if self._timers[name].isActive():
                self.commit_field(name)

    def commit_field(self, name: str, pause: bool = False) -> None:
        self._timers[name].stop()
        value = self.fields[name].text().strip() or None
        if pause and name == "claim_date" and not _whole_date(value):
            return  # "28.01." is a date being typed, not an error yet; leaving the field tells
        self._edit(name, value)

    def _edit(self, field: str, value: Any) -> None:
        claim = self.claim
        if claim is None or self._loading:
            return
        old = getattr(claim, field)
        if old == value:
            return
        self.session.run(EditClaim(self.session, claim.id, claim.article_id, field, old, value))

    def _on_status(self, _index: int) -> None:
        self._edit("status", self.status.currentData())

    def _on_priority(self, value: int) -> None:
        self._edit("priority", value)


def _whole_date(text: str | None) -> bool:
    """Whether the claim date typed so far is a date (or nothing) the library accepts."""
    try:
        optional_date(text)
    except InputError:
        return False
    return True
