"""The open library, its undo stack and the announcement of what each action changed.

Every edit goes through Session.run: the core writes it at once (one transaction), the command
lands on the undo stack, and `changed` tells each view what was touched, so a view reloads only
what it shows (Anki's "report what changed").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workbench.core.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.core.library.scales import Scale
    from workbench.core.library.store import Library
    from workbench.gui.undo import LibraryCommand

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """What one action touched."""

    article_id: str | None = None
    claim_ids: tuple[str, ...] = ()
    claims_added_or_removed: bool = False
    evidence: bool = False
    verdict: bool = False
    articles: bool = False
    settings: bool = False
    suggestions: bool = False


class Session(QObject):
    """A Library opened on the UI thread, with the undo stack of the edits made to it."""

    changed = Signal(object)
    failed = Signal(object)

    def __init__(self, library: Library | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.undo_stack = QUndoStack(self)
        self._scales: dict[str, Scale] | None = None

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

    @property
    def path(self) -> Path | None:
        return self._library.path if self._library is not None else None

    def run(self, command: LibraryCommand) -> bool:
        """Do an edit now and keep it for undo; a refused edit is reported, not raised."""
        try:
            change = command.perform()
        except WorkbenchError as exc:
            self.failed.emit(exc)
            return False
        self.undo_stack.push(command)
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
        self.undo_stack.clear()
        if self._library is not None:
            self._library.close()
            self._library = None
