"""The claim inspector: the claim and its verdict, the evidence, the figures and the history.

Each is a section of its own (a bar of buttons that wraps in a narrow panel), so that the
inspector fits its panel without scrolling sideways and the evidence is one click away. There is no Save button: every section
writes its edits itself (see inspector_claim.py and inspector_verdict.py), and whatever is still
being typed is written before another claim is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QListView,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.core.library.models import Claim
from workbench.gui import labels
from workbench.gui.evidence_panel import EvidencePanel
from workbench.gui.figure_panel import FigurePanel
from workbench.gui.history_model import HistoryModel
from workbench.gui.i18n import Retranslating
from workbench.gui.inspector_claim import TYPING_PAUSE_MS, ClaimSection
from workbench.gui.inspector_verdict import DRAFT_FIELD, DRAFT_PAUSE_MS, VerdictSection
from workbench.gui.prior_panel import PriorPanel
from workbench.gui.section_bar import SectionBar
from workbench.gui.session import Change, Session
from workbench.gui.tasks import TaskRunner

__all__ = ["DRAFT_FIELD", "DRAFT_PAUSE_MS", "SECTIONS", "TYPING_PAUSE_MS", "ClaimInspector"]

# The sections, in the order of the work: what is claimed and judged, on what grounds, and since when.
SECTIONS = ("claim", "evidence", "figures", "history", "prior")


def vertical_scroller(content: QWidget, parent: QWidget) -> QScrollArea:
    """A scroll area that only scrolls up and down: the content takes the panel's width."""
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def top_aligned(content: QWidget, parent: QWidget) -> QWidget:
    """A page that shows content at its natural height at the top, the rest left empty."""
    page = QWidget(parent)
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 4, 0, 0)
    column.addWidget(content)
    column.addStretch(1)
    return page


