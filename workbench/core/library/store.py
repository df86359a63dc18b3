"""Open a library file safely; every read and write of the workbench goes through Library.

A library is one SQLite file. Each connection runs in WAL mode with synchronous=FULL and foreign
keys on; each user action is one transaction with its audit entries. A file written by a newer
schema is refused untouched; before an older file is migrated it is backed up.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
from contextlib import suppress
from pathlib import Path

from sqlite_utils import Database

from workbench.core.errors import LibraryError
from workbench.core.library.articles import ArticlesMixin
from workbench.core.library.base import StoreBase
from workbench.core.library.claims import ClaimsMixin
from workbench.core.library.migrations import MIGRATION_SET, SCHEMA_STEPS, migrations
from workbench.core.library.search import SearchMixin
from workbench.core.library.sources import SourcesMixin
from workbench.core.timeutil import now_iso

SQLITE_HEADER = b"SQLite format 3\x00"


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


class Library(ArticlesMixin, ClaimsMixin, SourcesMixin, SearchMixin, StoreBase):
    """The case library in one SQLite file."""

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


def _remove_quietly(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with suppress(OSError):
            os.remove(f"{path}{suffix}")
