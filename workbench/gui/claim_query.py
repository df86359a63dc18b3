"""Which claims the claim list shows, and how one page of them is read through the core.

A page deep in a long listing costs SQLite the whole offset. A page in the second half is
therefore read from the other end (the same query in the opposite order, a small offset) and
turned round, whenever that gives exactly the same rows: the core breaks ties between equal
sort values by id in both directions, so the trick is used only where no run of equal values
crosses the page's edges, which is checked on one extra row at each edge.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workbench.core.models import Claim

if TYPE_CHECKING:
    from workbench.core.store import Library

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


def sort_key(order_by: str) -> Callable[[Claim], tuple[bool, Any]]:
    """The value the core sorts by, with NULL first as SQLite puts it in ascending order."""

    def key(claim: Claim) -> tuple[bool, Any]:
        value = getattr(claim, order_by)
        return (value is not None, value)

    return key


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
    return library.claims(
        **query.filters(),
        order_by=query.order_by,
        descending=query.descending,
        limit=PAGE,
        offset=first,
    )


def mirrored_page(
    library: Library, query: ClaimQuery, first: int, size: int, count: int
) -> list[Claim] | None:
    """Rows first..first+size read from the other end; None when ties make that ambiguous."""
    if size <= 0:
        return []
    start = count - first - size  # where the page begins in the reversed listing
    before = 1 if start > 0 else 0
    after = 1 if start + size < count else 0
    got = library.claims(
        **query.filters(),
        order_by=query.order_by,
        descending=not query.descending,
        limit=size + before + after,
        offset=start - before,
    )
    if len(got) != size + before + after:
        return None  # the library changed since it was counted
    key = sort_key(query.order_by)
    body = got[before : before + size]
    if before and key(got[0]) == key(body[0]):
        return None
    if after and key(got[-1]) == key(body[-1]):
        return None
    body.sort(key=lambda claim: claim.id)
    body.sort(key=key, reverse=query.descending)
    return body


def count_claims(library: Library, query: ClaimQuery) -> int:
    return library.count_claims(**query.filters())
