"""The claim inspector: statement, claimant, status, priority, the verdict and the evidence.

There is no Save button. A choice (status, rating, scale) is written at once; typed text is
written when the typing pauses or the field loses focus, and before another claim is shown.
Each write is one undoable command. The rationale is different: the verdict history is
append-only, so while it is typed it is only kept as a draft (nothing is lost if the app is
killed), and it becomes one verdict entry when the field is left, another claim is shown or
the window closes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.core.library.models import CLAIM_STATUSES, Claim
from workbench.gui import dialogs, labels
from workbench.gui.applog import qt_override
from workbench.gui.evidence_panel import EvidencePanel
from workbench.gui.figure_panel import FigurePanel
from workbench.gui.history_model import HistoryModel
from workbench.gui.session import Change, Session
from workbench.gui.tasks import TaskRunner
from workbench.gui.undo import EditClaim, SetVerdict, VerdictState

TYPING_PAUSE_MS = 700
#: After this pause in typing the rationale is saved as a draft (not yet a verdict).
DRAFT_PAUSE_MS = 800
DRAFT_FIELD = "rationale"


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class ClaimInspector(QScrollArea):
    """Everything about the claim selected in the article or the list."""

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.claim: Claim | None = None
        self._loading = False
        self._listed: tuple[str, str] = ("", "")
        self._rationale_dirty = False  # typed (or restored) but not yet a verdict entry
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.quote = QLabel(body)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.quote.font()
        font.setItalic(True)
        self.quote.setFont(font)
        self.statement = QLineEdit(body)
        self.claimant = QLineEdit(body)
        self.claim_date = QLineEdit(body)
        self.status = QComboBox(body)
        self.priority = QSpinBox(body)
        self.priority.setRange(0, 5)
        self.scale = QComboBox(body)
        self.rating = QComboBox(body)
        self.rationale = QPlainTextEdit(body)
        self.rationale.setTabChangesFocus(True)
        self.rationale.setMinimumHeight(60)
        self.rationale.setMaximumHeight(90)
        self.rationale.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history = HistoryModel(self, session.scales)
        self.history_view = QListView(body)
        self.history_view.setModel(self.history)
        self.history_view.setMaximumHeight(72)
        self.history_view.setWordWrap(True)
        self.draft_note = QLabel(body)
        self.draft_note.setWordWrap(True)
        self.draft_note.setTextFormat(Qt.TextFormat.PlainText)
        self.draft_note.setStyleSheet("font-style: italic; color: #b35900;")
        self.draft_note.hide()
        self.evidence = EvidencePanel(session, runner, body)
        self.figures = FigurePanel(session, runner, body)
        self._timers: dict[str, QTimer] = {}
        for name, widget in (
            ("statement", self.statement),
            ("claimant", self.claimant),
            ("claim_date", self.claim_date),
        ):
            self._watch_line(name, widget)
        draft_timer = self._timer("rationale", DRAFT_PAUSE_MS)
        self.rationale.textChanged.connect(self._on_rationale_typed)
        self.rationale.installEventFilter(self)
        draft_timer.timeout.connect(self.save_rationale_draft)
        self.status.activated.connect(self._on_status)
        self.priority.valueChanged.connect(self._on_priority)
        self.scale.activated.connect(self._on_scale)
        self.rating.activated.connect(self._on_rating)
        self._build(body)
        self.setWidget(body)
        self.retranslate()
        self.show_claim(None)

    def _build(self, body: QWidget) -> None:
        self.claim_box = QGroupBox(body)
        self.form_labels = [QLabel(self.claim_box) for _ in range(5)]
        grid = QGridLayout(self.claim_box)
        places = ((0, 0, 3), (1, 0, 1), (1, 2, 1), (2, 0, 1), (2, 2, 1))
        widgets = (self.statement, self.claimant, self.claim_date, self.status, self.priority)
        for label, widget, (row, column, span) in zip(
            self.form_labels, widgets, places, strict=True
        ):
            label.setBuddy(widget)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1, 1, span)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self.verdict_box = QGroupBox(body)
        self.verdict_labels = [QLabel(self.verdict_box) for _ in range(4)]
        grid = QGridLayout(self.verdict_box)
        places = ((0, 0, 1), (0, 2, 1), (1, 0, 3), (3, 0, 3))
        widgets = (self.scale, self.rating, self.rationale, self.history_view)
        for label, widget, (row, column, span) in zip(
            self.verdict_labels, widgets, places, strict=True
        ):
            label.setBuddy(widget)
            alignment = Qt.AlignmentFlag.AlignTop if row else Qt.AlignmentFlag.AlignVCenter
            grid.addWidget(label, row, column, alignment)
            grid.addWidget(widget, row, column + 1, 1, span)
        grid.addWidget(self.draft_note, 2, 1, 1, 3)  # right below the rationale
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        self.evidence_box = QGroupBox(body)
        QVBoxLayout(self.evidence_box).addWidget(self.evidence)
        self.figures_box = QGroupBox(body)
        QVBoxLayout(self.figures_box).addWidget(self.figures)
        self.empty = QLabel(body)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(body)
        # Without this the scroll area squeezes the fields instead of scrolling.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.empty)
        layout.addWidget(self.quote)
        layout.addWidget(self.claim_box)
        layout.addWidget(self.verdict_box)
        layout.addWidget(self.evidence_box, 1)
        layout.addWidget(self.figures_box)
        layout.addStretch(0)
        order = [
            self.statement,
            self.claimant,
            self.claim_date,
            self.status,
            self.priority,
            self.scale,
            self.rating,
            self.rationale,
            self.history_view,
            *self.evidence.buttons.values(),
            self.evidence.table,
            self.figures.table,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

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
        for label, text in zip(
            self.verdict_labels,
            (self.tr("Sc&ale:"), self.tr("&Rating:"), self.tr("Rati&onale:"), self.tr("History:")),
            strict=True,
        ):
            label.setText(text)
        self.claim_box.setTitle(self.tr("Claim"))
        self.verdict_box.setTitle(self.tr("Verdict"))
        self.evidence_box.setTitle(self.tr("Evidence"))
        self.figures_box.setTitle(self.tr("Figures"))
        self.draft_note.setText(
            self.tr("Unsaved draft restored. It becomes the rationale when you leave the field.")
        )
        self.empty.setText(
            self.tr(
                "Select a claim in the article or in the list, or select a "
                "passage and mark it as a claim (Ctrl+M)."
            )
        )
        self.statement.setPlaceholderText(self.tr("The claim in your own words"))
        self.claimant.setPlaceholderText(self.tr("Who made the claim"))
        self.claim_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.rationale.setPlaceholderText(self.tr("Why this rating: what the evidence shows"))
        for widget, name in (
            (self.statement, self.tr("Statement")),
            (self.claimant, self.tr("Claimant")),
            (self.claim_date, self.tr("Date of the claim")),
            (self.status, self.tr("Status")),
            (self.priority, self.tr("Priority")),
            (self.scale, self.tr("Rating scale")),
            (self.rating, self.tr("Rating")),
            (self.rationale, self.tr("Rationale of the verdict")),
            (self.history_view, self.tr("Verdict history")),
            (self.quote, self.tr("Quoted passage")),
        ):
            widget.setAccessibleName(name)
        self.history.retranslate()
        self._fill_choices(force=True)

    @qt_override()
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @qt_override(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.rationale and event.type() == QEvent.Type.FocusOut:
            self.commit_rationale()
        return super().eventFilter(watched, event)

    # -- showing --------------------------------------------------------------------------------------

    def show_claim(self, claim: Claim | None) -> None:
        """Show another claim; edits still pending for the previous one are written first."""
        if self.claim is not None and (claim is None or claim.id != self.claim.id):
            self.flush()
        self.claim = claim if claim is None or claim.deleted_at is None else None
        self._load()

    def on_change(self, change: Change) -> None:
        if self.claim is None or self.claim.id not in change.claim_ids and not change.settings:
            return
        try:
            claim = self.session.library.claims.get(self.claim.id)
        except Exception:  # noqa: BLE001 - the claim is gone: show nothing
            claim = None
        self.claim = claim if claim is None or claim.deleted_at is None else None
        self._load(keep_typing=True)

    def _load(self, keep_typing: bool = False) -> None:
        claim = self.claim
        self._loading = True
        try:
            shown = claim is not None
            for widget in (
                self.quote,
                self.claim_box,
                self.verdict_box,
                self.evidence_box,
                self.figures_box,
            ):
                widget.setVisible(shown)
            self.empty.setVisible(not shown)
            self.evidence.set_claim(claim)
            self.figures.set_claim(claim)
            if claim is None:
                self._rationale_dirty = False
                self.draft_note.hide()
                self.history.set_rows([])
                return
            self.quote.setText(f"“{labels.one_line(claim.quote, 400)}”")
            for name, widget in (
                ("statement", self.statement),
                ("claimant", self.claimant),
                ("claim_date", self.claim_date),
            ):
                pending = keep_typing and self._timers[name].isActive()
                value = getattr(claim, name) or ""
                if not pending and widget.text() != value:
                    widget.setText(value)
            self.status.setCurrentIndex(max(0, self.status.findData(claim.status)))
            self.priority.setValue(claim.priority)
            verdicts = self.session.library.verdicts.list(claim.id)
            self.history.set_rows(verdicts)
            rationale = (verdicts[-1].rationale if verdicts else None) or ""
            if keep_typing and self._rationale_dirty:
                pass  # what is being typed stays; it is committed when the field is left
            else:
                self._rationale_dirty = False
                self.draft_note.hide()
                if not keep_typing:
                    rationale = self._restore_draft(claim, rationale)
                if self.rationale.toPlainText() != rationale:
                    self.rationale.setPlainText(rationale)
            self._fill_choices()
        finally:
            self._loading = False

    def _restore_draft(self, claim: Claim, rationale: str) -> str:
        """A rationale typed but never committed (the app was killed): shown with a note."""
        draft = self.session.library.drafts.get(claim.id, DRAFT_FIELD)
        if draft is None:
            return rationale
        if (draft.strip() or None) == (rationale.strip() or None):
            self.session.library.drafts.discard(claim.id, DRAFT_FIELD)  # nothing new in it
            return rationale
        self._rationale_dirty = True
        self.draft_note.show()
        return draft

    def _fill_choices(self, force: bool = False) -> None:
        """Status names, the scales, and the ratings of the claim's scale, in the UI language.

        The lists are rebuilt only when their content changes: a combo box must not be
        emptied while it is still handling the user's choice.
        """
        if not self.session.attached:
            return
        loading, self._loading = self._loading, True
        scales = self.session.scales()
        current = self.current_scale()
        language = labels.ui_language()
        if force or self.status.count() != len(CLAIM_STATUSES):
            self.status.clear()
            for status in CLAIM_STATUSES:
                self.status.addItem(labels.status_label(status), status)
        if force or self.scale.count() != len(scales):
            self.scale.clear()
            for scale in scales.values():
                self.scale.addItem(scale.name, scale.short_name)
        if force or self._listed != (current, language):
            self._listed = (current, language)
            self.rating.clear()
            self.rating.addItem(labels.no_verdict_label(), None)
            for rating in scales[current].ratings if current in scales else ():
                self.rating.addItem(swatch(rating.color), rating.label(language), rating.key)
        self.scale.setCurrentIndex(max(0, self.scale.findData(current)))
        if self.claim is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(self.claim.status)))
            self.rating.setCurrentIndex(max(0, self.rating.findData(self.claim.rating_key)))
        self._loading = loading

    def current_scale(self) -> str:
        if self.claim is not None and self.claim.scale:
            return self.claim.scale
        return self.session.default_scale().short_name

    def verdict_state(self) -> VerdictState:
        assert self.claim is not None
        verdicts = self.session.library.verdicts.list(self.claim.id)
        rationale = verdicts[-1].rationale if verdicts else None
        return VerdictState(self.claim.scale, self.claim.rating_key, rationale)

    # -- editing -------------------------------------------------------------------------------------

    def _timer(self, name: str, msecs: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        self._timers[name] = timer
        return timer

    def _watch_line(self, name: str, widget: QLineEdit) -> None:
        timer = self._timer(name, TYPING_PAUSE_MS)
        timer.timeout.connect(lambda: self.commit_field(name))
        widget.textEdited.connect(lambda _text: timer.start())
        widget.editingFinished.connect(lambda: self.commit_field(name))

    def flush(self) -> None:
        """Write whatever is still being typed (before switching claims or closing)."""
        for name in ("statement", "claimant", "claim_date"):
            if self._timers[name].isActive():
                self.commit_field(name)
        if self._rationale_dirty:
            self.commit_rationale()

    def _edit(self, field: str, value: Any) -> None:
        claim = self.claim
        if claim is None or self._loading:
            return
        old = getattr(claim, field)
        if old == value:
            return
        self.session.run(EditClaim(self.session, claim.id, claim.article_id, field, old, value))

    def commit_field(self, name: str) -> None:
        self._timers[name].stop()
        widget = {
            "statement": self.statement,
            "claimant": self.claimant,
            "claim_date": self.claim_date,
        }[name]
        self._edit(name, widget.text().strip() or None)

    def _on_status(self, _index: int) -> None:
        self._edit("status", self.status.currentData())

    def _on_priority(self, value: int) -> None:
        self._edit("priority", value)

    def _on_rationale_typed(self) -> None:
        if not self._loading and self.claim is not None:
            self._rationale_dirty = True
            self._timers["rationale"].start()

    def save_rationale_draft(self) -> None:
        """Keep what is typed so far as a draft: no verdict entry, no undo step."""
        self._timers["rationale"].stop()
        if self.claim is not None and self._rationale_dirty:
            self.session.library.drafts.save(
                self.claim.id, DRAFT_FIELD, self.rationale.toPlainText()
            )

    def commit_rationale(self) -> None:
        """Make the typed rationale one verdict entry (one undo step), then drop its draft."""
        self._timers["rationale"].stop()
        claim = self.claim
        if claim is None or self._loading or not self._rationale_dirty:
            return
        before = self.verdict_state()
        text = self.rationale.toPlainText().strip() or None
        if before.rating is None:
            # No verdict to explain yet: the text stays a draft until a rating is chosen, so
            # the history records no verdict that was never given (nor one withdrawn).
            self.save_rationale_draft()
            return
        if text != before.rationale:
            after = VerdictState(before.scale or self.current_scale(), before.rating, text)
            command = SetVerdict(
                self.session, claim.id, claim.article_id, before, after, rationale_only=True
            )
            if not self.session.run(command):
                self.save_rationale_draft()  # refused: the text is kept as a draft
                return
        self._rationale_dirty = False
        self.draft_note.hide()
        self.session.library.drafts.discard(claim.id, DRAFT_FIELD)

    def _on_rating(self, _index: int) -> None:
        self.set_rating(self.rating.currentData())

    def set_rating(self, rating_key: str | None) -> None:
        """Give the claim a verdict on its scale (None withdraws it), keeping the rationale."""
        claim = self.claim
        if claim is None or self._loading:
            return
        self.commit_rationale()
        claim = self.claim
        assert claim is not None
        before = self.verdict_state()
        if rating_key == before.rating:
            return
        rationale = before.rationale
        drafted = self._rationale_dirty  # typed before there was a verdict: it explains this one
        if drafted:
            rationale = self.rationale.toPlainText().strip() or None
        after = VerdictState(self.current_scale(), rating_key, rationale)
        done = self.session.run(SetVerdict(self.session, claim.id, claim.article_id, before, after))
        if done and drafted:
            self._rationale_dirty = False
            self.draft_note.hide()
            self.session.library.drafts.discard(claim.id, DRAFT_FIELD)

    def _on_scale(self, _index: int) -> None:
        claim = self.claim
        new = self.scale.currentData()
        if claim is None or self._loading or new == self.current_scale():
            return
        if claim.rating_key is None:
            self.session.run(
                EditClaim(self.session, claim.id, claim.article_id, "scale", claim.scale, new)
            )
            return
        target = self.session.scales()[new]
        keep = target.get(claim.rating_key)
        if keep is None and not dialogs.confirm(
            self,
            self.tr(
                "The rating “%1” is not on the scale “%2”: changing the scale withdraws the "
                "verdict. Change the scale?"
            )
            .replace("%1", claim.rating or "")
            .replace("%2", target.name),
        ):
            self._fill_choices(force=True)
            return
        before = self.verdict_state()
        after = VerdictState(new, keep.key if keep else None, before.rationale)
        self.session.run(SetVerdict(self.session, claim.id, claim.article_id, before, after))
