"""Verified backups of a library, their rotation, and restoring one.

A backup is made with SQLite's backup API (a consistent copy while others write) into a hidden
temporary name, checked with `integrity_check`, flushed to disk and only then renamed into
place: a file under a backup's name has passed its check, and a crash or a full disk leaves at
most a `.partial` file that nothing takes for a backup. Backups live in a folder beside the
library, `<name>-backups/`. Automatic ones are rotated: the newest 10, one a day for 7 days and
one a week for 4 weeks are kept.

Restoring never replaces the file under open connections: the current library is first copied
aside (or, when it is too damaged to read, renamed aside), and the backup is then copied into
the library through SQLite, so the app, if open, sees the restored records.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workbench.core.errors import DamagedLibraryError, LibraryError
from workbench.core.library.checks import CheckReport, check_connection

KEEP_LATEST = 10
KEEP_DAYS = 7
KEEP_WEEKS = 4
AUTO = "auto"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}(?:\d{6})?Z)-(?P<reason>[a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class Backup:
    """One verified backup file."""

    path: Path
    made_at: datetime
    size: int
    reason: str
    verified: bool = True

    def to_dict(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "time": self.made_at.isoformat().replace("+00:00", "Z"),
            "size": self.size,
            "reason": self.reason,
            "verified": self.verified,
        }


def backup_dir(library: Path) -> Path:
    """The folder that holds a library's backups."""
    return library.with_name(f"{library.name}-backups")


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S%fZ")


def _parse_stamp(text: str) -> datetime:
    fmt = "%Y%m%dT%H%M%S%fZ" if len(text) > 16 else "%Y%m%dT%H%M%SZ"
    return datetime.strptime(text, fmt).replace(tzinfo=UTC)


