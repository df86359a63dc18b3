"""The inspector's "Already checked?" tab: the library's own similar claims and published checks.

Similar claims in the library (any article) are looked up whenever another claim is shown or
its wording changes; published fact-checks are searched only when asked, because that leaves
the computer. A published check can be attached to the claim as a source of kind "fact-check".
Every text here comes from users or other sites and is shown as plain text.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.library.models import Claim
from workbench.core.progress import ProgressCallback
from workbench.gui.i18n import Retranslating
from workbench.gui.paging import reading_library
from workbench.gui.session import Change, Session
from workbench.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from workbench.core.evidence.prior import PriorFactCheck, SearchResult
    from workbench.core.publish.similar import SimilarClaim

DATA = Qt.ItemDataRole.UserRole


def plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class PriorPanel(Retranslating, QWidget):
    """Similar claims already in the library, and fact-checks others have published."""

    # An article and a claim to show (a similar claim was activated).
    open_requested = Signal(str, str)
    # How many similar claims the library holds for the claim shown.
    found = Signal(int)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.claim: Claim | None = None
        self._similar_for: tuple[str, str] | None = None
        self._token = 0
        self.similar_count = 0
        self.similar_title = plain_label(self)
        self.similar = QListWidget(self)
        self.similar.setWordWrap(True)
        self.similar.itemActivated.connect(self._open_similar)
        self.published_title = plain_label(self)
        self.search_button = QPushButton(self)
        self.search_button.clicked.connect(lambda: self.search())
        self.attach_button = QPushButton(self)
        self.attach_button.clicked.connect(lambda: self.attach_selected())
        self.attach_button.setEnabled(False)
        self.status = plain_label(self)
        self.published = QListWidget(self)
        self.published.setWordWrap(True)
        self.published.currentItemChanged.connect(
            lambda current, _previous: self.attach_button.setEnabled(current is not None)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.similar_title)
        layout.addWidget(self.similar, 1)
        layout.addWidget(self.published_title)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.published, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.similar_title.setText(self.tr("Similar claims in this library"))
        self.published_title.setText(self.tr("Published fact-checks"))
        self.search_button.setText(self.tr("&Search published fact-checks"))
        self.attach_button.setText(self.tr("&Attach as source"))
        self.similar.setAccessibleName(self.tr("Similar claims in this library"))
        self.published.setAccessibleName(self.tr("Published fact-checks"))

    # -- the claim shown -----------------------------------------------------------------------

    def set_claim(self, claim: Claim | None) -> None:
        """Look up similar claims for another claim, or when its wording changed."""
        changed_claim = (self.claim.id if self.claim else None) != (claim.id if claim else None)
        self.claim = claim
        if changed_claim:
            self.published.clear()
            self.status.setText("")
        if claim is None:
            self._similar_for = None
            self.similar.clear()
            self.similar_count = 0
            return
        text = " ".join(x for x in (claim.statement, claim.quote) if x)
        if self._similar_for == (claim.id, text):
            return
        self._similar_for = (claim.id, text)
        self._token += 1
        token, claim_id = self._token, claim.id
        library, synchronous = self.session.library, self.runner.synchronous

        def work(cancel: threading.Event, progress: ProgressCallback) -> list[SimilarClaim]:
            from workbench.core.publish.similar import find_similar

            return find_similar(
                reading_library(library, synchronous), text, exclude={claim_id}, limit=10
            )

        self.runner.start(
            self.tr("Looking for similar claims"),
            work,
            lambda found: self._show_similar(token, found),
            on_error=lambda exc: self._similar_failed(token, exc),
            visible=False,
        )

    def _show_similar(self, token: int, found: list[SimilarClaim]) -> None:
        if token != self._token:
            return
        self.similar_count = len(found)
        self.found.emit(len(found))
        self.similar.clear()
        if not found:
            item = QListWidgetItem(self.tr("No similar claim in the library."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.similar.addItem(item)
        for match in found:
            verdict = match.claim.rating or self.tr("no verdict")
            score = self.tr("match %1").replace("%1", str(round(match.score)))
            item = QListWidgetItem(
                f"{verdict} · {match.claim.label}\n{match.article_title} · {score}"
            )
            item.setData(DATA, (match.claim.article_id, match.claim.id))
            self.similar.addItem(item)

    def _similar_failed(self, token: int, error: BaseException) -> None:
        if token == self._token:
            self.similar.clear()
            self.similar.addItem(str(error))

    def _open_similar(self, item: QListWidgetItem) -> None:
        data = item.data(DATA)
        if data:
            self.open_requested.emit(data[0], data[1])

    # -- published fact-checks -----------------------------------------------------------------

    def search(self) -> None:
        """Ask the fact-check search about this claim (off the UI thread; answers are cached)."""
        claim = self.claim
        if claim is None:
            return
        text = claim.statement or claim.quote
        language = self.session.library.articles.get(claim.article_id, with_text=False).language
        library, synchronous = self.session.library, self.runner.synchronous
        self.status.setText(self.tr("Searching…"))
        self.search_button.setEnabled(False)

        def work(cancel: threading.Event, progress: ProgressCallback) -> SearchResult:
            from workbench.core.evidence import prior

            lib = reading_library(library, synchronous)
            return prior.search(text, language=language, lib=lib, cancel=cancel)

        claim_id = claim.id
        self.runner.start(
            self.tr("Searching published fact-checks"),
            work,
            lambda result: self._show_published(claim_id, result),
            on_error=self._search_failed,
        )

    def _show_published(self, claim_id: str, result: SearchResult) -> None:
        self.search_button.setEnabled(True)
        if self.claim is None or self.claim.id != claim_id:
            return
        self.published.clear()
        when = result.fetched_at[:16].replace("T", " ")
        status = (
            self.tr("%n fact-check(s) found (cached from %1).", "", len(result.items))
            if result.cached
            else self.tr("%n fact-check(s) found (%1).", "", len(result.items))
        )
        self.status.setText(status.replace("%1", when + " UTC"))
        for found in result.items:
            lines = [
                " · ".join(
                    x for x in (found.rating, found.publisher, (found.review_date or "")[:10]) if x
                ),
                found.claim_text or "",
                found.url or "",
            ]
            item = QListWidgetItem("\n".join(line for line in lines if line))
            item.setData(DATA, found)
            self.published.addItem(item)

    def _search_failed(self, error: BaseException) -> None:
        self.search_button.setEnabled(True)
        self.status.setText(str(error))

    def attach_selected(self) -> Any:
        """Attach the selected published fact-check to the claim as a source."""
        item = self.published.currentItem()
        if item is None or self.claim is None:
            return None
        found: PriorFactCheck = item.data(DATA)
        from workbench.core.errors import WorkbenchError
        from workbench.core.evidence import prior

        try:
            evidence = prior.attach(self.session.library, self.claim.id, found)
        except WorkbenchError as exc:
            self.status.setText(str(exc))
            return None
        self.session.announce(Change(claim_ids=(self.claim.id,), evidence=True))
        self.status.setText(self.tr("Attached as a source of this claim."))
        return evidence
