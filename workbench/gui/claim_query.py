"""Which claims the claim list shows, and how one page of them is read through the core.

A page deep in a long listing costs SQLite the whole offset. A page in the second half is
therefore read from the other end (the same query in the opposite order, a small offset) and
turned round: the core breaks ties between equal sort values by row in the sort's own
direction, so the opposite order is exactly the listing reversed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workbench.core.library.models import Claim

if TYPE_CHECKING:
    from workbench.core.library.store import Library

PAGE = 100


@dataclass(frozen=True)
class ClaimQuery:
    """Which claims the table lists and in which order ("start": their place in the text)."""

    article_id: str | None = None
    status: str | None = None
    rating: str | None = None
    text: str | None = None
    order_by: str = "start"
    descending: bool = False

    def filters(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "status": self.status,
            "rating": self.rating,
            "text": self.text,
        }

    @property
    def library_wide(self) -> bool:
        return self.article_id is None


def mirrorable(query: ClaimQuery) -> bool:
    # Across articles the core sorts "start" by article first, always ascending.
    return not (query.order_by == "start" and query.article_id is None)


def fetch_page(library: Library, query: ClaimQuery, page: int, count: int = 0) -> list[Claim]:
    """One page of the listing (count: the listing's length, when known)."""
    first = page * PAGE
    if count and first > count // 2 and mirrorable(query):
        rows = mirrored_page(library, query, first, min(PAGE, count - first), count)
        if rows is not None:
            return rows
    return library.claims.list(
        **query.filters(),
        order_by=query.order_by,
        descending=query.descending,
        limit=PAGE,
        offset=first,
    )


def mirrored_page(
    library: Library, query: ClaimQuery, first: int, size: int, count: int
) -> list[Claim] | None:
    """Rows first..first+size read from the other end; None when the library changed."""
    if size <= 0:
        return []
    got = library.claims.list(
        **query.filters(),
        order_by=query.order_by,
        descending=not query.descending,
        limit=size,
        offset=count - first - size,
    )
    if len(got) != size:
        return None  # the library changed since it was counted
    got.reverse()
    return got


def count_claims(library: Library, query: ClaimQuery) -> int:
    return library.claims.count(**query.filters())
