"""Claims, their verdict history and the trail that explains every published verdict."""

from __future__ import annotations

import builtins
import dataclasses
from typing import Any

from workbench.core import ids
from workbench.core.dates import optional_date
from workbench.core.errors import InputError, NotFoundError
from workbench.core.library.anchoring import anchor_at, anchor_quote
from workbench.core.library.models import CLAIM_STATUSES, Claim
from workbench.core.library.scales import fold
from workbench.core.library.settings import Scales
from workbench.core.library.unit import Repository, UnitOfWork
from workbench.core.timeutil import now_iso
from workbench.core.urls import check_url

CLAIM_COLUMNS = (
    "c.id, c.article_id, coalesce(c.current_quote, c.quote) AS quote, c.prefix, c.suffix,"
    " c.start, c.end, c.orphaned,"
    " c.anchored_by, c.statement, c.claimant, c.claim_date, c.status, c.priority, c.scale,"
    " c.rating AS rating_key, c.rating_value, c.verdict_at, c.review_url, c.created_at,"
    " c.updated_at, c.deleted_at,"
    " (SELECT count(*) FROM evidence e WHERE e.claim_id = c.id) AS sources,"
    " c.quote AS marked_quote, c.marked_version, c.marked_start, c.marked_end,"
    " c.needs_review, c.confidence, c.review_reason"
)
EDITABLE_CLAIM_FIELDS = (
    "statement",
    "claimant",
    "claim_date",
    "status",
    "priority",
    "scale",
    "review_url",
)
CLAIM_FIELDS = tuple(f.name for f in dataclasses.fields(Claim))
SORTABLE = {
    "updated_at",
    "created_at",
    "start",
    "status",
    "priority",
    "rating_value",
    "verdict_at",
    "quote",
    "statement",
    "sources",
}


