"""Open a library file safely; every read and write of the workbench goes through Library.

A library is one SQLite file. Each connection runs in WAL mode with synchronous=FULL, foreign
keys on and a busy timeout, and each user action is one `BEGIN IMMEDIATE` transaction with its
audit entries. The file is only ever touched through SQLite: closing any plain file handle of
it would drop the locks this process's connections hold (SQLite's "How To Corrupt", 2.2), and
another process could then delete the write-ahead log under them. A file written by a newer
schema is refused untouched; before an older file is migrated it is backed up.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
from contextlib import AbstractContextManager, suppress
from pathlib import Path

# isort: off
import workbench.core.library.lean_imports  # noqa: F401  (before sqlite-utils: see there)

# isort: on
from sqlite_utils import Database

from workbench.core import ids
from workbench.core.errors import (
    AmbiguousIdError,
    DamagedLibraryError,
    LibraryError,
    NotFoundError,
)
from workbench.core.library.articles import Articles
from workbench.core.library.claims import Claims
from workbench.core.library.migrations import MIGRATION_SET, SCHEMA_STEPS, migrations
from workbench.core.library.placements import Placements
from workbench.core.library.search import Search
from workbench.core.library.settings import AuditLog, Scales, Settings
from workbench.core.library.sources import Dismissals, EvidenceLinks, Snapshots, Sources
from workbench.core.library.unit import UnitOfWork, is_damage
from workbench.core.library.verdicts import Drafts, Verdicts

#: How long a writer waits for another one (the app beside a CLI command) before giving up.
BUSY_TIMEOUT_MS = 10_000

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


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"{path.resolve().as_uri()}?{query}" if query else path.resolve().as_uri()


def _damaged(path: Path, exc: sqlite3.DatabaseError) -> DamagedLibraryError:
    return DamagedLibraryError(
        f"The library {path} is damaged ({exc}). Restore the newest good backup:"
        " `workbench backups` lists them, `workbench restore BACKUP` puts one back."
    )


def inspect_existing(path: Path) -> list[str]:
    """Applied schema steps of an existing file, read through SQLite without writing to it.

    The file is never opened with a plain handle (see the module's docstring): SQLite itself
    tells a file that is not a database from one that is damaged.
    """
    try:
        conn = _connect(path, read_only=True)
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
        if "not a database" in str(exc) or "file is encrypted" in str(exc):
            raise LibraryError(f"{path} is not a workbench library (not an SQLite file).") from exc
        if is_damage(exc):
            raise _damaged(path, exc) from exc
        raise LibraryError(f"Can't read {path}: {exc}.") from exc
    finally:
        conn.close()


def backup_before_migration(path: Path) -> Path:
    """A verified backup of the library before its schema is changed."""
    from workbench.core.library.backups import backup_file

    return backup_file(path, reason="before-migration").path


def _writable(path: Path) -> bool:
    """Whether SQLite will be able to write the file and create its -wal and -shm beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    timeout = BUSY_TIMEOUT_MS / 1000
    if not read_only:
        # isolation_level=None: the unit of work issues BEGIN IMMEDIATE itself.
        return sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    wal = Path(f"{path}-wal")
    if not wal.exists():
        # Nobody is writing it (a writer keeps a -wal beside it): read the file as it is,
        # without leaving -wal or -shm files beside it, as a read-only medium needs.
        return sqlite3.connect(
            _uri(path, mode="ro", immutable="1"), uri=True, timeout=timeout, isolation_level=None
        )
    return sqlite3.connect(_uri(path, mode="ro"), uri=True, timeout=timeout, isolation_level=None)


class Library:
    """The case library in one SQLite file: a facade over its repositories.

    `lib.articles`, `lib.claims`, `lib.verdicts`, `lib.drafts`, `lib.sources`, `lib.evidence`,
    `lib.snapshots`, `lib.dismissals`, `lib.settings`, `lib.scales`, `lib.audit` and
    `lib.search` share one unit of work: one connection, one transaction per user action.
    """

    def __init__(
        self, db: Database, path: Path | None, actor: str, *, read_only: bool = False
    ) -> None:
        self.unit = UnitOfWork(db, path, actor, read_only=read_only)
        self.backup_path: Path | None = None
        self.settings = Settings(self.unit)
        self.scales = Scales(self.unit, self.settings)
        self.audit = AuditLog(self.unit)
        self.claims = Claims(self.unit, self.scales)
        self.articles = Articles(self.unit, self.claims)
        self.placements = Placements(self.unit, self.claims)
        self.verdicts = Verdicts(self.unit, self.claims, self.scales, self.audit)
        self.drafts = Drafts(self.unit)
        self.sources = Sources(self.unit)
        self.evidence = EvidenceLinks(self.unit, self.claims, self.sources)
        self.snapshots = Snapshots(self.unit)
        self.dismissals = Dismissals(self.unit)
        self.search = Search(self.unit)

    # -- what every caller shares -----------------------------------------------------------

    @property
    def db(self) -> Database:
        return self.unit.db

    @property
    def path(self) -> Path | None:
        return self.unit.path

    @property
    def actor(self) -> str:
        return self.unit.actor

    @actor.setter
    def actor(self, name: str) -> None:
        self.unit.actor = name

    @property
    def read_only(self) -> bool:
        return self.unit.read_only

    def transaction(self) -> AbstractContextManager[Database]:
        """One user action (see UnitOfWork.transaction)."""
        return self.unit.transaction()

    def data_version(self) -> int:
        return self.unit.data_version()

    def schema_steps(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]

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

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        actor: str | None = None,
        create: bool = True,
        read_only: bool = False,
    ) -> Library:
        """Open (or create) a library, migrating an older schema after backing it up.

        With create=False a missing file is an error and nothing is created. A library that
        can't be written (read-only file, folder or medium) opens read-only by itself.
        """
        path = Path(path).expanduser()
        if path.is_dir():
            raise LibraryError(f"{path} is a folder, not a library file.")
        exists = path.exists()
        if not exists and (not create or read_only):
            raise LibraryError(f"There is no library at {path}.")
        if not exists and not path.parent.is_dir():
            raise LibraryError(f"Can't create a library at {path}: the folder does not exist.")
        applied: list[str] = []
        if exists:
            applied = inspect_existing(path)
            unknown = [name for name in applied if name not in SCHEMA_STEPS]
            if unknown:
                raise LibraryError(
                    f"{path} was written by a newer version of the workbench "
                    f"(schema step {unknown[-1]}); update the workbench to open it."
                )
            if not read_only and not _writable(path):
                read_only = True
        if read_only and len(applied) < len(SCHEMA_STEPS):
            raise LibraryError(
                f"{path} was written by an older version of the workbench and must be upgraded,"
                " which needs write access."
            )
        backup: Path | None = None
        try:
            if applied and len(applied) < len(SCHEMA_STEPS):
                backup = backup_before_migration(path)
            conn = _connect(path, read_only=read_only)
            db = Database(conn, execute_plugins=False)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys=ON")
            if not read_only:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=FULL")
                if len(applied) < len(SCHEMA_STEPS):
                    migrations.apply(db)
        except sqlite3.DatabaseError as exc:
            if not exists:
                _remove_quietly(path)
            if is_damage(exc):
                raise _damaged(path, exc) from exc
            raise LibraryError(f"Can't open the library {path}: {exc}.") from exc
        library = cls(db, path, actor or default_actor(), read_only=read_only)
        library.backup_path = backup
        return library

    @classmethod
    def in_memory(cls, actor: str = "test") -> Library:
        """A throwaway library, for previews and quick experiments."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        db = Database(conn, execute_plugins=False)
        db.execute("PRAGMA foreign_keys=ON")
        migrations.apply(db)
        return cls(db, None, actor)


def _remove_quietly(path: Path) -> None:
    """Remove a library this call created and that failed before anything was in it."""
    for suffix in ("", "-wal", "-shm"):
        with suppress(OSError):
            os.remove(f"{path}{suffix}")
