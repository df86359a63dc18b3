"""Keep the app alive on PySide6 builds that drop references to None and True (PYSIDE-3474).

PySide6 6.12.0 on Python 3.11 returns None from void Qt calls, and True from signal emits,
without the reference it owes. Before Python 3.12 these objects are not immortal, so a long
session ends in "Fatal Python error: none_dealloc". Where the fault is detected at start-up,
the missing references are repaid twice a second (8 bytes each). Python 3.12 and later, and
PySide6 releases without the fault, need none of this and get none of it.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

log = logging.getLogger(__name__)

#: References kept on None, True and False; a burst of Qt calls between two top-ups must not
#: use them all up.
CUSHION = 200_000
INTERVAL_MS = 500

_ballast: list[object] = []
_state: dict[str, object] = {"timer": None}


class _Probe(QObject):
    ping = Signal()


def leaks() -> bool:
    """Whether this PySide6 build loses a reference to None or True on ordinary calls."""
    if sys.version_info >= (3, 12):
        return False
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        probe.setObjectName("probe")
        probe.ping.emit()
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    return lost_none >= 100 or lost_true >= 100


def top_up() -> int:
    """Give None, True and False their cushion of references back; returns how many."""
    added = 0
    for obj in (None, True, False):
        missing = CUSHION - sys.getrefcount(obj)
        if missing > 0:
            _ballast.extend([obj] * missing)
            added += missing
    return added


def install() -> bool:
    """Start repaying references when the fault is present; True when it is."""
    app = QCoreApplication.instance()
    if app is None or _state["timer"] is not None or not leaks():
        return False
    log.warning(
        "This PySide6 build drops references to None/True on Python %s (PYSIDE-3474); "
        "they are repaid while the app runs. Use another PySide6 release or Python 3.12+.",
        sys.version.split()[0],
    )
    top_up()
    # The ballast must outlive the interpreter's own clean-up, or freeing it at exit would
    # take the counts below zero after all: it is given one reference that is never returned.
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(_ballast))
    timer = QTimer(app)
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(top_up)
    timer.start()
    _state["timer"] = timer
    return True
