"""Suggested claims: the sentences of the article most worth checking, ranked, with reasons.

The core scores the sentences off the UI thread; this panel lists what it found, best first,
leaving out sentences a claim already covers and those the user dismissed. Accepting makes a
claim of exactly that sentence through the undoable command path; dismissing is remembered in
the library, so the sentence is not suggested again for that article.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.language.thresholds import DEFAULT_THRESHOLD
from workbench.core.progress import ProgressCallback
from workbench.gui.applog import qt_override
from workbench.gui.session import Change, Session
from workbench.gui.suggest_list import (
    SuggestionList,
    SuggestionModel,
    reasons_lines,
    score_text,
    shown_suggestions,
)
from workbench.gui.tasks import CPU_LANE, Task, TaskRunner
from workbench.gui.undo import AddClaim

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
SuggestionRole = Qt.ItemDataRole.UserRole + 1
ScoreRole = Qt.ItemDataRole.UserRole + 2
if TYPE_CHECKING:  # the model's code loads when suggestions are first asked for
    from workbench.core.language.suggest import Suggestion, SuggestionResult

# The scores a sentence needs in the panel's three settings: more, balanced, fewer.
REACH_SCORES = (DEFAULT_THRESHOLD - 0.15, DEFAULT_THRESHOLD, DEFAULT_THRESHOLD + 0.15)
DEFAULT_REACH = DEFAULT_THRESHOLD


class SuggestPanel(QWidget):
    """The suggestions for the open article, with Accept and Dismiss."""

    spans_changed = Signal(list)
    show_requested = Signal(int, int)
    claim_accepted = Signal(str)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.article_id: str | None = None
        self.result: SuggestionResult | None = None
        self._task: Task | None = None
        self._pending: int | None = None  # the run whose result is awaited
        self._generation = 0
        self.model = SuggestionModel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.run_button = QPushButton(self)
        self.run_button.clicked.connect(self.run)
        # Precision against recall: the score a sentence needs to be suggested.
        self.reach = QComboBox(self)
        for score in REACH_SCORES:
            self.reach.addItem("", score)
        self.reach.setCurrentIndex(REACH_SCORES.index(DEFAULT_REACH))
        self.reach.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reach.setMinimumContentsLength(8)
        self.reach.currentIndexChanged.connect(self._on_reach)
        self.view = SuggestionList(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.accept_requested.connect(self.accept_current)
        self.view.dismiss_requested.connect(self.dismiss_current)
        self.view.clicked.connect(self._show)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_button = QPushButton(self)
        self.accept_button.clicked.connect(self.accept_current)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.reach)
        top.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        session.changed.connect(self.on_change)
        self.retranslate()
        self._refresh()

    def retranslate(self) -> None:
        for index, text in enumerate(
            (
                self.tr("More"),
                self.tr("Balanced"),
                self.tr("Fewer, surer"),
            )
        ):
            self.reach.setItemText(index, text)
        self.reach.setToolTip(
            self.tr("More suggestions miss fewer claims; fewer suggestions are more often right")
        )
        self.reach.setAccessibleName(self.tr("How many sentences to suggest"))
        self.run_button.setText(self.tr("Suggest"))
        self.run_button.setToolTip(
            self.tr("Find the sentences of this article most worth checking (Ctrl+Shift+S)")
        )
        self.run_button.setAccessibleName(self.tr("Suggest claims in this article"))
        self.accept_button.setText(self.tr("Accept"))
        self.accept_button.setToolTip(self.tr("Make this sentence a claim (Enter)"))
        self.accept_button.setAccessibleName(self.tr("Accept the suggestion as a claim"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(
            self.tr("Don't suggest this sentence again for this article (Delete)")
        )
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the suggestion"))
        self.view.setAccessibleName(self.tr("Suggested claims, highest score first"))
        self.view.setAccessibleDescription(
            self.tr("Enter accepts the suggestion as a claim, Delete dismisses it")
        )
        self.details.setAccessibleName(self.tr("Why this sentence was suggested"))
        self.model.retranslate()
        self._refresh()

    @qt_override()
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- running -----------------------------------------------------------------------------------

    def _on_reach(self, _index: int) -> None:
        """A new balance between precision and recall: ask again if there were suggestions."""
        if self.result is not None:
            self.run()

    def set_article(self, article_id: str | None) -> None:
        """Another article is open: its suggestions are asked for anew."""
        if article_id == self.article_id:
            return
        if self._task is not None:
            self._task.cancel()
        self._task, self._pending = None, None
        self.article_id = article_id
        self.result = None
        self.model.set_rows([])
        self.spans_changed.emit([])
        self._refresh()

    def run(self) -> None:
        """Score the article's sentences in the background; the list fills when done."""
        article_id = self.article_id
        if article_id is None:
            return
        if self._task is not None:
            self._task.cancel()
        article = self.session.library.articles.get(article_id)
        text, language = article.text or "", article.language
        min_score = float(self.reach.currentData())

        def work(cancel: threading.Event, progress: ProgressCallback) -> SuggestionResult:
            from workbench.core.language.suggest import suggest

            def report(done: int, total: int, _message: str) -> None:
                progress(done, total, "")  # the task's title says it in the user's language

            with CPU_LANE:
                return suggest(
                    text, language=language, min_score=min_score, progress=report, cancel=cancel
                )

        self._generation += 1
        generation = self._pending = self._generation
        self._refresh()
        task = self.runner.start(
            self.tr("Suggesting claims…"),
            work,
            lambda result: self._on_result(generation, article_id, result),
            on_error=lambda exc: self._on_stopped(generation, exc),
            on_cancel=lambda: self._on_stopped(generation, None),
            group="suggest",
        )
        self._task = task if self._pending == generation else None

    def _on_result(self, generation: int, article_id: str, result: SuggestionResult) -> None:
        if generation != self._pending or article_id != self.article_id:
            return  # an earlier run, or another article's
        self._pending, self._task = None, None
        self.result = result
        self.refilter()

    def _on_stopped(self, generation: int, exc: BaseException | None) -> None:
        if generation != self._pending:
            return
        self._pending, self._task = None, None
        self._refresh()
        if exc is not None:
            self.session.failed.emit(exc)

    def refilter(self, keep_row: int | None = None) -> None:
        """Show what is still open: covered and dismissed sentences drop out."""
        if self.result is None or self.article_id is None:
            return
        library = self.session.library
        claims = library.claims.list(article_id=self.article_id)
        dismissed = [row["text"] for row in library.dismissals.list(self.article_id)]
        rows = shown_suggestions(self.result.suggestions, claims, dismissed)
        current = self.current()
        self.model.set_rows(rows)
        self.spans_changed.emit([(s.start, s.end) for s in rows])
        if rows:
            row = next((i for i, s in enumerate(rows) if s == current), None)
            if row is None:
                row = min(keep_row or 0, len(rows) - 1)
            self.view.setCurrentIndex(self.model.index(row))
        self._refresh()

    def on_change(self, change: Change) -> None:
        """Claims added or removed, and dismissals (also by undo), change what is open."""
        if (
            self.result is not None
            and change.article_id == self.article_id
            and (change.claims_added_or_removed or change.suggestions)
        ):
            self.refilter(self.view.currentIndex().row())

    # -- what the user sees ------------------------------------------------------------------------

    def _refresh(self) -> None:
        running = self._pending is not None
        self.run_button.setEnabled(self.article_id is not None and not running)
        count = self.model.rowCount()
        result = self.result
        if self.article_id is None:
            text = self.tr("Open an article to get suggestions.")
        elif running:
            text = self.tr("Looking for sentences worth checking…")
        elif result is None:
            text = self.tr(
                "Suggest claims (Ctrl+Shift+S) lists the sentences of this article most worth "
                "checking, with the reasons."
            )
        elif result.note:
            text = self._note(result)
        elif count:
            text = self.tr("%n suggestion(s), highest score first", "", count)
        elif result.suggestions:
            text = self.tr("Every suggestion is a claim now or was dismissed.")
        else:
            text = self.tr("No sentence of this article scores high enough to suggest.")
        self.status.setText(text)
        self._show_details()

    def _note(self, result: SuggestionResult) -> str:
        """The core's reason for having no suggestions, in the interface language."""
        if result.language is None:
            return self.tr("Could not tell the language of the text; no suggestions.")
        if result.language not in ("de", "en"):
            return self.tr(
                "No suggestions yet for this language (%1): only German and English."
            ).replace("%1", result.language)
        return result.note or ""

    def current(self) -> Suggestion | None:
        index = self.view.currentIndex()
        return index.data(SuggestionRole) if index.isValid() else None

    def _show_details(self) -> None:
        suggestion = self.current()
        self.accept_button.setEnabled(suggestion is not None)
        self.dismiss_button.setEnabled(suggestion is not None)
        self.details.setVisible(suggestion is not None)
        if suggestion is None:
            self.details.setText("")
            return
        lines = [self.tr("Score %1").replace("%1", score_text(suggestion.score))]
        lines += reasons_lines(suggestion)
        if suggestion.figures:
            lines.append(
                self.tr("Figures: %1").replace("%1", ", ".join(f.text for f in suggestion.figures))
            )
        self.details.setText("\n".join(lines))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details()
        if current.isValid():
            self._show(current)

    def _show(self, index: QModelIndex) -> None:
        suggestion = index.data(SuggestionRole)
        if suggestion is not None:
            self.show_requested.emit(suggestion.start, suggestion.end)

    # -- deciding ------------------------------------------------------------------------------------

    def accept_current(self) -> None:
        """Make the current suggestion a claim of exactly its span (Ctrl+Z takes it back)."""
        suggestion = self.current()
        if suggestion is None or self.article_id is None:
            return
        command = AddClaim(self.session, self.article_id, suggestion.start, suggestion.end)
        if self.session.run(command) and command.claim_id:
            self.claim_accepted.emit(command.claim_id)

    def dismiss_current(self) -> None:
        """Remember that this sentence is not worth a claim; it is not suggested again."""
        suggestion = self.current()
        if suggestion is None or self.article_id is None:
            return
        from workbench.gui.undo import DismissSuggestion

        row = self.view.currentIndex().row()
        command = DismissSuggestion(
            self.session, self.article_id, suggestion.start, suggestion.end, suggestion.text
        )
        if self.session.run(command):
            self.refilter(row)
