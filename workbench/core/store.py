"""Open a library file safely; every read and write of the workbench goes through Library.

A library is one SQLite file. Each connection runs in WAL mode with synchronous=FULL and foreign
keys on; each user action is one transaction with its audit entries. A file written by a newer
schema is refused untouched; before an older file is migrated it is backed up.
"""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workbench.core import ids
from workbench.core.errors import AmbiguousIdError, LibraryError, NotFoundError
from workbench.core.migrations import MIGRATION_SET, SCHEMA_STEPS, migrations
from workbench.core.models import AuditEntry
from workbench.core.scales import Scale, scale_from_dict
from workbench.core.search import SearchMixin
from workbench.core.store_articles import ArticlesMixin
from workbench.core.store_claims import ClaimsMixin
from workbench.core.store_sources import SourcesMixin
from workbench.core.timeutil import now_iso

SQLITE_HEADER = b"SQLite format 3\x00"
TABLES_BY_KIND = {
    "article": "articles",
    "claim": "claims",
    "source": "sources",
    "evidence": "evidence",
    "snapshot": "snapshots",
    "verdict": "verdicts",
}


def default_actor() -> str:
    """Who the audit log names: WORKBENCH_USER, else the login name."""
    try:
        return os.environ.get("WORKBENCH_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _inspect_existing(path: Path) -> list[str]:
    """Applied schema steps of an existing file, read without writing a byte to it."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise LibraryError(f"{path} is not a workbench library (not an SQLite file).")
    if not header:
        return []
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise LibraryError(f"Can't read {path}: {exc}.") from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "_sqlite_migrations" not in tables:
            if tables:
                raise LibraryError(f"{path} is an SQLite file, but not a workbench library.")
            return []
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        ).fetchall()
        if not rows and tables - {"_sqlite_migrations"}:
            raise LibraryError(f"{path} is an SQLite file, but not a workbench library.")
        return [r[0] for r in rows]
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{path} is not a workbench library ({exc}).") from exc
    finally:
        conn.close()


def backup_file(path: Path, applied: int) -> Path:
    """Copy the library with SQLite's backup API before its schema is changed."""
    stamp = now_iso().replace(":", "").replace("-", "")[:15]
    target = path.with_name(f"{path.name}.schema{applied}-{stamp}.bak")
    source = sqlite3.connect(str(path))
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


class Library(ArticlesMixin, ClaimsMixin, SourcesMixin, SearchMixin):
    """The case library in one SQLite file."""

    def __init__(self, db: Database, path: Path | None, actor: str) -> None:
        self.db = db
        self.path = path
        self.actor = actor
        self.backup_path: Path | None = None

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, actor: str | None = None, create: bool = True) -> Library:
        """Open (or create) a library, migrating an older schema after backing it up."""
        path = Path(path).expanduser()
        if path.is_dir():
            raise LibraryError(f"{path} is a folder, not a library file.")
        exists = path.exists()
        if not exists and not create:
            raise LibraryError(f"There is no library at {path}.")
        applied: list[str] = []
        if exists:
            try:
                applied = _inspect_existing(path)
            except OSError as exc:
                raise LibraryError(f"Can't read {path}: {exc.strerror or exc}.") from exc
            unknown = [name for name in applied if name not in SCHEMA_STEPS]
            if unknown:
                raise LibraryError(
                    f"{path} was written by a newer version of the workbench "
                    f"(schema step {unknown[-1]}); update the workbench to open it."
                )
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                with open(path, "xb"):
                    pass
            except OSError as exc:
                raise LibraryError(
                    f"Can't create a library at {path}: {exc.strerror or exc}."
                ) from exc
        if exists and not os.access(path, os.W_OK):
            raise LibraryError(f"Can't write to {path}: permission denied.")
        backup: Path | None = None
        try:
            if applied and len(applied) < len(SCHEMA_STEPS):
                backup = backup_file(path, len(applied))
            conn = sqlite3.connect(str(path))
            db = Database(conn, execute_plugins=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA busy_timeout=5000")
            if len(applied) < len(SCHEMA_STEPS):
                migrations.apply(db)
        except sqlite3.Error as exc:
            if not exists:
                _remove_quietly(path)
            raise LibraryError(f"Can't open the library {path}: {exc}.") from exc
        library = cls(db, path, actor or default_actor())
        library.backup_path = backup
        return library

    @classmethod
    def in_memory(cls, actor: str = "test") -> Library:
        """A throwaway library, for previews and quick experiments."""
        db = Database(memory=True, execute_plugins=False)
        db.execute("PRAGMA foreign_keys=ON")
        migrations.apply(db)
        return cls(db, None, actor)

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Library:
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

    def _audit(self, action: str, table: str, record_id: str, field: str | None = None,
               old: Any = None, new: Any = None) -> None:
        def encode(value: Any) -> str | None:
            if value is None:
                return None
            return json.dumps(value, ensure_ascii=False, default=str)

        self.db.execute(
            "INSERT INTO audit_log (at, actor, action, table_name, record_id, field, old, new)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [now_iso(), self.actor, action, table, record_id, field, encode(old), encode(new)],
        )

    def _audit_changes(self, table: str, record_id: str, before: dict[str, Any],
                       after: dict[str, Any]) -> None:
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
            self.db["settings"].upsert({"key": key, "value": value}, pk="key")
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
        if self.db.execute("SELECT 1 FROM scales WHERE short_name = ?", [scale.short_name]).fetchone():
            raise LibraryError(f"A scale called {scale.short_name!r} exists already.")
        row = {
            "short_name": scale.short_name, "name": scale.name,
            "description": scale.description, "language": scale.language, "builtin": 0,
            "definition": json.dumps([r.to_dict() for r in scale.ratings], ensure_ascii=False),
            "created_at": now_iso(),
        }
        with self.transaction():
            self.db["scales"].insert(row)
            self._audit("create", "scales", scale.short_name, new=row)
        return self.scale(scale.short_name)

    @staticmethod
    def _scale_from_row(row: dict[str, Any]) -> Scale:
        data = {
            "short_name": row["short_name"], "name": row["name"],
            "description": row["description"], "language": row["language"],
            "ratings": json.loads(row["definition"]),
        }
        scale = scale_from_dict(data)
        if row["builtin"]:
            return Scale(scale.short_name, scale.name, scale.description, scale.language,
                         scale.ratings, builtin=True)
        return scale


def _remove_quietly(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(f"{path}{suffix}")
        except OSError:
            pass
