"""The inspector's verdict section: the scale, the rating and the rationale.

A choice (scale, rating) is written at once. The rationale is different: the verdict history is
append-only, so while it is typed it is only kept as a draft (nothing is lost if the app is
killed), and it becomes one verdict entry when the field is left, another claim is shown or
the window closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPlainTextEdit, QWidget

from workbench.core.library.models import Claim, Verdict
from workbench.gui import dialogs, labels
from workbench.gui.applog import qt_override
from workbench.gui.i18n import Retranslating
from workbench.gui.session import Session
from workbench.gui.undo import EditClaim, SetVerdict, VerdictState

# After this pause in typing the rationale is saved as a draft (not yet a verdict).
DRAFT_PAUSE_MS = 800
DRAFT_FIELD = "rationale"


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class VerdictSection(Retranslating, QWidget):
    """The claim's verdict: a rating on a scale and why."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.claim: Claim | None = None
        self._loading = False
        self._listed: tuple[str, str] = ("", "")
        self._rationale_dirty = False  # typed (or restored) but not yet a verdict entry
        self.scale = QComboBox(self)
        self.rating = QComboBox(self)
        self.rationale = QPlainTextEdit(self)
        self.rationale.setTabChangesFocus(True)
        self.rationale.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.rationale.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.draft_note = QLabel(self)
        self.draft_note.setWordWrap(True)
        self.draft_note.setTextFormat(Qt.TextFormat.PlainText)
        self.draft_note.setStyleSheet("font-style: italic; color: #b35900;")
        self.draft_note.hide()
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_PAUSE_MS)
        self.draft_timer.timeout.connect(self.save_rationale_draft)
        self.rationale.textChanged.connect(self._on_rationale_typed)
        self.rationale.installEventFilter(self)
        self.scale.activated.connect(self._on_scale)
        self.rating.activated.connect(self._on_rating)
        self.verdict_labels = [QLabel(self) for _ in range(3)]
        for combo in (self.scale, self.rating):
            # Long scale and rating names must not make the inspector wider than its panel.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        widgets: tuple[QWidget, ...] = (self.scale, self.rating, self.rationale)
        for row, (label, widget) in enumerate(zip(self.verdict_labels, widgets, strict=True)):
            label.setBuddy(widget)
            alignment = (
                Qt.AlignmentFlag.AlignTop if widget is self.rationale else Qt.AlignmentFlag(0)
            )
            grid.addWidget(label, row, 0, alignment)
            grid.addWidget(widget, row, 1)
        grid.addWidget(self.draft_note, 3, 1)  # right below the rationale
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.retranslate()

    def retranslate(self) -> None:
        texts = (self.tr("Sc&ale:"), self.tr("&Rating:"), self.tr("Rati&onale:"))
        for label, text in zip(self.verdict_labels, texts, strict=True):
            label.setText(text)
        self.draft_note.setText(
            self.tr("Unsaved draft restored. It becomes the rationale when you leave the field.")
        )
        self.rationale.setPlaceholderText(self.tr("Why this rating: what the evidence shows"))
        for widget, name in (
            (self.scale, self.tr("Rating scale")),
            (self.rating, self.tr("Rating")),
            (self.rationale, self.tr("Rationale of the verdict")),
        ):
            widget.setAccessibleName(name)
        self.fill_choices(force=True)

    @qt_override(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.rationale and event.type() == QEvent.Type.FocusOut:
            self.commit_rationale()
        return super().eventFilter(watched, event)

    # -- showing ---------------------------------------------------------------------------------

    def load(self, claim: Claim | None, verdicts: list[Verdict], keep_typing: bool = False) -> None:
        """Show a claim's verdict; a rationale being typed stays while keep_typing."""
        self.claim = claim
        loading, self._loading = self._loading, True
        try:
            if claim is None:
                self._rationale_dirty = False
                self.draft_note.hide()
                return
            rationale = (verdicts[-1].rationale if verdicts else None) or ""
            if not (keep_typing and self._rationale_dirty):
                self._rationale_dirty = False
                self.draft_note.hide()
                if not keep_typing:
                    rationale = self._restore_draft(claim, rationale)
                if self.rationale.toPlainText() != rationale:
                    self.rationale.setPlainText(rationale)
            self.fill_choices()
        finally:
            self._loading = loading

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

    def fill_choices(self, force: bool = False) -> None:
        """The scales, and the ratings of the claim's scale, in the UI language.

        The lists are rebuilt only when their content changes: a combo box must not be
        emptied while it is still handling the user's choice.
        """
        if not self.session.attached:
            return
        loading, self._loading = self._loading, True
        scales = self.session.scales()
        current = self.current_scale()
        language = labels.ui_language()
        if force or self.scale.count() != len(scales):
            self.scale.clear()
            for scale in scales.values():
                self.scale.addItem(labels.scale_name(scale), scale.short_name)
        if force or self._listed != (current, language):
            self._listed = (current, language)
            self.rating.clear()
            self.rating.addItem(labels.no_verdict_label(), None)
            for rating in scales[current].ratings if current in scales else ():
                self.rating.addItem(swatch(rating.color), rating.label(language), rating.key)
        self.scale.setCurrentIndex(max(0, self.scale.findData(current)))
        if self.claim is not None:
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

    # -- editing ---------------------------------------------------------------------------------

    @property
    def rationale_dirty(self) -> bool:
        return self._rationale_dirty

    def _on_rationale_typed(self) -> None:
        if not self._loading and self.claim is not None:
            self._rationale_dirty = True
            self.draft_timer.start()

    def save_rationale_draft(self) -> None:
        """Keep what is typed so far as a draft: no verdict entry, no undo step."""
        self.draft_timer.stop()
        if self.claim is not None and self._rationale_dirty:
            self.session.library.drafts.save(
                self.claim.id, DRAFT_FIELD, self.rationale.toPlainText()
            )

    def commit_rationale(self) -> None:
        """Make the typed rationale one verdict entry (one undo step), then drop its draft."""
        self.draft_timer.stop()
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
        if self.claim is None or self._loading:
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
        scales = self.session.scales()
        target = scales[new]
        keep = target.get(claim.rating_key)
        # The rating as the interface names it, not as stored by the scale's own language.
        shown = labels.rating_label(
            scales.get(self.current_scale()), claim.rating_key, claim.rating
        )
        if keep is None and not dialogs.confirm(
            self,
            self.tr(
                "The rating “%1” is not on the scale “%2”: changing the scale withdraws the "
                "verdict. Change the scale?"
            )
            .replace("%1", shown)
            .replace("%2", labels.scale_name(target)),
        ):
            self.fill_choices(force=True)
            return
        before = self.verdict_state()
        after = VerdictState(new, keep.key if keep else None, before.rationale)
        self.session.run(SetVerdict(self.session, claim.id, claim.article_id, before, after))
