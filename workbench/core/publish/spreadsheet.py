"""Claims as a CSV spreadsheet: one row per claim, safe to open in Excel or LibreOffice.

UTF-8 with a byte-order mark so spreadsheet programs read umlauts; every cell that a
spreadsheet would run as a formula is prefixed with an apostrophe (OWASP "CSV injection").
Rows are read from the library in pages and written as they come, so 200,000 claims need no
more memory than a few hundred.
"""

from __future__ import annotations

import contextlib
import csv
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.core.errors import InputError
from workbench.core.progress import ProgressCallback, check_cancel, no_progress

if TYPE_CHECKING:
    from workbench.core.library.store import Library

COLUMNS = (
    "article",
    "article_url",
    "quote",
    "statement",
    "claimant",
    "claim_date",
    "status",
    "scale",
    "rating",
    "rationale",
    "updated",
    "sources",
    "review_url",
)
PAGE = 2000
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def cell(value: Any) -> str:
    """A cell's text, neutralised when a spreadsheet would take it for a formula."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_START) or text.lstrip(" ").startswith(_FORMULA_START[:4]):
        return "'" + text
    return text


def rows(lib: Library, article_id: str | None = None) -> Iterator[list[str]]:
    """The claims as spreadsheet rows, read page by page."""
    scales = lib.scales.all()
    sql = (
        "SELECT c.rowid, a.title, a.url, c.quote, c.statement, c.claimant, c.claim_date,"
        " c.status, c.scale, c.rating, c.updated_at, c.review_url,"
        " (SELECT count(DISTINCT e.source_id) FROM evidence e WHERE e.claim_id = c.id),"
        " (SELECT v.rationale FROM verdicts v WHERE v.claim_id = c.id"
        "  ORDER BY v.created_at DESC, v.rowid DESC LIMIT 1)"
        " FROM claims c JOIN articles a ON a.id = c.article_id"
        " WHERE c.deleted_at IS NULL AND c.rowid > ?"
    )
    params: list[Any] = []
    if article_id:
        sql += " AND c.article_id = ?"
        params.append(article_id)
    sql += f" ORDER BY c.rowid LIMIT {PAGE}"
    last = 0
    while True:
        page = lib.db.execute(sql, [last, *params]).fetchall()
        if not page:
            return
        for row in page:
            (
                last,
                title,
                url,
                quote,
                statement,
                claimant,
                claim_date,
                status,
                scale_name,
                rating_key,
                updated,
                review_url,
                sources,
                rationale,
            ) = row
            scale = scales.get(scale_name or "")
            rating = scale.get(rating_key) if scale and rating_key else None
            label = rating.label(scale.language) if rating and scale else rating_key
            yield [
                cell(v)
                for v in (
                    title,
                    url,
                    quote,
                    statement,
                    claimant,
                    claim_date,
                    status,
                    scale_name,
                    label,
                    rationale if rating_key else None,
                    updated,
                    sources,
                    review_url,
                )
            ]


def write_csv(
    lib: Library,
    path: str | Path,
    *,
    article_id: str | None = None,
    delimiter: str = ",",
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
) -> int:
    """Write the claims to a CSV file atomically; returns the number of rows."""
    report = progress or no_progress
    from workbench.core.publish.export import refuse_live_database

    target = Path(path)
    refuse_live_database(target)
    temporary = target.with_name(target.name + ".part")
    total = lib.claims.count(article_id=article_id)
    count = 0
    try:
        with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
            writer.writerow(COLUMNS)
            for row in rows(lib, article_id):
                writer.writerow(row)
                count += 1
                if count % PAGE == 0:
                    check_cancel(cancel)
                    report(count, total, target.name)
        temporary.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise InputError(f"Can't write {target}: {exc.strerror or exc}.") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return count
