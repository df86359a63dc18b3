"""A page of claims filtered by rating reads its 100 rows in order from an index, never all
matching claims sorted afterwards, whichever column of the app's claim list sorts it."""

from __future__ import annotations

import pytest

from workbench.core.library.store import Library


def plan_of(lib: Library, call) -> str:  # type: ignore[no-untyped-def]
    call()  # the scales are read once
    statements: list[str] = []
    lib.db.conn.set_trace_callback(statements.append)
    try:
        call()
    finally:
        lib.db.conn.set_trace_callback(None)
    (sql,) = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    return " | ".join(row[3] for row in lib.db.conn.execute("EXPLAIN QUERY PLAN " + sql))


@pytest.mark.parametrize("order_by", ["status", "rating_value", "quote", "updated_at"])
@pytest.mark.parametrize("descending", [False, True])
def test_a_rated_page_is_read_in_index_order(lib: Library, order_by: str, descending: bool) -> None:
    plan = plan_of(
        lib,
        lambda: lib.claims.list(
            rating="Falsch", order_by=order_by, descending=descending, limit=100
        ),
    )

    assert "USING INDEX idx_claims_rating_" in plan
    assert "TEMP B-TREE" not in plan


def test_counting_a_rating_reads_only_an_index(lib: Library) -> None:
    plan = plan_of(lib, lambda: lib.claims.count(rating="Falsch"))

    assert "COVERING INDEX idx_claims_rating_scale_deleted_at" in plan


def test_the_indexes_are_built_on_an_analysed_library(db_path, article_text) -> None:  # type: ignore[no-untyped-def]
    """Statistics made before the indexes existed must not send a sorted page elsewhere."""
    from workbench.core.library.migrations import migrations

    with Library.open(db_path) as lib:
        article = lib.articles.add(article_text, title="Nvidia").article
        for quote in ("17 Prozent", "592,7 Milliarden Dollar", "5,6 Millionen Dollar"):
            claim = lib.claims.add(article.id, quote=quote)
            lib.verdicts.add(claim.id, "Falsch", scale="correctiv")
        for name in ("status", "rating_value", "quote", "scale_deleted_at"):
            lib.db.execute(f"DROP INDEX idx_claims_rating_{name}")
        lib.db.execute("ANALYZE")
        lib.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm_perf_rating_list_indexes'")
        migrations.apply(lib.db)

        stats = {r[0] for r in lib.db.execute("SELECT idx FROM sqlite_stat1")}
        assert "idx_claims_rating_status" in stats
        assert lib.claims.count(rating="Falsch") == 3
        ranked = lib.claims.list(rating="Falsch", order_by="quote", limit=100)
        assert [c.quote for c in ranked] == [
            "17 Prozent",
            "5,6 Millionen Dollar",
            "592,7 Milliarden Dollar",
        ]
