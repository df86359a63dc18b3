"""The review list after a new text version: where each uncertain or lost claim was, and now is.

The old text (the version the claim was last placed in for certain) and the new one stand side
by side, the claim's words marked in both; other likely places are tinted in the new text. The
fact-checker confirms the guess, selects the right words in the new text and places the claim
there, or accepts that the words are gone. What was marked is never changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.library.models import PlacementReview
from workbench.gui import labels
from workbench.gui.session import Session
from workbench.gui.textpos import PositionMap, snap_to_words
from workbench.gui.undo import PlacementAnswer

CLAIM_TINT = QColor("#ffd54f")
GUESS_TINT = QColor("#ffb74d")
CANDIDATE_TINT = QColor("#e0e0e0")


class PlacementReviewDialog(QDialog):
    """Claims of one article (or all) whose placement awaits the fact-checker."""

    answered = Signal(str)

    def __init__(self, session: Session, article_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PlacementReview")
        self.session = session
        self.article_id = article_id
        self.items_: list[PlacementReview] = []
        self._shown: tuple[int, int] | None = None  # ids of the texts in the two views
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.claims = QListWidget(self)
        self.claims.currentRowChanged.connect(self._show)
        self.marked = QLabel(self)
        self.marked.setWordWrap(True)
        self.marked.setTextFormat(Qt.TextFormat.PlainText)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.before_label, self.after_label = QLabel(self), QLabel(self)
        self.before, self.after = QPlainTextEdit(self), QPlainTextEdit(self)
        for view in (self.before, self.after):
            view.setReadOnly(True)
            view.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.confirm_button = QPushButton(self)
        self.place_button = QPushButton(self)
        self.orphan_button = QPushButton(self)
        self.confirm_button.clicked.connect(self.confirm)
        self.place_button.clicked.connect(self.place_selection)
        self.orphan_button.clicked.connect(self.accept_orphan)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        sides = QSplitter(Qt.Orientation.Horizontal, self)
        for label, view in ((self.before_label, self.before), (self.after_label, self.after)):
            side = QWidget(sides)
            column = QVBoxLayout(side)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(label)
            column.addWidget(view)
            sides.addWidget(side)
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(self.claims)
        right = QWidget(main)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.marked)
        right_layout.addWidget(self.reason)
        right_layout.addWidget(sides, 1)
        buttons = QHBoxLayout()
        for button in (self.confirm_button, self.place_button, self.orphan_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        main.addWidget(right)
        main.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(main, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(1100, 650)
        self.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Review claim placements"))
        self.intro.setText(
            self.tr(
                "The article's text has changed. These claims could not be placed for sure in"
                " the new version: check each one against the text it was marked in."
            )
        )
        self.claims.setAccessibleName(self.tr("Claims to review"))
        self.before.setAccessibleName(self.tr("Earlier text"))
        self.after.setAccessibleName(self.tr("Current text"))
        self.confirm_button.setText(self.tr("&Confirm the place"))
        self.confirm_button.setToolTip(self.tr("The claim is on the right words in the new text."))
        self.place_button.setText(self.tr("&Place on the selected words"))
        self.place_button.setToolTip(self.tr("Select the claim's words in the current text first."))
        self.orphan_button.setText(self.tr("&Words are gone"))
        self.orphan_button.setToolTip(
            self.tr("Keep the claim without a place: its words are not in the new text.")
        )
        self._show(self.claims.currentRow())

    # -- filling ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the review list again; the first remaining claim is shown."""
        self.items_ = self.session.library.placements.review(self.article_id)
        self.claims.blockSignals(True)
        self.claims.clear()
        for item in self.items_:
            claim = item.claim
            mark = self.tr("gone") if claim.orphaned else self.tr("uncertain")
            # As it was marked: the words it points at now are the ones in question.
            shown = claim.statement or claim.marked_quote
            entry = QListWidgetItem(f"{labels.one_line(shown, 80)}  ({mark})")
            entry.setData(Qt.ItemDataRole.UserRole, claim.id)
            entry.setToolTip(labels.plain_tooltip(claim.review_reason))
            self.claims.addItem(entry)
        self.claims.blockSignals(False)
        self._shown = None
        if self.items_:
            self.claims.setCurrentRow(0)
        self._show(self.claims.currentRow())

    def current(self) -> PlacementReview | None:
        row = self.claims.currentRow()
        return self.items_[row] if 0 <= row < len(self.items_) else None

    def _show(self, row: int) -> None:
        item = self.items_[row] if 0 <= row < len(self.items_) else None
        for button in (self.confirm_button, self.place_button, self.orphan_button):
            button.setEnabled(item is not None)
        if item is None:
            self.marked.setText(self.tr("Nothing to review: every claim has its place."))
            self.reason.clear()
            self.before.clear()
            self.after.clear()
            self.before_label.clear()
            self.after_label.clear()
            return
        claim, placement = item.claim, item.placement
        self.marked.setText(self.tr("Marked: “%1”").replace("%1", claim.marked_quote))
        self.reason.setText(claim.review_reason or "")
        self.confirm_button.setText(
            self.tr("&Confirm: the words are gone")
            if placement.orphaned
            else self.tr("&Confirm the place")
        )
        self.before_label.setText(
            self.tr("Version %1, where the claim was").replace("%1", str(item.before_version))
        )
        self.after_label.setText(
            self.tr("Version %1, now").replace("%1", str(placement.version))
            + (
                self.tr(" (the words were not found)")
                if placement.orphaned
                else self.tr(" (best guess marked)")
            )
        )
        shown = (id(item.before_text), id(item.text))
        if shown != self._shown:
            self.before.setPlainText(item.before_text)
            self.after.setPlainText(item.text)
            self._shown = shown
        _highlight(self.before, item.before_text, [(item.before_start, item.before_end)], [])
        guess = [] if placement.orphaned else [(placement.start, placement.end)]
        _highlight(self.after, item.text, guess, list(item.candidates), guess=True)

    # -- answers ---------------------------------------------------------------------------------

    def confirm(self) -> None:
        item = self.current()
        if item is not None:
            self._answer(item, PlacementAnswer(self.session, "confirm_placement", item.claim.id))

    def accept_orphan(self) -> None:
        item = self.current()
        if item is not None:
            self._answer(item, PlacementAnswer(self.session, "orphan_claim", item.claim.id))

    def place_selection(self) -> None:
        """Place the claim on the words selected in the current text."""
        item = self.current()
        if item is None:
            return
        cursor = self.after.textCursor()
        if not cursor.hasSelection():
            self.status.setText(self.tr("Select the claim's words in the current text first."))
            return
        positions = PositionMap(item.text)
        start, end = snap_to_words(
            item.text,
            positions.from_qt(cursor.selectionStart()),
            positions.from_qt(cursor.selectionEnd()),
        )
        if start >= end:
            self.status.setText(self.tr("Select the claim's words in the current text first."))
            return
        answer = PlacementAnswer(self.session, "place_claim", item.claim.id, start=start, end=end)
        self._answer(item, answer)

    def _answer(self, item: PlacementReview, answer: PlacementAnswer) -> None:
        """Run the answer on the undo stack: Ctrl+Z in the window takes it back."""
        failures: list[object] = []
        self.session.failed.connect(failures.append)
        try:
            done = self.session.run(answer)
        finally:
            self.session.failed.disconnect(failures.append)
        if not done:
            self.status.setText(str(failures[0]) if failures else "")
            return
        self.status.setText(
            self.tr("“%1” has its place.").replace("%1", labels.one_line(item.claim.label, 60))
        )
        self.answered.emit(item.claim.id)
        self.reload()


