"""Pages of long listings read on a worker thread through the worker's own Library connection.

A listing of 200,000 claims is read a page at a time with the core's limit and offset; a page
deep in the list can take SQLite longer than a frame, so it is read here and not on the UI
thread. Requests are served newest first, because the page the user looks at now matters more
than the pages scrolled past.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from workbench.core.library.store import Library

log = logging.getLogger(__name__)

Fetch = Callable[["Library"], Any]
MAX_QUEUED = 6
WORKERS = 3

_local = threading.local()


def thread_library(path: Path) -> Library:
    """The calling worker thread's own connection to the library, opened once per thread."""
    current: Library | None = getattr(_local, "library", None)
    if current is not None and current.path == path:
        return current
    if current is not None:
        current.close()
    from workbench.core.library.store import Library

    current = Library.open(path, create=False)
    _local.library = current
    return current


class PageLoader(QObject):
    """Serves page requests on a few worker threads, the latest request first.

    More than one worker, so that a slow page still being read (deep in a list sorted by an
    unindexed column) does not hold up the page the user looks at now.
    """

    loaded = Signal(object, int, object)
    failed = Signal(object, int, object)
    dropped = Signal(object, int)
    _arrived = Signal(object, int, object, object)

    def __init__(
        self, library_path: Path, parent: QObject | None = None, workers: int = WORKERS
    ) -> None:
        super().__init__(parent)
        self.path = library_path
        self.workers = workers
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(workers)
        self._queue: list[tuple[object, int, Fetch]] = []
        self._busy = 0
        self._arrived.connect(self._on_arrived)

    def request(self, token: object, page: int, fetch: Fetch) -> None:
        """Ask for a page; token tells the caller later whether the answer is still wanted."""
        self._queue.append((token, page, fetch))
        while len(self._queue) > MAX_QUEUED:
            old_token, old_page, _ = self._queue.pop(0)
            self.dropped.emit(old_token, old_page)
        self._pump()

    def forget(self, token: object) -> None:
        """Drop queued requests that belong to an old query."""
        self._queue = [item for item in self._queue if item[0] is not token]

    def idle(self) -> bool:
        return not self._busy and not self._queue

    def _pump(self) -> None:
        while self._busy < self.workers and self._queue:
            token, page, fetch = self._queue.pop()
            self._busy += 1
            self.pool.start(self._work(token, page, fetch))

    def _work(self, token: object, page: int, fetch: Fetch) -> Callable[[], None]:
        path, arrived = self.path, self._arrived

        def work() -> None:
            try:
                rows: Any = fetch(thread_library(path))
                error: BaseException | None = None
            except Exception as exc:  # noqa: BLE001 - handed to the UI thread
                rows, error = None, exc
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                arrived.emit(token, page, rows, error)

        return work

    @Slot(object, int, object, object)
    def _on_arrived(self, token: object, page: int, rows: Any, error: Any) -> None:
        self._busy -= 1
        if error is not None:
            log.warning("reading page %s failed: %r", page, error)
            self.failed.emit(token, page, error)
        else:
            self.loaded.emit(token, page, rows)
        self._pump()


def reading_library(library: Library, synchronous: bool) -> Library:
    """The connection a task reads through: its thread's own, or the window's when run inline."""
    if synchronous or library.path is None:
        return library
    return thread_library(library.path)
