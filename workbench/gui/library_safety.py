"""File ▸ Back up now, Restore backup… and Check library: the CLI's backup, restore and check.

The work runs off the UI thread on connections of its own. A restore copies the backup into the
library through SQLite (the library as it was is kept aside first), so the window reloads what
it shows and the undo stack, which speaks of changes the restore took away, is cleared.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from workbench.core.progress import ProgressCallback
from workbench.gui import dialogs
from workbench.gui.session import Session
from workbench.gui.tasks import TaskRunner


class LibrarySafetyCommands(QObject):
    """The File menu's backup, restore and check, for the open library (the window calls
    retranslate() when the language changes)."""

    def __init__(self, session: Session, runner: TaskRunner, menu: QMenu, parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.runner, self.parent_widget = session, runner, parent
        self.backup_now = QAction(parent)
        self.restore = QAction(parent)
        self.check = QAction(parent)
        self.backup_now.triggered.connect(self.make_backup)
        self.restore.triggered.connect(self.restore_backup)
        self.check.triggered.connect(self.check_library)
        menu.addSeparator()
        menu.addActions([self.backup_now, self.restore, self.check])
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language; nothing that writes is offered on a read-only
        library."""
        writable = not self.session.library.read_only
        self.backup_now.setEnabled(writable)
        self.restore.setEnabled(writable)
        self.backup_now.setText(self.tr("&Back up now"))
        self.restore.setText(self.tr("&Restore backup…"))
        self.check.setText(self.tr("C&heck library"))

    @property
    def path(self) -> Path:
        path = self.session.path
        assert path is not None
        return path

    def make_backup(self) -> None:
        from workbench.core.library.backups import backup_file

        path = self.path

        def work(cancel: threading.Event, progress: ProgressCallback) -> Any:
            return backup_file(path)

        def done(made: Any) -> None:
            dialogs.show_info(
                self.parent_widget,
                self.tr("A verified backup was written to %1.").replace("%1", str(made.path)),
            )

        self.runner.start(self.tr("Backing up the library"), work, done)

    def restore_backup(self) -> None:
        from workbench.core.library.backups import list_backups
        from workbench.core.library.backups import restore as restore_file

        path = self.path
        found = list_backups(path)
        if not found:
            dialogs.show_info(
                self.parent_widget, self.tr("There is no backup of this library yet.")
            )
            return
        items = [f"{b.made_at:%Y-%m-%d %H:%M} UTC — {b.path.name}" for b in found]
        chosen = dialogs.ask_choice(
            self.parent_widget, self.tr("Restore backup"), self.tr("Backup to restore:"), items
        )
        if chosen is None:
            return
        backup = found[chosen].path
        if not dialogs.confirm(
            self.parent_widget,
            self.tr(
                "Put the backup of %1 back in place of the library? The library as it is now"
                " is kept aside beside it."
            ).replace("%1", items[chosen]),
        ):
            return

        def work(cancel: threading.Event, progress: ProgressCallback) -> Any:
            return restore_file(path, backup)

        def done(result: Any) -> None:
            self.session.undo_stack.clear()
            self.session.check_for_changes()
            kept = str(result.kept_aside) if result.kept_aside else "—"
            dialogs.show_info(
                self.parent_widget,
                self.tr("The backup is restored. The library as it was is kept at %1.").replace(
                    "%1", kept
                ),
            )

        self.runner.start(self.tr("Restoring a backup"), work, done)

    def check_library(self) -> None:
        from workbench.core.library.checks import check_file
        from workbench.gui.guard import damage_message

        path = self.path

        def work(cancel: threading.Event, progress: ProgressCallback) -> Any:
            return check_file(path)

        def done(report: Any) -> None:
            if report.ok:
                dialogs.show_info(
                    self.parent_widget,
                    self.tr("The library is in good order (%1).").replace(
                        "%1", ", ".join(report.checks_run)
                    ),
                )
            else:
                dialogs.show_error(self.parent_widget, damage_message(path, report))

        self.runner.start(self.tr("Checking the library"), work, done)
