"""Progress reporting and cancellation for long work, free of any UI toolkit."""

from __future__ import annotations

import threading
from collections.abc import Callable

from workbench.core.errors import Cancelled

#: Called with (done, total, message); total may be 0 when unknown.
ProgressCallback = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str) -> None:
    """A progress callback that reports nothing."""


def check_cancel(cancel: threading.Event | None) -> None:
    """Raise Cancelled when the user has asked to stop."""
    if cancel is not None and cancel.is_set():
        raise Cancelled("Cancelled.")
