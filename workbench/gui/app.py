"""Start the desktop app: language, palette, log, the library (the demo on first start), a window.

`run()` is what `workbench` and `workbench gui` call. Opening another library replaces the
window with a new one on the other file; the layout comes back from QSettings.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from workbench.core.errors import WorkbenchError
from workbench.gui import applog, dialogs, i18n, theme
from workbench.gui.applog import qt_override

if TYPE_CHECKING:
    from workbench.core.library.checks import CheckReport
    from workbench.core.library.store import Library
    from workbench.gui.guard import Guard, LibraryLock
    from workbench.gui.mainwindow import MainWindow

log = logging.getLogger(__name__)
ORGANISATION = "workbench"
APPLICATION = "Fact-check Workbench"


def application() -> QApplication:
    """The QApplication, created once with the names QSettings and the log use."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Background threads (extraction is pure Python in parts) hand the interpreter back
        # to the UI thread every millisecond instead of every five.
        sys.setswitchinterval(0.001)
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName("workbench")
    app.setApplicationDisplayName(APPLICATION)
    return app


def choose_library(requested: Path | None, settings: QSettings) -> Path:
    """The file to open: the one asked for, else the last one used, else the default one."""
    if requested is not None:
        return Path(requested).expanduser()
    last = settings.value("library/last")
    if isinstance(last, str) and last and Path(last).is_file():
        return Path(last)
    from workbench.core.paths import default_library_path

    return default_library_path()


class Workbench(QObject):
    """Keeps the one window of the app and swaps it when another library is opened."""

    def __init__(self, settings: QSettings, *, synchronous: bool = False) -> None:
        super().__init__()
        self.settings = settings
        self.synchronous = synchronous
        self.window: MainWindow | None = None
        self._first_paint: Callable[[], None] = lambda: None
        self._lock: LibraryLock | None = None
        self.guard: Guard | None = None
        #: How often another start asked this app to show its window.
        self.came_forward = 0

    def open(self, path: Path, *, demo_if_new: bool = False, create: bool = True) -> bool:
        """Open a library in a new window; an error leaves the current window as it is."""
        library = self._open_library(path, demo_if_new, create)
        if library is None:
            return False
        old = self.window
        if old is not None:
            old.close()
        self.window = self._new_window(library)
        self.settings.setValue("library/last", str(path))
        if old is not None:
            old.session.close()
            old.deleteLater()
            self.window.show()
        self._guard(library, self.window)
        return True

    def start(self, path: Path, *, demo_if_new: bool) -> None:
        """Show the window at once and open the library right after its first paint."""
        self.window = self._new_window(None)
        self.window.show()

        def fill() -> None:
            window = self.window
            assert window is not None
            library = self._open_library(path, demo_if_new, create=True)
            if library is None:
                window.close()
                QApplication.exit(1)
                return
            window.session.attach(library)
            self.settings.setValue("library/last", str(path))
            window.load()
            self._guard(library, window)

        self._after_first_paint(self.window, fill)

    def _after_first_paint(self, window: QWidget, call: Callable[[], None]) -> None:
        """Run call once the window has been painted (or after a second at the latest)."""
        done = [False]

        def once() -> None:
            if not done[0]:
                done[0] = True
                window.removeEventFilter(self)
                call()

        self._first_paint = once
        window.installEventFilter(self)
        QTimer.singleShot(1000, once)

    @qt_override(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and watched is self.window:
            QTimer.singleShot(0, self._first_paint)
        return False

    def _open_library(self, path: Path, demo_if_new: bool, create: bool) -> Library | None:
        from workbench.core.library.store import Library
        from workbench.core.paths import default_library_path
        from workbench.gui.guard import LibraryLock

        is_new = not path.exists()
        lock = LibraryLock(path, self)
        holder = lock.acquire()
        if holder is not None:
            forward = lock.ask_holder_to_come_forward()
            lock.deleteLater()
            text = (
                self.tr(
                    "The library %1 is open already in another window of the workbench"
                    " (process %2); that window was brought to the front. The command line"
                    " works beside it."
                )
                if forward
                else self.tr(
                    "The library %1 is open already in another window of the workbench"
                    " (process %2); use that window. The command line works beside it."
                )
            )
            dialogs.show_error(
                self.window, text.replace("%1", str(path)).replace("%2", str(holder))
            )
            return None
        try:
            if create and is_new and path == default_library_path():
                path.parent.mkdir(parents=True, exist_ok=True)
            library = Library.open(path, create=create)
        except (WorkbenchError, OSError) as exc:
            lock.release()
            dialogs.show_error(self.window, exc)
            return None
        self.release()
        self._lock = lock
        lock.raise_requested.connect(self._come_forward)
        if is_new and demo_if_new:
            try:
                from workbench.core.library.demo import build_demo

                build_demo(library)
            except WorkbenchError as exc:
                log.warning("the demo case could not be added: %s", exc)
        return library

    def _guard(self, library: Library, window: MainWindow) -> None:
        """Check the library in the background and back it up while it is edited."""
        from workbench.gui.guard import Guard

        if library.path is None or library.read_only:
            return
        if self.guard is not None:
            self.guard.closed()
            self.guard.deleteLater()
        guard = Guard(library.path, self.settings, self)
        self.guard = guard
        unclean = guard.opened()
        guard.checked.connect(lambda report: self._on_checked(guard, report))
        guard.check(full=unclean)
        guard.watch(lambda: library.unit.commits)
        window.session.changed.connect(lambda _change: guard.after_write())

    def _on_checked(self, guard: Guard, report: CheckReport) -> None:
        from workbench.gui.guard import damage_message

        if report.ok:
            return
        log.error("the library %s failed its check: %s", guard.path, report.to_dict())
        dialogs.show_error(self.window, damage_message(guard.path, report))

    def _come_forward(self) -> None:
        """Another start asked for this library: show the window that has it."""
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
        self.came_forward += 1

    def release(self) -> None:
        """Let go of the library: the lock, and the mark that says it is open."""
        if self.guard is not None:
            self.guard.closed()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _new_window(self, library: Library | None) -> MainWindow:
        from workbench.gui.mainwindow import MainWindow
        from workbench.gui.session import Session
        from workbench.gui.tasks import TaskRunner

        session = Session(library)
        runner = TaskRunner(synchronous=self.synchronous)
        window = MainWindow(session, runner, self.settings)
        session.setParent(window)
        runner.setParent(window)
        window.library_requested.connect(self._on_requested)
        return window

    def _on_requested(self, path: str, new: bool) -> None:
        target = Path(path)
        if new and target.exists():
            dialogs.show_error(
                self.window,
                self.tr("%1 exists already; open it with File ▸ Open library.").replace("%1", path),
            )
            return
        self.open(target, create=new)


def run(library_path: Path | None = None, demo_if_new: bool = True) -> int:
    """Start the app on a library; the first start, with no library yet, opens the demo."""
    app = application()
    settings = QSettings()
    log_file = applog.setup_logging()
    log.info("starting; log at %s", log_file)
    applog.install_excepthook(lambda error: dialogs.show_error(QApplication.activeWindow(), error))
    i18n.install(str(settings.value("ui/language", "system")))
    theme.apply(str(settings.value("ui/theme", "system")))
    theme.follow_system()
    workbench = Workbench(settings)
    workbench.start(choose_library(library_path, settings), demo_if_new=demo_if_new)
    code = app.exec()
    workbench.release()
    settings.sync()
    return int(code)
