"""The unit of work the repositories share: one connection, write transactions, audit entries.

Every user action is one `BEGIN IMMEDIATE` transaction: the write lock is taken at the start,
so a second writer (the app beside a CLI command) waits for the busy timeout instead of failing
at its first write. Nested transactions become savepoints. Audit entries are written in the same
transaction as the change they describe.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workbench.core.errors import LibraryError, ReadOnlyError
from workbench.core.library.migrations import audit_hash
from workbench.core.timeutil import now_iso


def encode_value(value: Any) -> str | None:
    """An audited value as JSON text (None stays NULL)."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, default=str)


class UnitOfWork:
    """The connection of one open library, shared by its repositories."""

    def __init__(
        self, db: Database, path: Path | None, actor: str, *, read_only: bool = False
    ) -> None:
        self.db = db
        self.path = path
        self.actor = actor
        self.read_only = read_only
        #: Write transactions committed through this unit: backups follow editing.
        self.commits = 0
        #: The action (see operations.py) whose audit entries are being written, if any.
        self.action_id: str | None = None
        self._depth = 0

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action: everything inside commits together, audit entries included."""
        if self.read_only:
            raise ReadOnlyError(
                f"{self.path} is open read-only; nothing can be changed in it."
                if self.path
                else "The library is open read-only; nothing can be changed in it."
            )
        conn = self.db.conn
        if self._depth or conn.in_transaction:
            name = f"wb_{self._depth}"
            conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self.db
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                conn.execute(f"RELEASE SAVEPOINT {name}")
            finally:
                self._depth -= 1
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _write_error(exc) from exc
        self._depth = 1
        try:
            yield self.db
        except sqlite3.OperationalError as exc:
            if conn.in_transaction:
                conn.rollback()
            raise _write_error(exc) from exc
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
        else:
            try:
                conn.commit()
                self.commits += 1
            except sqlite3.OperationalError as exc:
                if conn.in_transaction:
                    conn.rollback()
                raise _write_error(exc) from exc
        finally:
            self._depth = 0

    def audit(
        self,
        action: str,
        table: str,
        record_id: str,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
    ) -> None:
        """Record one change; call inside the transaction that makes it.

        Each entry carries the SHA-256 chain link over the one before it (see audit_hash).
        """
        row = (
            now_iso(),
            self.actor,
            action,
            table,
            record_id,
            field,
            encode_value(old),
            encode_value(new),
            self.action_id,
        )
        last = self.db.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        link = audit_hash(last[0] if last else None, row)
        self.db.execute(
            "INSERT INTO audit_log (at, actor, action, table_name, record_id, field, old, new,"
            " action_id, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [*row, link],
        )

    def audit_changes(
        self, table: str, record_id: str, before: dict[str, Any], after: dict[str, Any]
    ) -> None:
        """One audit entry per field whose value changed."""
        for key, new in after.items():
            if key == "updated_at":
                continue
            if before.get(key) != new:
                self.audit("update", table, record_id, key, before.get(key), new)

    def data_version(self) -> int:
        """Changes when another connection commits: how the app notices the CLI's edits."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])


def is_damage(exc: sqlite3.DatabaseError, *, missing_table: bool = False) -> bool:
    """Whether SQLite's error means a damaged file (or, with missing_table, a table gone)."""
    text = str(exc).lower()
    words = ("malformed", "corrupt", "disk i/o") + (("no such table",) if missing_table else ())
    return any(word in text for word in words)


def _write_error(exc: sqlite3.OperationalError) -> LibraryError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return LibraryError(
            "The library is busy: another program kept it locked for too long; try again."
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError(f"The library can't be written: {text}.")
    if "disk" in text and ("full" in text or "i/o" in text):
        return LibraryError(
            f"The library could not be written ({text}): is the disk full? Nothing was changed."
        )
    return LibraryError(f"The library could not be written: {text}. Nothing was changed.")


class Repository:
    """Base of the record repositories: the unit of work and its connection."""

    def __init__(self, unit: UnitOfWork) -> None:
        self._unit = unit

    @property
    def db(self) -> Database:
        return self._unit.db

    @property
    def actor(self) -> str:
        return self._unit.actor
