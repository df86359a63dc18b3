"""The library: the articles of the open file, newest first, with a box to find one by words.

The list grows page by page as the user scrolls (canFetchMore/fetchMore), so a library of ten
thousand articles opens as fast as one of ten; pages after the first are read off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from workbench.core.library.models import Article
from workbench.gui import labels
from workbench.gui.applog import qt_override
from workbench.gui.i18n import Retranslating
from workbench.gui.list_model import RowListModel
from workbench.gui.paging import PageLoader, reading_library
from workbench.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from workbench.core.library.store import Library

Index = QModelIndex | QPersistentModelIndex
ArticleIdRole = Qt.ItemDataRole.UserRole + 1
PAGE = 200


class ArticleListModel(RowListModel[Article]):
    """Articles with their number of claims; all of them, or those a search found."""

    reloaded = Signal()

    def __init__(
        self, library: Library, loader: PageLoader | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.loader = loader
        self.rows: list[Article] = []
        self.filtered = False
        self._more = True
        self._waiting = False
        self._token = object()
        if loader is not None:
            loader.loaded.connect(self._on_loaded)
            loader.failed.connect(self._on_failed)
            loader.dropped.connect(self._on_failed)

    def reload(self) -> None:
        """All articles again, from the newest; the rows shown stay until the new ones came."""
        self._token = object()
        if self.loader is None:
            self._replace(self.library.articles.list(limit=PAGE, offset=0))
            return
        self._waiting = True
        self.loader.request(self._token, -1, lambda lib: lib.articles.list(limit=PAGE, offset=0))

    def _replace(self, articles: list[Article]) -> None:
        self.beginResetModel()
        self.filtered = False
        self.rows = list(articles)
        self._more = len(self.rows) == PAGE
        self._waiting = False
        self.endResetModel()

    def set_found(self, articles: list[Article]) -> None:
        """Show only the articles a search found."""
        self.beginResetModel()
        self._token = object()
        self.filtered = True
        self.rows = list(articles)
        self._more = False
        self._waiting = False
        self.endResetModel()

    def update_article(self, article_id: str) -> None:
        """Re-read one article's row (its number of claims changed)."""
        for row, article in enumerate(self.rows):
            if article.id == article_id:
                self.rows[row] = self.library.articles.get(article_id, with_text=False)
                self.dataChanged.emit(self.index(row), self.index(row))
                return

    def row_of(self, article_id: str) -> int | None:
        return next((r for r, a in enumerate(self.rows) if a.id == article_id), None)

    # -- paging ----------------------------------------------------------------------------------

    #: Whether the view needs more rows (its end is in sight); set by the view's owner.
    #: QTreeView asks for more on every layout, which would read the whole library at once.
    wants_more: Callable[[], bool] = staticmethod(lambda: True)  # type: ignore[assignment]

    @qt_override(False)
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return (
            not parent.isValid()
            and self._more
            and not self._waiting
            and (not self.rows or self.wants_more())
        )

    @qt_override()
    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self._more or self._waiting:
            return
        offset = len(self.rows)
        if self.loader is None:
            self._append(self.library.articles.list(limit=PAGE, offset=offset))
            return
        self._waiting = True
        self.loader.request(
            self._token, offset, lambda lib: lib.articles.list(limit=PAGE, offset=offset)
        )

    def _append(self, articles: list[Article]) -> None:
        self._more = len(articles) == PAGE
        known = {a.id for a in self.rows}
        fresh = [a for a in articles if a.id not in known]
        if fresh:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self.rows.extend(fresh)
            self.endInsertRows()

    @Slot(object, int, object)
    def _on_loaded(self, token: object, offset: int, articles: list[Article]) -> None:
        if token is not self._token:
            return
        self._waiting = False
        if offset < 0:
            self._replace(articles)
            self.reloaded.emit()
        elif offset == len(self.rows):
            self._append(articles)

    @Slot(object, int)
    def _on_failed(self, token: object, *_: Any) -> None:
        if token is self._token:
            self._waiting = False

    # -- Qt's model interface ----------------------------------------------------------------------

    def row_data(self, article: Article, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{labels.one_line(article.title, 90)}\n{self._details(article)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = (article.title, article.url or article.file_name)
            return labels.plain_tooltip("\n".join(p for p in lines if p))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{article.title}, {self._details(article)}"
        if role == ArticleIdRole:
            return article.id
        return None

    def _details(self, article: Article) -> str:
        claims = self.tr("%n claim(s)", "", article.claims)
        parts = [p for p in (article.site, (article.published or "")[:10]) if p]
        return "  ·  ".join([*parts, claims])


class LibraryDock(Retranslating, QWidget):
    """The list of articles and a box to find articles by the words in them."""

    article_selected = Signal(str)

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        loader: PageLoader | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.model = ArticleListModel(library, loader, self)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        # A one-column tree view: it elides long titles and measures one row for all.
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        bar = self.view.verticalScrollBar()
        # More rows only when the end of the list is in sight (a page's worth from the bottom).
        self.model.wants_more = lambda: bar.value() >= bar.maximum() - 2 * max(bar.pageStep(), 1)
        bar.valueChanged.connect(self._maybe_more)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._timer.start)
        self.filter.returnPressed.connect(self.apply_filter)
        self._generation = 0
        self._quiet = False
        self._selected: str | None = None
        self.model.reloaded.connect(lambda: self.select_article(self._selected))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        QWidget.setTabOrder(self.filter, self.view)
        self.retranslate()
        self.model.reload()

    def _maybe_more(self, _value: int) -> None:
        if self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Find articles…"))
        self.filter.setAccessibleName(self.tr("Find articles by words"))
        self.view.setAccessibleName(self.tr("Articles in the library"))
        if self.model.rows:
            self.model.dataChanged.emit(
                self.model.index(0), self.model.index(len(self.model.rows) - 1)
            )

    def apply_filter(self) -> None:
        """Search the articles' titles and texts (off the UI thread on a library file)."""
        self._timer.stop()
        words = self.filter.text().strip()
        self._generation += 1
        if not words:
            self.model.reload()
            return
        generation = self._generation
        library, synchronous = self.library, self.runner.synchronous

        def work(_cancel: Any, _progress: Any) -> list[Article]:
            lib = reading_library(library, synchronous)
            hits = lib.search.find(words, kinds=("article",), limit=200)
            return [lib.articles.get(hit.id, with_text=False) for hit in hits]

        def done(articles: list[Article]) -> None:
            if generation == self._generation:
                self.model.set_found(articles)

        self.runner.start(self.tr("Searching"), work, done, visible=False)

    def select_article(self, article_id: str | None) -> None:
        """Show which article is open, without opening it again."""
        self._selected = article_id
        row = self.model.row_of(article_id) if article_id else None
        self._quiet = True
        try:
            if row is None:
                self.view.selectionModel().clearSelection()
            else:
                self.view.setCurrentIndex(self.model.index(row))
        finally:
            self._quiet = False

    def refresh(self, article_id: str | None, added: bool) -> None:
        if added and not self.model.filtered:
            self.model.reload()
        elif article_id:
            self.model.update_article(article_id)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.article_selected.emit(current.data(ArticleIdRole))