def _fsync(path: Path) -> None:
    """Flush a file that no connection of this process has open (a fresh backup)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def copy_verified(source: sqlite3.Connection, target: Path, *, history: bool = True) -> CheckReport:
    """Copy an open library into target through a temporary name; the copy is checked first.

    Raises LibraryError (and leaves nothing under target's name) when the copy fails or does
    not pass its check.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
            report = check_connection(dest, history=history)
        finally:
            dest.close()
        if not report.ok:
            raise DamagedLibraryError(
                "The backup copy did not pass its check: "
                + "; ".join(f.message for f in report.findings[:3])
            )
        _fsync(partial)
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        reason = getattr(exc, "strerror", None) or exc
        raise LibraryError(f"The backup could not be written to {target}: {reason}.") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return report


def make_backup(
    conn: sqlite3.Connection,
    library: Path,
    *,
    target: Path | None = None,
    reason: str = "manual",
    now: datetime | None = None,
) -> Backup:
    """A verified backup of the open library; never from a library that fails its check."""
    source_check = check_connection(conn, quick=True)
    if not source_check.ok:
        raise DamagedLibraryError(
            f"The library {library} fails its check, so no backup was made from it"
            " (it would not be a good one): "
            + "; ".join(f.message for f in source_check.findings[:3])
        )
    moment = now or datetime.now(UTC)
    if target is None:
        target = backup_dir(library) / f"{library.stem}-{_stamp(moment)}-{reason}.sqlite"
    target = target.expanduser()
    if target.resolve() in {Path(f"{library.resolve()}{s}") for s in ("", "-wal", "-shm")}:
        raise LibraryError("A backup can't be written onto the library itself.")
    copy_verified(conn, target, history=reason != "before-migration")
    backup = Backup(target, moment, target.stat().st_size, reason)
    if reason == AUTO:
        rotate(library, now=moment)
    return backup


def backup_file(library: Path, *, reason: str = "manual") -> Backup:
    """A verified backup of a library file, from a connection of its own (for a thread)."""
    conn = sqlite3.connect(str(library), timeout=10)
    try:
        return make_backup(conn, library, reason=reason)
    finally:
        conn.close()


def first_of_the_day(conn: sqlite3.Connection, library: Path) -> Backup | None:
    """The automatic backup on the first write of a day; None when today's exists."""
    if backed_up_today(library):
        return None
    return make_backup(conn, library, reason=AUTO)


def list_backups(library: Path) -> list[Backup]:
    """The verified backups of a library, newest first."""
    folder = backup_dir(library)
    found: list[Backup] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        try:
            made = _parse_stamp(match["stamp"])
        except ValueError:
            continue
        found.append(Backup(path, made, path.stat().st_size, match["reason"]))
    found.sort(key=lambda b: b.made_at, reverse=True)
    return found


def rotate(library: Path, *, now: datetime | None = None) -> list[Path]:
    """Remove automatic backups beyond the newest 10, one a day for 7 days, one a week for 4."""
    now = now or datetime.now(UTC)
    auto = [b for b in list_backups(library) if b.reason == AUTO]
    keep: set[Path] = {b.path for b in auto[:KEEP_LATEST]}
    days: set[object] = set()
    weeks: set[object] = set()
    for backup in auto:  # newest first: the first of each day or week is kept
        age = now - backup.made_at
        day = backup.made_at.date()
        week = backup.made_at.isocalendar()[:2]
        if age <= timedelta(days=KEEP_DAYS) and day not in days:
            days.add(day)
            keep.add(backup.path)
        if age <= timedelta(weeks=KEEP_WEEKS) and week not in weeks:
            weeks.add(week)
            keep.add(backup.path)
    removed = []
    for backup in auto:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


def backed_up_today(library: Path, *, now: datetime | None = None) -> bool:
    today = (now or datetime.now(UTC)).date()
    return any(b.made_at.date() == today for b in list_backups(library))


def newest_backup(library: Path) -> Backup | None:
    backups = list_backups(library)
    return backups[0] if backups else None


@dataclass(frozen=True)
class Restored:
    """What a restore did: where the replaced library was kept."""

    library: Path
    backup: Path
    kept_aside: Path | None


def _check_file(path: Path) -> None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise LibraryError(f"Can't read the backup {path}: {exc}.") from exc
    try:
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlite3.DatabaseError as exc:
            raise LibraryError(f"{path} is not a workbench backup ({exc}).") from exc
        if "_sqlite_migrations" not in tables:
            raise LibraryError(f"{path} is not a workbench backup.")
        report = check_connection(conn)
        if not report.ok:
            raise DamagedLibraryError(
                f"The backup {path} fails its check and was not restored: "
                + "; ".join(f.message for f in report.findings[:3])
            )
    finally:
        conn.close()


def restore(library: Path, backup: Path, *, now: datetime | None = None) -> Restored:
    """Put a backup back in place of the library; the current library is kept aside."""
    if not backup.is_file():
        raise LibraryError(f"There is no backup at {backup}.")
    if backup.resolve() == library.resolve():
        raise LibraryError("That is the library itself, not a backup of it.")
    _check_file(backup)
    stamp = _stamp(now or datetime.now(UTC))
    aside = library.with_name(f"{library.name}.before-restore-{stamp}")
    kept: Path | None = None
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if library.exists():
            try:
                live = sqlite3.connect(str(library), timeout=10)
                try:
                    if not check_connection(live, quick=True).ok:
                        raise sqlite3.DatabaseError("the current library is damaged")
                    copy_verified(live, aside)
                    kept = aside
                    source.backup(live)
                finally:
                    live.close()
            except (sqlite3.DatabaseError, DamagedLibraryError):
                # Too damaged to copy through SQLite: move the file and its journal aside.
                for suffix in ("", "-wal", "-shm"):
                    current = Path(f"{library}{suffix}")
                    if current.exists():
                        os.replace(current, Path(f"{aside}{suffix}"))
                kept = aside
                copy_verified(source, library)
        else:
            copy_verified(source, library)
    finally:
        source.close()
    conn = sqlite3.connect(str(library), timeout=10)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        report = check_connection(conn)
    finally:
        conn.close()
    if not report.ok:
        raise DamagedLibraryError(
            f"The restored library fails its check; the library before the restore is at {kept}."
        )
    return Restored(library, backup, kept)
