"""The claim table as a windowed model: it holds a few pages of rows, never the whole list.

Counting, filtering and sorting are the core's (count_claims, claims(order_by=, limit=, offset=)).
Small listings (one article's claims) are read on the spot; long ones are read page by page on
a worker thread (see paging.py) while the view shows placeholders for a moment.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor

from workbench.core.library.models import Claim
from workbench.gui import labels
from workbench.gui.applog import qt_override
from workbench.gui.claim_pages import PageCache
from workbench.gui.claim_query import PAGE, ClaimQuery, count_claims, fetch_page
from workbench.gui.list_model import HeaderedTableModel
from workbench.gui.paging import PageLoader

if TYPE_CHECKING:
    from workbench.core.library.store import Library

Index = QModelIndex | QPersistentModelIndex

COUNT = -1  # the "page" that asks the loader for the number of rows
#: Up to this many rows a listing is read on the UI thread: a short, cheap query.
SYNC_ROWS = 5_000
PLACEHOLDER = "…"

CLAIM, STATUS, RATING, SOURCES, UPDATED = range(5)
#: The core's sort key per column; the number of sources can't be sorted by the core.
SORT_KEYS = {CLAIM: "quote", STATUS: "status", RATING: "rating_value", UPDATED: "updated_at"}

ClaimIdRole = Qt.ItemDataRole.UserRole + 1
ClaimRole = Qt.ItemDataRole.UserRole + 2


class ClaimTableModel(HeaderedTableModel):
    """Claims of one article or of the whole library: quote, status, rating, sources, update."""

    counted = Signal(int)

    def __init__(
        self, library: Library, loader: PageLoader | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.loader = loader
        self.query = ClaimQuery()
        self._count = 0
        self._pages = PageCache(loader)
        self._counting = False
        self._counted: dict[str, Any] | None = None
        self._headers: tuple[str, ...] = ()
        self._scales = {scale.short_name: scale for scale in library.scales.list()}
        self.retranslate()
        if loader is not None:
            loader.loaded.connect(self._on_loaded)
            loader.failed.connect(self._on_dropped)
            loader.dropped.connect(self._on_dropped)

    # -- what is listed --------------------------------------------------------------------

    def set_query(self, query: ClaimQuery, rows: list[Claim] | None = None) -> None:
        """List other claims or another order; the view starts again at the top.

        rows: the whole listing when the caller has read it anyway (an article's claims in
        text order), so it is not read twice. A new order of the same claims keeps the count;
        a library-wide count is made off the UI thread.
        """
        same_claims = query.filters() == self._counted
        self.beginResetModel()
        self.query = query
        self._forget_pages()
        self._scales = {scale.short_name: scale for scale in self.library.scales.list()}
        if self.covers(rows):
            assert rows is not None
            self._count, self._counted = len(rows), query.filters()
            self._prime(rows)
        elif self._count_later(query):
            if not same_claims:
                self._count, self._counted = 0, None
                self._request_count()
        else:
            self._count, self._counted = count_claims(self.library, query), query.filters()
        self.endResetModel()

    def covers(self, rows: list[Claim] | None) -> bool:
        """Whether rows (an article's claims in text order) are exactly this listing."""
        plain = ClaimQuery(article_id=self.query.article_id)
        return rows is not None and self.query.article_id is not None and self.query == plain

    def _count_later(self, query: ClaimQuery) -> bool:
        return self.loader is not None and query.library_wide

    def _request_count(self) -> None:
        self._counting = True
        query = self.query
        self._pages.request(COUNT, lambda lib: count_claims(lib, query))

    def refresh(self, rows: list[Claim] | None = None) -> None:
        """Read again after an edit; keeps the view where it is when the number stays the same."""
        if self._count_later(self.query):
            self._request_count()  # compared with the rows shown when it arrives
            return
        rows = rows if self.covers(rows) else None
        count = len(rows) if rows is not None else count_claims(self.library, self.query)
        if count != self._count:
            self.set_query(self.query, rows)
            return
        self._forget_pages()
        if rows is not None:
            self._prime(rows)
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, UPDATED))

    def _reread_in_background(self) -> None:
        """Keep showing the pages in view while they are read again."""
        keep = self._pages.newest(4)
        self._forget_pages()
        for page, rows in keep:
            self._pages.store(page, rows)
            self._request_page(page)

    def _prime(self, rows: list[Claim]) -> None:
        self._pages.prime(rows)

    def _forget_pages(self) -> None:
        self._pages.forget()
        self._counting = False

    @property
    def asynchronous(self) -> bool:
        return self.loader is not None and (self.query.library_wide or self._count > SYNC_ROWS)

    # -- rows --------------------------------------------------------------------------------

    def claim_at(self, row: int) -> Claim | None:
        """The claim in a row, or None while its page is still being read."""
        if not 0 <= row < self._count:
            return None
        page, offset = divmod(row, PAGE)
        rows = self._pages.get(page)
        if rows is None:
            rows = self._load(page)
            if rows is None:
                return None
        return rows[offset] if offset < len(rows) else None

    def row_of(self, claim_id: str) -> int | None:
        """The row of a claim if its page has been read (a long list is never searched whole)."""
        found = self._pages.row_of(claim_id)
        if found is not None:
            return found
        if not self.asynchronous:
            for page in range((self._count + PAGE - 1) // PAGE):
                if page in self._pages:
                    continue
                rows = self._load(page) or []
                for offset, claim in enumerate(rows):
                    if claim.id == claim_id:
                        return page * PAGE + offset
        return None

    def loaded_rows(self) -> int:
        return self._pages.loaded_rows()

    def _load(self, page: int) -> list[Claim] | None:
        if not self.asynchronous:
            rows = fetch_page(self.library, self.query, page, self._count)
            self._pages.store(page, rows)
            return rows
        if page not in self._pages.pending:
            self._request_page(page)
        return None

    def _request_page(self, page: int) -> None:
        query, count = self.query, self._count
        self._pages.request(page, lambda lib: fetch_page(lib, query, page, count))

    @Slot(object, int, object)
    def _on_loaded(self, token: object, page: int, rows: Any) -> None:
        if not self._pages.current(token):
            return
        if page == COUNT:
            self._on_counted(int(rows))
            return
        self._pages.pending.discard(page)
        self._pages.store(page, rows)
        first = page * PAGE
        last = min(first + PAGE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, UPDATED))

    def _on_counted(self, count: int) -> None:
        self._counting = False
        self._counted = self.query.filters()
        if count == self._count and self._pages:
            self._reread_in_background()
            return
        self.beginResetModel()
        self._forget_pages()
        self._count = count
        self.endResetModel()
        self.counted.emit(count)

    @Slot(object, int)
    def _on_dropped(self, token: object, page: int, *_: object) -> None:
        if self._pages.current(token):
            self._pages.pending.discard(page)
            if page == COUNT:
                self._counting = False

    # -- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    @qt_override()
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._count:
            return None
        claim = self.claim_at(index.row())
        column = index.column()
        if claim is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole and column == 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(claim, column)
        if role == ClaimIdRole:
            return claim.id
        if role == ClaimRole:
            return claim
        if role == Qt.ItemDataRole.DecorationRole and column == RATING:
            return labels.claim_color(claim)
        if role == Qt.ItemDataRole.ToolTipRole and column == CLAIM:
            if claim.needs_review:
                return labels.plain_tooltip(
                    self.tr("Needs review: %1").replace("%1", claim.review_reason or "")
                )
            return labels.plain_tooltip(labels.one_line(claim.label, 600))
        if role == Qt.ItemDataRole.ToolTipRole and column == UPDATED:
            return labels.short_time(claim.updated_at)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == CLAIM
            and (claim.orphaned or claim.needs_review)
        ):
            return QColor("#b26a00")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SOURCES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, claim: Claim, column: int) -> str:
        if column == CLAIM:
            # The mark of a claim whose place in a new text version awaits review.
            return ("⚠ " if claim.needs_review else "") + labels.one_line(claim.label)
        if column == STATUS:
            return labels.status_label(claim.status)
        if column == RATING:
            scale = self._scales.get(claim.scale or "") if claim.rating_key else None
            return labels.rating_label(scale, claim.rating_key, claim.rating)
        if column == SOURCES:
            return str(claim.sources)
        return labels.compact_time(claim.updated_at)

    def retranslate(self) -> None:
        self._headers = (
            self.tr("Claim"),
            self.tr("Status"),
            self.tr("Rating"),
            self.tr("Sources"),
            self.tr("Updated"),
        )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, UPDATED))

    @qt_override()
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the core's: a new order_by, and the table is read again from the top."""
        descending = order == Qt.SortOrder.DescendingOrder
        key = SORT_KEYS.get(column, "start" if column < 0 else None)
        if key is None:
            return
        if key == self.query.order_by and descending == self.query.descending:
            return
        self.set_query(dataclasses.replace(self.query, order_by=key, descending=descending))