class ClaimInspector(Retranslating, QWidget):
    """Everything about the claim selected in the article or the list."""

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.claim: Claim | None = None
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The sections: a bar of buttons that wraps in a narrow panel, above the pages.
        self.sections = SectionBar(self, shortcut_scope=self)
        self.stack = QStackedWidget(self)
        self.sections.current_changed.connect(self.stack.setCurrentIndex)
        # The claim tab: the quoted words, the claim's fields and its verdict.
        page = QWidget()
        self.quote = QLabel(page)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.quote.font()
        font.setItalic(True)
        self.quote.setFont(font)
        self.claim_section = ClaimSection(session, page)
        self.verdict_box = QGroupBox(page)
        self.verdict_section = VerdictSection(session, self.verdict_box)
        box_layout = QVBoxLayout(self.verdict_box)
        box_layout.setContentsMargins(6, 6, 6, 6)
        box_layout.addWidget(self.verdict_section)
        column = QVBoxLayout(page)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.quote)
        column.addWidget(self.claim_section)
        column.addWidget(self.verdict_box, 1)
        self.claim_page = vertical_scroller(page, self)
        # The other tabs: each a list that scrolls on its own.
        self.evidence = EvidencePanel(session, runner, self)
        self.figures = FigurePanel(session, runner, self)
        self.prior = PriorPanel(session, runner, self)
        self.prior.found.connect(lambda _count: self._update_titles())
        self.history = HistoryModel(self, session.scales)
        self.history_view = QListView(self)
        self.history_view.setModel(self.history)
        self.history_view.setWordWrap(True)
        self.history_view.setSpacing(3)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages: dict[str, QWidget] = {
            "claim": self.claim_page,
            "evidence": self.evidence,
            "figures": top_aligned(self.figures, self),
            "history": self.history_view,
            "prior": self.prior,
        }
        for name in SECTIONS:
            self.sections.add_section()
            self.stack.addWidget(self.pages[name])
        self.body = QWidget(self)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(2)
        body_layout.addWidget(self.sections)
        line = QFrame(self.body)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        body_layout.addWidget(line)
        body_layout.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        # The fields the window and the tests reach through the inspector.
        claim_section, verdict_section = self.claim_section, self.verdict_section
        self.statement = claim_section.statement
        self.claimant = claim_section.claimant
        self.claim_date = claim_section.claim_date
        self.status = claim_section.status
        self.priority = claim_section.priority
        self.scale = verdict_section.scale
        self.rating = verdict_section.rating
        self.rationale = verdict_section.rationale
        self.draft_note = verdict_section.draft_note
        order: list[QWidget] = [
            self.statement,
            self.claimant,
            self.claim_date,
            self.status,
            self.priority,
            self.scale,
            self.rating,
            self.rationale,
            *self.evidence.buttons.values(),
            self.evidence.table,
            self.figures.table,
            self.history_view,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.retranslate()
        self.show_claim(None)

    def retranslate(self) -> None:
        self.verdict_box.setTitle(self.tr("Verdict"))
        self.empty.setText(
            self.tr(
                "Select a claim in the article or in the list, or select a "
                "passage and mark it as a claim (Ctrl+M)."
            )
        )
        self.quote.setAccessibleName(self.tr("Quoted passage"))
        self.history_view.setAccessibleName(self.tr("Verdict history"))
        self.sections.setAccessibleName(self.tr("Sections of the claim"))
        self.history.retranslate()
        self._update_titles()

    def section_title(self, name: str) -> str:
        """The tab's text: its name, and how many entries it holds where that helps."""
        titles = {
            "claim": self.tr("Claim"),
            "evidence": self.tr("Evidence"),
            "figures": self.tr("Figures"),
            "history": self.tr("History"),
            "prior": self.tr("Already checked?"),
        }
        counts = {
            "evidence": self.evidence.model.rowCount(),
            "history": self.history.rowCount(),
            "prior": self.prior.similar_count,
        }
        count = counts.get(name, 0) if self.claim is not None else 0
        return f"{titles[name]} ({count})" if count else titles[name]

    def _update_titles(self) -> None:
        for index, name in enumerate(SECTIONS):
            title = self.section_title(name)
            self.sections.set_text(index, title)

    def show_section(self, name: str) -> None:
        """Bring a tab to the front: claim, evidence, figures or history."""
        self.sections.set_current(SECTIONS.index(name))

    def current_section(self) -> str:
        return SECTIONS[self.sections.current()]

    def section_titles(self) -> list[str]:
        """The sections' names as the bar shows them."""
        return [self.sections.text(index) for index in range(self.sections.count())]

    # -- showing ---------------------------------------------------------------------------------

    def show_claim(self, claim: Claim | None) -> None:
        """Show another claim; edits still pending for the previous one are written first."""
        previous = self.claim.id if self.claim is not None else None
        if previous is not None and (claim is None or claim.id != previous):
            self.flush()
        self.claim = claim if claim is None or claim.deleted_at is None else None
        self._load()
        if (self.claim.id if self.claim is not None else None) != previous:
            self._to_top()

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
        self.body.setVisible(claim is not None)
        self.empty.setVisible(claim is None)
        self.evidence.set_claim(claim)
        self.figures.set_claim(claim)
        self.prior.set_claim(claim)
        if claim is None:
            self.claim_section.clear()
            self.verdict_section.load(None, [])
            self.history.set_rows([])
        else:
            self.quote.setText(f"“{labels.one_line(claim.quote, 400)}”")
            self.claim_section.load(claim, keep_typing)
            verdicts = self.session.library.verdicts.list(claim.id)
            self.history.set_rows(verdicts)
            self.verdict_section.load(claim, verdicts, keep_typing)
        self._update_titles()

    def _to_top(self) -> None:
        """Another claim starts at the top of every tab, not where the last one was left."""
        self.claim_page.verticalScrollBar().setValue(0)
        self.evidence.table.scrollToTop()
        self.figures.table.scrollToTop()
        self.history_view.scrollToTop()

    # -- editing ---------------------------------------------------------------------------------

    def flush(self) -> None:
        """Write whatever is still being typed (before switching claims or closing)."""
        self.claim_section.flush()
        if self.verdict_section.rationale_dirty:
            self.verdict_section.commit_rationale()

    def set_rating(self, rating_key: str | None) -> None:
        self.verdict_section.set_rating(rating_key)
