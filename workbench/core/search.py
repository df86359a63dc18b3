"""Full-text search over articles, claims, sources and evidence that never fails on user input.

What a user types is never handed to FTS5 as syntax: each word becomes a quoted phrase with a
prefix star, so "US-Investor", "592,7", a lone quote mark, AND or NEAR( are plain words.
"""

from __future__ import annotations

import re
import sqlite3
from typing import TYPE_CHECKING

from workbench.core.models import SearchHit

if TYPE_CHECKING:
    from workbench.core.store import Library

MAX_TERMS = 32
_WORDLIKE = re.compile(r"\w", re.UNICODE)

# (kind, fts table, base table, title expression, snippet column index, article id expression)
_TARGETS = (
    ("article", "articles_fts", "articles", "b.title", 1, "b.id"),
    ("claim", "claims_fts", "claims", "coalesce(b.statement, b.quote)", -1, "b.article_id"),
    ("source", "sources_fts", "sources", "coalesce(b.title, b.url, b.note)", -1, "NULL"),
    ("evidence", "evidence_fts", "evidence", "coalesce(b.excerpt, b.note)", -1,
     "(SELECT article_id FROM claims WHERE id = b.claim_id)"),
)


def fts_query(text: str) -> str | None:
    """A safe FTS5 MATCH expression for what the user typed, or None when nothing is searchable."""
    terms = []
    for chunk in text.split():
        if not _WORDLIKE.search(chunk):
            continue
        terms.append('"' + chunk.replace('"', '""') + '"*')
        if len(terms) >= MAX_TERMS:
            break
    return " AND ".join(terms) if terms else None


def search_sql(kind_filter: tuple[str, ...] | None = None, limit: int = 50) -> str:
    """The SQL of a library search, with one ? for the MATCH expression per searched table."""
    parts = []
    for kind, fts, base, title, column, article in _TARGETS:
        if kind_filter and kind not in kind_filter:
            continue
        parts.append(
            f"SELECT * FROM (SELECT '{kind}' AS kind, b.id AS id, {title} AS title,"
            f" snippet({fts}, {column}, '[', ']', '…', 12) AS snippet, {article} AS article_id,"
            f" {fts}.rank AS rank FROM {fts} JOIN {base} b ON b.rowid = {fts}.rowid"
            f" WHERE {fts} MATCH ? ORDER BY {fts}.rank LIMIT {int(limit)})"
        )
    return " UNION ALL ".join(parts) + f" ORDER BY rank LIMIT {int(limit)}"


class SearchMixin:
    def search(self: Library, query: str, *, kinds: tuple[str, ...] | None = None,
               limit: int = 50) -> list[SearchHit]:
        """Hits for what the user typed, best first; an unusable query gives no hits, never an error."""
        match = fts_query(query or "")
        if match is None:
            return []
        sql = search_sql(kinds, limit)
        count = sql.count("MATCH ?")
        try:
            rows = self.db.execute(sql, [match] * count).fetchall()
        except sqlite3.OperationalError:
            return []
        hits = []
        for kind, record_id, title, snippet, article_id, rank in rows:
            if kind == "claim":
                deleted = self.db.execute(
                    "SELECT deleted_at FROM claims WHERE id = ?", [record_id]).fetchone()
                if deleted and deleted[0]:
                    continue
            hits.append(SearchHit(kind, record_id, title or "", snippet or "", article_id,
                                  float(rank)))
        return hits
