"""The base of Library: its connection, transactions, audit log, id prefixes, settings and scales.

The parts of the library (articles, claims, sources, search) are mixins over this base, so that
each stays a small module; store.Library puts them together.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from sqlite_utils import Database

from workbench.core import ids
from workbench.core.errors import AmbiguousIdError, LibraryError, NotFoundError
from workbench.core.library.migrations import migrations
from workbench.core.library.models import AuditEntry
from workbench.core.library.scales import Scale, scale_from_dict
from workbench.core.timeutil import now_iso

if TYPE_CHECKING:
    from workbench.core.library.models import Article, Claim, Source

TABLES_BY_KIND = {
    "article": "articles",
    "claim": "claims",
    "source": "sources",
    "evidence": "evidence",
    "snapshot": "snapshots",
    "verdict": "verdicts",
}


class StoreBase:
    """What every part of the library shares."""

    def __init__(self, db: Database, path: Path | None, actor: str) -> None:
        self.db = db
        self.path = path
        self.actor = actor
        self.backup_path: Path | None = None

    # -- opening -------------------------------------------------------------------------

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action: everything inside commits together, audit entries included."""
        try:
            with self.db.atomic() as db:
                yield db
        except sqlite3.OperationalError as exc:
            raise LibraryError(f"The library could not be written: {exc}.") from exc

    # -- schema ------------------------------------------------------------------------------

    def schema_steps(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]

    # -- audit -------------------------------------------------------------------------------

    def _audit(
        self,
        action: str,
        table: str,
        record_id: str,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
    ) -> None:
        def encode(value: Any) -> str | None:
            if value is None:
                return None
            return json.dumps(value, ensure_ascii=False, default=str)

        self.db.execute(
            "INSERT INTO audit_log (at, actor, action, table_name, record_id, field, old, new)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [now_iso(), self.actor, action, table, record_id, field, encode(old), encode(new)],
        )

    def _audit_changes(
        self, table: str, record_id: str, before: dict[str, Any], after: dict[str, Any]
    ) -> None:
        for key, new in after.items():
            if key == "updated_at":
                continue
            if before.get(key) != new:
                self._audit("update", table, record_id, key, before.get(key), new)

    def audit(self, record_id: str | None = None, limit: int | None = None) -> list[AuditEntry]:
        sql = "SELECT * FROM audit_log"
        params: list[Any] = []
        if record_id:
            sql += " WHERE record_id = ?"
            params.append(record_id)
        sql += " ORDER BY seq"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [AuditEntry(**row) for row in self.db.query(sql, params)]

    # -- ids -----------------------------------------------------------------------------------

    def resolve(self, kind: str, prefix: str) -> str:
        """The full id of a record of this kind from a unique prefix of 4 or more characters."""
        table = TABLES_BY_KIND[kind]
        try:
            cleaned = ids.normalise_prefix(prefix)
        except ValueError as exc:
            raise NotFoundError(str(exc)) from exc
        rows = [
            r[0]
            for r in self.db.execute(
                f"SELECT id FROM {table} WHERE id >= ? AND id < ? LIMIT 3",
                [cleaned, cleaned + "\U0010ffff"],
            ).fetchall()
        ]
        if not rows:
            raise NotFoundError(f"No {kind} has an id starting with {prefix!r}.")
        if len(rows) > 1:
            raise AmbiguousIdError(
                f"The id prefix {prefix!r} matches more than one {kind}; give more characters."
            )
        return rows[0]

    # -- settings and scales --------------------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row and row[0] is not None else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            old = self.setting(key)
            self.db.table("settings").upsert({"key": key, "value": value}, pk="key")
            self._audit("update", "settings", key, "value", old, value)

    def scales(self) -> list[Scale]:
        rows = self.db.query("SELECT * FROM scales ORDER BY builtin DESC, created_at, short_name")
        return [self._scale_from_row(row) for row in rows]

    def scale(self, short_name: str | None = None) -> Scale:
        """A scale by short name; without one, the library's default scale."""
        name = short_name or self.setting("default_scale", "five-point") or "five-point"
        rows = list(self.db.query("SELECT * FROM scales WHERE short_name = ?", [name.lower()]))
        if not rows:
            known = ", ".join(s.short_name for s in self.scales())
            raise NotFoundError(f"There is no scale called {name!r}; known scales: {known}.")
        return self._scale_from_row(rows[0])

    def add_scale(self, scale: Scale | dict[str, Any]) -> Scale:
        if isinstance(scale, dict):
            scale = scale_from_dict(scale)
        if self.db.execute(
            "SELECT 1 FROM scales WHERE short_name = ?", [scale.short_name]
        ).fetchone():
            raise LibraryError(f"A scale called {scale.short_name!r} exists already.")
        row: dict[str, Any] = {
            "short_name": scale.short_name,
            "name": scale.name,
            "description": scale.description,
            "language": scale.language,
            "builtin": 0,
            "definition": json.dumps([r.to_dict() for r in scale.ratings], ensure_ascii=False),
            "created_at": now_iso(),
        }
        with self.transaction():
            self.db.table("scales").insert(row)
            self._audit("create", "scales", scale.short_name, new=row)
        self._forget_scales()
        return self.scale(scale.short_name)

    @staticmethod
    def _scale_from_row(row: dict[str, Any]) -> Scale:
        data = {
            "short_name": row["short_name"],
            "name": row["name"],
            "description": row["description"],
            "language": row["language"],
            "ratings": json.loads(row["definition"]),
        }
        scale = scale_from_dict(data)
        if row["builtin"]:
            return Scale(
                scale.short_name,
                scale.name,
                scale.description,
                scale.language,
                scale.ratings,
                builtin=True,
            )
        return scale

    def _all_scales(self) -> dict[str, Scale]:
        cache: dict[str, Scale] | None = self.__dict__.get("_scale_cache")
        if cache is None:
            cache = {s.short_name: s for s in self.scales()}
            self.__dict__["_scale_cache"] = cache
        return cache

    def _forget_scales(self) -> None:
        for key in ("_scale_cache", "_label_cache", "_names_cache"):
            self.__dict__.pop(key, None)

    if TYPE_CHECKING:  # provided by the mixins, used across them

        def article(self, article_id: str, *, with_text: bool = True) -> Article: ...

        def claim(self, claim_id: str) -> Claim: ...

        def claims(
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
        ) -> list[Claim]: ...

        def source(self, source_id: str) -> Source: ...
