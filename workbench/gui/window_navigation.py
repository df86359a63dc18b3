"""What is open in the window (an article, a claim) and the views that follow it.

Selecting a claim anywhere shows it everywhere; after each edit the views reload only what the
edit touched (see Session.changed). The window builds the views and hands them over here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QLabel

from workbench.core.errors import WorkbenchError
from workbench.gui.article_view import ArticleView
from workbench.gui.claim_list import ClaimListPanel
from workbench.gui.inspector import ClaimInspector
from workbench.gui.library_dock import LibraryDock
from workbench.gui.session import Change, Session
from workbench.gui.suggest_panel import SuggestPanel


@dataclass(frozen=True)
class WindowViews:
    """The views that show the open article and claim."""

    article_view: ArticleView
    claim_list: ClaimListPanel
    library_dock: LibraryDock
    suggestions: SuggestPanel
    inspector: ClaimInspector
    counts: QLabel
    settings_changed: Callable[[], None]
    show_source: Callable[[str], None]


class Navigator(QObject):
    """Keeps the current article and claim, and tells every view when they change."""

    failed = Signal(object)

    def __init__(
        self, session: Session, settings: QSettings, views: WindowViews, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.views = views
        self.current_article: str | None = None
        self.current_claim: str | None = None

    def first_article(self) -> str | None:
        """The article shown last time in this library, else the one worked on last."""
        remembered = self.settings.value(self._key("article"))
        if isinstance(remembered, str) and remembered:
            try:
                return self.session.library.articles.get(remembered, with_text=False).id
            except WorkbenchError:
                pass
        # The article last worked on: the newest claim's (an indexed read, unlike listing
        # articles, which sorts them all).
        library = self.session.library
        latest = library.claims.list(order_by="updated_at", descending=True, limit=1)
        if latest:
            return latest[0].article_id
        first = library.articles.list(limit=1)
        return first[0].id if first else None

    def _key(self, name: str) -> str:
        return f"libraries/{self.session.path or 'memory'}/{name}".replace("\\", "/")

    def open_article(self, article_id: str | None, claim_id: str | None = None) -> None:
        """Show an article with its claims; the claim list and library follow."""
        views = self.views
        views.inspector.flush()
        library = self.session.library
        article = library.articles.get(article_id) if article_id else None
        self.current_article = article.id if article else None
        claims = library.claims.list(article_id=article_id) if article_id else []
        views.article_view.show_article(article, claims)
        views.claim_list.show_article(self.current_article, claims)
        views.library_dock.select_article(self.current_article)
        views.suggestions.set_article(self.current_article)
        if self.current_article:
            self.settings.setValue(self._key("article"), self.current_article)
        self.update_counts()
        self.current_claim = None
        if claim_id:
            self.select_claim(claim_id)
        else:
            views.inspector.show_claim(None)

    def select_claim(self, claim_id: str | None) -> None:
        """Show a claim everywhere: emphasised in the text, current in the list, inspected."""
        views = self.views
        if claim_id is None:
            self.current_claim = None
            views.article_view.select_claim(None)
            views.inspector.show_claim(None)
            return
        try:
            claim = self.session.library.claims.get(claim_id)
        except WorkbenchError as exc:
            self.failed.emit(exc)
            return
        if claim.article_id != self.current_article:
            self.open_article(claim.article_id)
        self.current_claim = claim_id
        views.article_view.select_claim(claim_id)
        if views.claim_list.current_claim_id() != claim_id:
            views.claim_list.select_claim(claim_id)
        views.inspector.show_claim(claim)

    def open_hit(self, hit: Any) -> None:
        """Open what a search found: an article, a claim, or the claims citing a source."""
        library = self.session.library
        try:
            if hit.kind == "claim":
                self.select_claim(hit.id)
            elif hit.kind == "evidence":
                self.select_claim(library.evidence.get(hit.id).claim_id)
            elif hit.kind == "article":
                self.open_article(hit.id)
            else:
                self.views.show_source(hit.id)
        except WorkbenchError as exc:
            self.failed.emit(exc)

    def on_change(self, change: Change) -> None:
        """Reload only what an edit (or its undo) touched."""
        views = self.views
        library = self.session.library
        claims = None
        if change.settings:
            views.claim_list.fill_ratings(views.claim_list.rating.currentData())
            views.settings_changed()
        # A change without an article (made by another program) may touch the open one too.
        if (
            self.current_article
            and change.article_id in (None, self.current_article)
            and (change.claim_ids or change.claims_added_or_removed)
        ):
            claims = library.claims.list(article_id=self.current_article)
            views.article_view.set_claims(claims)
            if self.current_claim:
                views.article_view.select_claim(self.current_claim, scroll=False)
        if change.claim_ids or change.claims_added_or_removed or change.articles:
            views.claim_list.refresh(claims)
        views.inspector.on_change(change)
        if self.current_claim and views.inspector.claim is None:
            self.current_claim = None
        if change.articles or change.claims_added_or_removed:
            views.library_dock.refresh(change.article_id, added=change.articles)
        self.update_counts()

    def update_counts(self) -> None:
        counts = self.views.counts
        if self.current_article is None or not self.session.attached:
            counts.setText("")
            return
        library = self.session.library
        total = library.claims.count(article_id=self.current_article)
        unrated = library.claims.count(article_id=self.current_article, rating="none")
        counts.setText(
            self.tr("%n claim(s)", "", total)
            + "  ·  "
            + self.tr("%n with verdict", "", total - unrated)
        )
