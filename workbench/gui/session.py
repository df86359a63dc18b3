"""The open library, its undo stack and the announcement of what each action changed.

Every edit goes through Session.run: the core writes it at once (one transaction), the command
lands on the undo stack, and `changed` tells each view what was touched, so a view reloads only
what it shows (Anki's "report what changed").
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from workbench.core.errors import WorkbenchError
from workbench.core.library.changes import OpChanges

if TYPE_CHECKING:
    from workbench.core.library.scales import Scale
    from workbench.core.library.store import Library

log = logging.getLogger(__name__)


#: What one action touched: the core's OpChanges, under the name the views know.
Change = OpChanges


class Command(Protocol):
    """An edit the session can run and keep for undo (see workbench.gui.undo)."""

    def perform(self) -> Change: ...


class Session(QObject):
    """A Library opened on the UI thread, with the undo stack of the edits made to it."""

    changed = Signal(object)
    failed = Signal(object)
    #: Another program (the command line, a restore) committed to the library.
    changed_elsewhere = Signal()

    #: How often the library is asked whether another program changed it.
    WATCH_MS = 1000

    def __init__(self, library: Library | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.undo_stack = QUndoStack(self)
        self._scales: dict[str, Scale] | None = None
        self._data_version: int | None = None
        self._watch = QTimer(self)
        self._watch.setInterval(self.WATCH_MS)
        self._watch.timeout.connect(self.check_for_changes)
        if library is not None:
            self._start_watching()

    def _start_watching(self) -> None:
        assert self._library is not None
        self._data_version = self._library.data_version()
        self._watch.start()

    def check_for_changes(self) -> bool:
        """Notice commits by other connections (PRAGMA data_version) and tell the views to
        reload what they show. Returns whether something changed."""
        if self._library is None:
            return False
        try:
            version = self._library.data_version()
        except WorkbenchError:
            return False
        except Exception as exc:  # a closed or broken connection: stop asking
            log.warning("can't watch the library for changes: %r", exc)
            self._watch.stop()
            return False
        if version == self._data_version:
            return False
        self._data_version = version
        self._scales = None
        self.library.scales.forget()
        self.changed_elsewhere.emit()
        self.changed.emit(
            Change(
                claims_added_or_removed=True,
                evidence=True,
                verdict=True,
                articles=True,
                settings=True,
                suggestions=True,
            )
        )
        return True

    @property
    def library(self) -> Library:
        if self._library is None:
            raise RuntimeError("The library is not open yet.")
        return self._library

    @property
    def attached(self) -> bool:
        return self._library is not None

    def attach(self, library: Library) -> None:
        """Give the session its library (the window may be shown before the file is open)."""
        self._library = library
        self._scales = None
        self._start_watching()

    @property
    def path(self) -> Path | None:
        return self._library.path if self._library is not None else None

    def run(self, command: Command) -> bool:
        """Do an edit now and keep it for undo; a refused edit is reported, not raised."""
        try:
            change = command.perform()
        except WorkbenchError as exc:
            self.failed.emit(exc)
            return False
        self.undo_stack.push(command)  # type: ignore[arg-type]
        self.announce(change)
        return True

    def announce(self, change: Change) -> None:
        if change.settings:
            self._scales = None
        self.changed.emit(change)

    def scales(self) -> dict[str, Scale]:
        """The library's rating scales by short name, read once."""
        if self._scales is None:
            self._scales = {scale.short_name: scale for scale in self.library.scales.list()}
        return self._scales

    def default_scale(self) -> Scale:
        return self.library.scales.get()

    def close(self) -> None:
        self._watch.stop()
        self.undo_stack.clear()
        if self._library is not None:
            self._library.close()
            self._library = None