def _highlight(
    view: QPlainTextEdit,
    text: str,
    spans: list[tuple[int | None, int | None]],
    others: list[tuple[int, int]],
    *,
    guess: bool = False,
) -> None:
    """Tint the claim's words (and other candidates) and scroll to the first one."""
    positions = PositionMap(text)
    selections: list[QTextEdit.ExtraSelection] = []
    first: QTextCursor | None = None
    for tint, group in (
        (CANDIDATE_TINT, others),
        (GUESS_TINT if guess else CLAIM_TINT, spans),
    ):
        fmt = QTextCharFormat()
        fmt.setBackground(tint)
        for start, end in group:
            if start is None or end is None or not 0 <= start < end <= len(text):
                continue
            cursor = QTextCursor(view.document())
            cursor.setPosition(positions.to_qt(start))
            cursor.setPosition(positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
            if tint is not CANDIDATE_TINT and first is None:
                first = cursor
    view.setExtraSelections(selections)
    if first is not None:
        moved = QTextCursor(first)
        moved.setPosition(first.selectionStart())
        view.setTextCursor(moved)
        view.centerCursor()


class PlacementReviewCommands(QObject):
    """Opens the review list after a new version is imported, and from the Claims menu."""

    def __init__(
        self,
        session: Session,
        imported: SignalInstance,
        menu: QMenu,
        current_article: Callable[[], str | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session
        self.current_article = current_article
        self.dialog: PlacementReviewDialog | None = None
        self._asked: set[tuple[str, int]] = set()
        self.action = QAction(parent)
        self.action.setObjectName("review_placements")
        self.action.triggered.connect(lambda: self.open(self.current_article()))
        menu.addAction(self.action)
        imported.connect(self.after_import)
        parent.installEventFilter(self)  # the window hears of a new interface language
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.action.setText(self.tr("Review claim placements…"))

    def after_import(self, article_id: str) -> None:
        """After a new text version, show its claims that wait for review (once per version)."""
        library = self.session.library
        version = library.articles.get(article_id, with_text=False).version
        if (article_id, version) in self._asked:
            return
        self._asked.add((article_id, version))
        if library.claims.count(article_id=article_id, needs_review=True):
            self.open(article_id)

    def open(self, article_id: str | None) -> PlacementReviewDialog:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = PlacementReviewDialog(self.session, article_id, self.parent_widget)
        self.dialog.show()
        return self.dialog
