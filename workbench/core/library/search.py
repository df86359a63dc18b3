"""Full-text search over articles, claims, sources and evidence that never fails on user input.

What a user types is never handed to FTS5 as syntax: each word becomes a quoted phrase, so
"US-Investor", "592,7", a lone quote mark, AND or NEAR( are plain words. Whole words are
searched first; where they give fewer hits than asked for, words also match as prefixes
("Börsen" finds "Börsenwert"). Ranking (bm25) looks at the newest RANK_WINDOW matches of each
kind, so a common word in a large library costs milliseconds, not a scan of every match.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from workbench.core.errors import DamagedLibraryError
from workbench.core.library.models import SearchHit
from workbench.core.library.unit import Repository, is_damage

MAX_TERMS = 32
RANK_WINDOW = 500
_WORDLIKE = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class _Target:
    kind: str
    fts: str
    base: str
    title: str
    snippet_column: int
    article: str
    where: str = ""


TARGETS = (
    _Target("article", "articles_fts", "articles", "b.title", 1, "b.id"),
    _Target(
        "claim",
        "claims_fts",
        "claims",
        "coalesce(b.statement, b.quote)",
        -1,
        "b.article_id",
        " AND b.deleted_at IS NULL",
    ),
    _Target("source", "sources_fts", "sources", "coalesce(b.title, b.url, b.note)", -1, "NULL"),
    _Target(
        "evidence",
        "evidence_fts",
        "evidence",
        "coalesce(b.excerpt, b.note)",
        -1,
        "(SELECT article_id FROM claims WHERE id = b.claim_id)",
    ),
)


def fts_query(text: str, *, prefix: bool = True) -> str | None:
    """A safe FTS5 MATCH expression for what the user typed, or None when nothing is searchable."""
    terms = []
    for chunk in text.split():
        if not _WORDLIKE.search(chunk):
            continue
        terms.append('"' + chunk.replace('"', '""') + '"' + ("*" if prefix else ""))
        if len(terms) >= MAX_TERMS:
            break
    return " AND ".join(terms) if terms else None


def _cutoff_sql(t: _Target) -> str:
    return (
        f"SELECT rowid FROM {t.fts} WHERE {t.fts} MATCH ? ORDER BY rowid DESC"
        f" LIMIT 1 OFFSET {RANK_WINDOW - 1}"
    )


def _ranked_sql(t: _Target, limit: int) -> str:
    return (
        f"SELECT b.id, {t.title}, snippet({t.fts}, {t.snippet_column}, '[', ']', '…', 12),"
        f" {t.article}, {t.fts}.rank FROM {t.fts} JOIN {t.base} b ON b.rowid = {t.fts}.rowid"
        f" WHERE {t.fts} MATCH ? AND {t.fts}.rowid >= ?{t.where}"
        f" ORDER BY {t.fts}.rank LIMIT {int(limit)}"
    )


class Search(Repository):
    """Full-text search over articles, claims, sources and evidence."""

    def find(
        self, query: str, *, kinds: tuple[str, ...] | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Hits for what the user typed, best first; unusable input gives no hits, never an error.

        A damaged search index raises DamagedLibraryError instead of answering "no hits".
        """
        exact = fts_query(query or "", prefix=False)
        if exact is None:
            return []
        prefixed = fts_query(query, prefix=True)
        hits: list[SearchHit] = []
        try:
            for target in TARGETS:
                if kinds and target.kind not in kinds:
                    continue
                found = _ranked(self, target, exact, limit)
                if len(found) < limit and prefixed:
                    seen = {h.id for h in found}
                    found += [
                        h for h in _ranked(self, target, prefixed, limit) if h.id not in seen
                    ][: limit - len(found)]
                hits.extend(found)
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc, missing_table=True):
                return []  # text FTS5 can't parse: no hits, never an error
            # A damaged index must not look like "no hits".
            raise DamagedLibraryError(
                f"The library's search index is damaged ({exc}); run `workbench check`."
            ) from exc
        hits.sort(key=lambda h: h.rank)
        return hits[:limit]


def _ranked(lib: Repository, target: _Target, match: str, limit: int) -> list[SearchHit]:
    row = lib.db.execute(_cutoff_sql(target), [match]).fetchone()
    cutoff = row[0] if row else 0
    rows = lib.db.execute(_ranked_sql(target, limit), [match, cutoff]).fetchall()
    return [
        SearchHit(target.kind, record_id, title or "", snippet or "", article_id, float(rank))
        for record_id, title, snippet, article_id, rank in rows
    ]
