"""The claim table's page cache: the pages looked at last are kept, answers for an old
listing are never taken."""

from __future__ import annotations

from workbench.core.library.store import Library
from workbench.gui.claim_pages import PageCache
from workbench.gui.claim_query import PAGE


def test_the_least_recently_shown_page_is_dropped_first(lib: Library, article_id: str) -> None:
    claim = lib.claims.add(article_id, quote="17 Prozent")
    cache = PageCache(max_pages=2)
    cache.store(0, [claim])
    cache.store(1, [])
    assert cache.get(0) == [claim]  # looked at: now the newest
    cache.store(2, [])
    assert 1 not in cache
    assert 0 in cache and 2 in cache
    assert cache.row_of(claim.id) == 0
    assert cache.loaded_rows() == 1


def test_prime_fills_whole_pages_and_forget_drops_everything(lib: Library, article_id: str) -> None:
    claim = lib.claims.add(article_id, quote="17 Prozent")
    cache = PageCache()
    cache.prime([claim] * (PAGE + 1))
    assert [len(rows) for _, rows in cache.newest(5)] == [PAGE, 1]
    token = cache.token
    cache.pending.add(3)
    cache.forget()
    assert not cache and not cache.pending
    assert not cache.current(token)
    assert cache.current(cache.token)
