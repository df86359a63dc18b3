"""The pages of a claim listing read so far: a few at a time, the least recently shown dropped."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from workbench.core.library.models import Claim
from workbench.gui.claim_query import PAGE
from workbench.gui.paging import PageLoader

MAX_PAGES = 60


class PageCache:
    """Pages of rows by page number, and the page numbers being read in the background.

    Answers from the loader carry the token they were asked with; forget() makes a new one, so
    that pages read for an older listing are never shown.
    """

    def __init__(self, loader: PageLoader | None = None, max_pages: int = MAX_PAGES) -> None:
        self.loader = loader
        self.max_pages = max_pages
        self.pages: OrderedDict[int, list[Claim]] = OrderedDict()
        self.pending: set[int] = set()
        self.token = object()

    def request(self, page: int, job: Callable[[Any], Any]) -> None:
        """Have the loader read a page (or, for a negative number, the count) in the background."""
        assert self.loader is not None
        if page >= 0:
            self.pending.add(page)
        self.loader.request(self.token, page, job)

    def current(self, token: object) -> bool:
        """Whether an answer was asked for by this listing."""
        return token is self.token

    def forget(self) -> None:
        """Drop every page and every answer still on its way."""
        if self.loader is not None:
            self.loader.forget(self.token)
        self.token = object()
        self.clear()

    def __bool__(self) -> bool:
        return bool(self.pages)

    def __contains__(self, page: object) -> bool:
        return page in self.pages

    def get(self, page: int) -> list[Claim] | None:
        """A page's rows if read; a page looked at is the last to be dropped."""
        rows = self.pages.get(page)
        if rows is not None:
            self.pages.move_to_end(page)
        return rows

    def store(self, page: int, rows: list[Claim]) -> None:
        self.pages[page] = rows
        while len(self.pages) > self.max_pages:
            self.pages.popitem(last=False)

    def prime(self, rows: list[Claim]) -> None:
        """Fill the first pages from a whole listing read anyway."""
        for start in range(0, min(len(rows), self.max_pages * PAGE), PAGE):
            self.pages[start // PAGE] = rows[start : start + PAGE]

    def clear(self) -> None:
        self.pages.clear()
        self.pending.clear()

    def newest(self, count: int) -> list[tuple[int, list[Claim]]]:
        """The pages looked at last (those in view), oldest first."""
        return list(self.pages.items())[-count:]

    def row_of(self, claim_id: str) -> int | None:
        for page, rows in self.pages.items():
            for offset, claim in enumerate(rows):
                if claim.id == claim_id:
                    return page * PAGE + offset
        return None

    def loaded_rows(self) -> int:
        return sum(len(rows) for rows in self.pages.values())
