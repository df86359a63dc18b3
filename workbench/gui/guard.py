"""What keeps the library safe while the app has it open.

- One app window per library: a lock (QLockFile, kept in the data folder, never beside the
  library) tells a second start that the library is open already; the command line is always
  allowed beside it.
- A check in the background at start: SQLite's quick check, and the full check (foreign keys,
  search index, guards, audit chain) after the app was not closed properly last time. A damaged
  library is named as damaged, with the newest good backup and how to restore it.
- Verified backups while editing: on the first write of a day and every 30 minutes of editing,
  made from a connection of their own off the UI thread.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QLockFile, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from workbench.core.library.backups import AUTO, backed_up_today, backup_file, newest_backup
from workbench.core.library.checks import CheckReport, check_file
from workbench.core.paths import data_dir

log = logging.getLogger(__name__)

BACKUP_EVERY_MS = 30 * 60 * 1000


def _key(path: Path) -> str:
    return hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:24]


class LibraryLock(QObject):
    """The app's claim on one library file, so that a second app window can't open it too.

    The holder also listens on a local socket named after the library: a second start asks it
    to come to the front instead of opening the library twice.
    """

    raise_requested = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder = data_dir() / "locks"
        folder.mkdir(parents=True, exist_ok=True)
        self.lock = QLockFile(str(folder / f"{_key(path)}.lock"))
        self.lock.setStaleLockTime(0)  # a lock of a process that is gone is taken over
        self.name = f"workbench-{_key(path)}"
        self.server: QLocalServer | None = None

    def acquire(self) -> int | None:
        """Take the lock; None when taken, else the process id of the app that holds it."""
        if self.lock.tryLock(100):
            self._listen()
            return None
        info = self.lock.getLockInfo()
        pids = [int(v) for v in info[1:] if isinstance(v, int)] if isinstance(info, tuple) else []
        return pids[0] if pids else -1

    def ask_holder_to_come_forward(self) -> bool:
        """Ask the app that holds the library to show its window; whether it was reached."""
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if not socket.waitForConnected(500):
            return False
        socket.write(b"raise\n")
        socket.waitForBytesWritten(500)
        socket.disconnectFromServer()
        return True

    def _listen(self) -> None:
        QLocalServer.removeServer(self.name)  # left behind by a crash; the lock is ours now
        server = QLocalServer(self)
        if server.listen(self.name):
            server.newConnection.connect(self._on_connection)
            self.server = server

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            self.raise_requested.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()


def damage_message(path: Path, report: CheckReport) -> str:
    """What a fact-checker is told about a damaged library, with the way back."""
    found = "; ".join(f.message for f in report.findings[:3])
    good = newest_backup(path)
    if good is None:
        way = "There is no backup of it yet: make a copy of the file before changing anything."
    else:
        way = (
            f"The newest good backup is {good.path} ({good.made_at:%Y-%m-%d %H:%M} UTC):"
            " File ▸ Restore backup, or `workbench restore` with that file, puts it back."
        )
    return f"The library {path} is damaged ({found}). {way}"


class Guard(QObject):
    """Checks and backups of the open library, in the background."""

    checked = Signal(object)  # CheckReport
    backed_up = Signal(object)  # Backup
    failed = Signal(str)

    def __init__(self, path: Path, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.settings = settings
        self._marker = f"library/open/{_key(path)}"
        self._commits_backed_up = 0
        self._day_done = ""
        self._timer = QTimer(self)
        self._timer.setInterval(BACKUP_EVERY_MS)
        self._commits: Callable[[], int] | None = None

    # -- start and stop ------------------------------------------------------------------

    def opened(self) -> bool:
        """Mark the library open; True when the app was not closed properly last time."""
        unclean = bool(self.settings.value(self._marker, False, type=bool))
        self.settings.setValue(self._marker, True)
        self.settings.sync()
        return unclean

    def closed(self) -> None:
        self.settings.remove(self._marker)
        self.settings.sync()

    # -- checks ----------------------------------------------------------------------------

    def check(self, *, full: bool) -> threading.Thread:
        """Check the library from a connection of its own, off the UI thread."""

        def work() -> None:
            self.checked.emit(check_file(self.path, quick=not full))

        thread = threading.Thread(target=work, name="library-check", daemon=True)
        thread.start()
        return thread

    # -- backups ----------------------------------------------------------------------------

    def watch(self, commits: Callable[[], int]) -> None:
        """Back up every 30 minutes while `commits()` (the session's write count) grows."""
        self._commits = commits
        self._timer.timeout.connect(self._maybe_backup)
        self._timer.start()

    def after_write(self) -> None:
        """The first write of a day makes a backup."""
        today = QDate.currentDate().toString(Qt.DateFormat.ISODate)
        if self._day_done == today:
            return
        self._day_done = today
        if not backed_up_today(self.path):
            self.backup()

    def _maybe_backup(self) -> None:
        count = self._commits() if self._commits else 0
        if count > self._commits_backed_up:
            self._commits_backed_up = count
            self.backup()

    def backup(self) -> threading.Thread:
        def work() -> None:
            try:
                made = backup_file(self.path, reason=AUTO)
            except Exception as exc:  # reported, never raised on a worker thread
                log.warning("automatic backup failed: %r", exc)
                self.failed.emit(str(exc))
                return
            self.backed_up.emit(made)

        thread = threading.Thread(target=work, name="library-backup", daemon=True)
        thread.start()
        return thread
