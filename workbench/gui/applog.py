"""The app's log file and its last line of defence: no traceback ever reaches the user.

Details go to workbench.log in the user's data folder (platformdirs user_data_dir); the user
sees one clear dialog.
"""

from __future__ import annotations

import functools
import logging
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

log = logging.getLogger("workbench")


def setup_logging(path: Path | None = None) -> Path | None:
    """Log to a rotating file; returns its path, or None when the folder can't be written."""
    from workbench.core.paths import log_path

    target = path or log_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("workbench")
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return target


def install_excepthook(show: Callable[[BaseException], None]) -> None:
    """Route uncaught errors (UI thread and worker threads) to the log and to one dialog."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("uncaught error", exc_info=(kind, error, trace))
        try:
            show(error)
        except Exception:  # noqa: BLE001 - the dialog itself failed; the log has it all
            log.exception("could not show the error dialog")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.error(
            "uncaught error in thread %s",
            args.thread,
            exc_info=args.exc_value or True,
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook


def qt_override(default: Any = None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """For methods Qt calls (events, filters, model data): an error is reported, never raised.

    An exception escaping into Qt is at best printed; PySide6 6.12 on Python 3.11 even
    crashes while printing it. The error goes to the log and to sys.excepthook (the dialog),
    and Qt gets a harmless default.
    """

    def wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            try:
                return method(*args, **kwargs)
            except Exception:  # noqa: BLE001 - reported here instead of inside Qt
                log.exception("error in %s", method.__qualname__)
                sys.excepthook(*sys.exc_info())
                return default

        return guarded

    return wrap