class Claims(Repository):
    """Claims: the passages of an article that are being checked, with status and verdict."""

    def __init__(self, unit: UnitOfWork, scales: Scales) -> None:
        super().__init__(unit)
        self._scales = scales

    def add(
        self,
        article_id: str,
        *,
        quote: str | None = None,
        start: int | None = None,
        end: int | None = None,
        occurrence: int | None = None,
        statement: str | None = None,
        claimant: str | None = None,
        claim_date: str | None = None,
        status: str = "open",
        priority: int = 0,
        claim_id: str | None = None,
    ) -> Claim:
        """Mark a passage of an article as a claim, by its quote or by its character span."""
        row = self.db.execute(
            "SELECT text, version FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"There is no article {article_id!r}.")
        text, version = row[0] or "", row[1]
        if start is not None and end is not None:
            anchor = anchor_at(text, start, end)
        elif quote is not None:
            anchor = anchor_quote(text, quote, occurrence)
        else:
            raise InputError("A claim needs a quote or a passage (start and end).")
        _check_status(status)
        claim_date = optional_date(claim_date)
        now = now_iso()
        record: dict[str, Any] = {
            "id": claim_id or ids.new_id(),
            "article_id": article_id,
            "quote": anchor.exact,
            "prefix": anchor.prefix,
            "suffix": anchor.suffix,
            "start": anchor.start,
            "end": anchor.end,
            "orphaned": 0,
            "anchored_by": "created",
            "marked_version": version,
            "marked_start": anchor.start,
            "marked_end": anchor.end,
            "current_quote": anchor.exact,
            "needs_review": 0,
            "confidence": 1.0,
            "statement": (statement or "").strip() or None,
            "claimant": claimant,
            "claim_date": claim_date,
            "status": status,
            "priority": int(priority),
            "created_at": now,
            "updated_at": now,
        }
        with self._unit.transaction():
            self.db.table("claims").insert(record)
            # The placement in the version it was marked on: where the fact-checker put it.
            self.db.table("claim_placements").insert(
                {
                    "id": ids.new_id(),
                    "claim_id": record["id"],
                    "article_id": article_id,
                    "version": version,
                    "start": anchor.start,
                    "end": anchor.end,
                    "quote": anchor.exact,
                    "orphaned": 0,
                    "method": "created",
                    "confidence": 1.0,
                    "needs_review": 0,
                    "flags": "[]",
                    "placed_at": now,
                }
            )
            self._unit.audit("create", "claims", record["id"], new=record)
        return self.get(record["id"])

    def update(self, claim_id: str, **fields: Any) -> Claim:
        """Change a claim's statement, claimant, date, status, priority, scale or review URL."""
        unknown = set(fields) - set(EDITABLE_CLAIM_FIELDS)
        if unknown:
            raise InputError(f"Claims have no editable field {sorted(unknown)[0]!r}.")
        if "status" in fields:
            _check_status(fields["status"])
        if "claim_date" in fields:
            fields["claim_date"] = optional_date(fields["claim_date"])
        if fields.get("review_url"):
            fields["review_url"] = check_url(fields["review_url"], what="The review URL")
        if "scale" in fields and fields["scale"]:
            fields["scale"] = self._scales.get(fields["scale"]).short_name
        if "priority" in fields:
            try:
                fields["priority"] = int(fields["priority"])
            except (TypeError, ValueError) as exc:
                raise InputError(
                    f"Priority must be a whole number, not {fields['priority']!r}."
                ) from exc
        current = self.get(claim_id)
        before = {k: getattr(current, k) for k in fields}
        changed = {k: v for k, v in fields.items() if before[k] != v}
        if not changed:
            return current
        with self._unit.transaction():
            self.db.table("claims").update(claim_id, {**changed, "updated_at": now_iso()})
            self._unit.audit_changes("claims", claim_id, before, changed)
        return self.get(claim_id)

    def delete(self, claim_id: str) -> Claim:
        """Set a claim aside; it keeps its verdicts and evidence and can be restored."""
        claim = self.get(claim_id)
        now = now_iso()
        with self._unit.transaction():
            self.db.table("claims").update(claim_id, {"deleted_at": now, "updated_at": now})
            self._unit.audit("delete", "claims", claim_id, "deleted_at", None, now)
        return claim

    def restore(self, claim_id: str) -> Claim:
        claim = self.get(claim_id)
        with self._unit.transaction():
            self.db.table("claims").update(claim_id, {"deleted_at": None, "updated_at": now_iso()})
            self._unit.audit("restore", "claims", claim_id, "deleted_at", claim.deleted_at, None)
        return self.get(claim_id)

    def get(self, claim_id: str) -> Claim:
        rows = list(
            self.db.query(f"SELECT {CLAIM_COLUMNS} FROM claims c WHERE c.id = ?", [claim_id])
        )
        if not rows:
            raise NotFoundError(f"There is no claim {claim_id}.")
        return self._claim_from_row(rows[0])

    def list(
        self,
        *,
        article_id: str | None = None,
        status: str | None = None,
        rating: str | None = None,
        text: str | None = None,
        order_by: str = "start",
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
        include_deleted: bool = False,
        needs_review: bool = False,
    ) -> builtins.list[Claim]:
        """Claims filtered by article, status, rating (a label in either language) and text.

        needs_review: only claims whose placement in the current text awaits the fact-checker.
        """
        where, params = self._claim_filter(
            article_id, status, rating, text, include_deleted, needs_review
        )
        if order_by not in SORTABLE:
            raise InputError(f"Claims can't be sorted by {order_by!r}.")
        direction = "DESC" if descending else "ASC"
        # The rowid breaks ties: every single-column index ends in it, so no sort is needed.
        column = "sources" if order_by == "sources" else f"c.{order_by}"
        sql = (
            f"SELECT {CLAIM_COLUMNS} FROM claims c {where}"
            f" ORDER BY {column} {direction}, c.rowid {direction}"
        )
        if order_by == "start" and not article_id:
            sql = (
                f"SELECT {CLAIM_COLUMNS} FROM claims c {where} "
                f"ORDER BY c.article_id, c.start {direction}, c.rowid {direction}"
            )
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return _claims_from_rows(self.db.execute(sql, params).fetchall(), self._scales.labels())

    def count(
        self,
        *,
        article_id: str | None = None,
        status: str | None = None,
        rating: str | None = None,
        text: str | None = None,
        include_deleted: bool = False,
        needs_review: bool = False,
    ) -> int:
        where, params = self._claim_filter(
            article_id, status, rating, text, include_deleted, needs_review
        )
        return int(self.db.execute(f"SELECT count(*) FROM claims c {where}", params).fetchone()[0])

    def _claim_filter(
        self,
        article_id: str | None,
        status: str | None,
        rating: str | None,
        text: str | None,
        include_deleted: bool,
        needs_review: bool = False,
    ) -> tuple[str, builtins.list[Any]]:
        clauses: builtins.list[str] = []
        params: builtins.list[Any] = []
        if not include_deleted:
            clauses.append("c.deleted_at IS NULL")
        if needs_review:
            clauses.append("c.needs_review")
        if article_id:
            clauses.append("c.article_id = ?")
            params.append(article_id)
        if status:
            _check_status(status)
            clauses.append("c.status = ?")
            params.append(status)
        if rating:
            if fold(rating) in ("none", "unrated", "-"):
                clauses.append("c.rating IS NULL")
            else:
                pairs = self._scales.ratings_matching(rating)
                if not pairs:
                    raise InputError(f"No scale has a rating called {rating!r}.")
                keys = sorted({key for _, key in pairs})
                scales = sorted({scale for scale, _ in pairs})
                clauses.append(f"c.rating IN ({', '.join('?' * len(keys))})")
                params.extend(keys)
                clauses.append(f"coalesce(c.scale, '') IN ({', '.join('?' * len(scales))})")
                params.extend(scales)
        if text:
            clauses.append(
                "(c.quote LIKE ? ESCAPE '\\' OR c.current_quote LIKE ? ESCAPE '\\'"
                " OR c.statement LIKE ? ESCAPE '\\' OR c.claimant LIKE ? ESCAPE '\\')"
            )
            params.extend([f"%{like_escape(text)}%"] * 4)
        return (("WHERE " + " AND ".join(clauses)) if clauses else ""), params

    def _claim_from_row(self, row: dict[str, Any]) -> Claim:
        label = color = None
        if row["rating_key"] and row["scale"]:
            scale = self._scales.all().get(row["scale"])
            if scale is None:
                self._scales.forget()
                scale = self._scales.all().get(row["scale"])
            rating = scale.get(row["rating_key"]) if scale else None
            if rating is not None and scale is not None:
                label, color = rating.label(scale.language), rating.color
        return Claim(
            **{
                **row,
                "orphaned": bool(row["orphaned"]),
                "needs_review": bool(row["needs_review"]),
                "rating": label,
                "rating_color": color,
            }
        )


ROW_FIELDS = (
    "id",
    "article_id",
    "quote",
    "prefix",
    "suffix",
    "start",
    "end",
    "orphaned",
    "anchored_by",
    "statement",
    "claimant",
    "claim_date",
    "status",
    "priority",
    "scale",
    "rating_key",
    "rating_value",
    "verdict_at",
    "review_url",
    "created_at",
    "updated_at",
    "deleted_at",
    "sources",
    "marked_quote",
    "marked_version",
    "marked_start",
    "marked_end",
    "needs_review",
    "confidence",
    "review_reason",
)


_NO_LABEL = (None, None)


def _claims_from_rows(
    rows: builtins.list[tuple[Any, ...]], labels: dict[tuple[str, str], tuple[str, str]]
) -> builtins.list[Claim]:
    """Claims from rows of CLAIM_COLUMNS (named by ROW_FIELDS), as cheaply as Python allows.

    A page of claims is built often: each frozen instance gets its attribute dictionary in one
    piece instead of going through __init__.
    """
    new, assign, get, fields = object.__new__, object.__setattr__, labels.get, ROW_FIELDS
    if rows and len(rows[0]) != len(fields):
        raise AssertionError("CLAIM_COLUMNS and ROW_FIELDS disagree")
    claims = []
    for row in rows:
        values = dict(zip(fields, row, strict=False))  # lengths checked above
        values["orphaned"] = bool(values["orphaned"])
        values["needs_review"] = bool(values["needs_review"])
        values["rating"], values["rating_color"] = get(
            (values["scale"], values["rating_key"]), _NO_LABEL
        )
        claim = new(Claim)
        assign(claim, "__dict__", values)
        claims.append(claim)
    return claims


def like_escape(text: str) -> str:
    """Text for a LIKE pattern that matches itself: %, _ and the escape character are literal."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _check_status(status: str) -> None:
    if status not in CLAIM_STATUSES:
        raise InputError(f"{status!r} is not a status; use one of: {', '.join(CLAIM_STATUSES)}.")
