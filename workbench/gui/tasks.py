"""Background work: core functions run in a thread pool and hand their results back by signal.

A task is any callable taking a cancel Event and a progress callback, the core's own calling
convention, so the same function serves the command line. Results, errors and progress arrive
on the UI thread; the task itself never touches a widget or the window's Library connection.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from workbench.core.errors import Cancelled
from workbench.core.progress import ProgressCallback
from workbench.gui.applog import qt_override

log = logging.getLogger(__name__)

Work = Callable[[threading.Event, ProgressCallback], Any]

#: CPU-heavy steps (extracting text from pages) that may run at once. Waiting on the network
#: costs nothing, but every thread computing in Python competes with the UI thread for the
#: interpreter; twenty extractions at once would stall the window.
CPU_LANE = threading.BoundedSemaphore(1)


class _Relay(QObject):
    """Carries a task's signals from the worker thread to the UI thread (queued)."""

    progress = Signal(object, int, int, str)
    done = Signal(object, object)
    failed = Signal(object, object)
    cancelled = Signal(object)


class Task:
    """One piece of background work with its own cancel flag.

    A plain object, not a QRunnable: the pool runs its bound run method, so no C++ object can
    be deleted while a worker still returns from it.
    """

    def __init__(self, title: str, work: Work, relay: _Relay, *, visible: bool = True) -> None:
        self.title = title
        self.work = work
        self.visible = visible
        self.group = ""
        self.cancel_event = threading.Event()
        self.done_count = 0
        self.total = 0
        self.message = ""
        self.on_done: Callable[[Any], None] | None = None
        self.on_error: Callable[[BaseException], None] | None = None
        self.on_cancel: Callable[[], None] | None = None
        self._relay = relay

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        with contextlib.suppress(RuntimeError):  # the window went away while the work ran
            self._run()

    def _run(self) -> None:
        def report(done: int, total: int, message: str) -> None:
            self._relay.progress.emit(self, done, total, message)

        try:
            result = self.work(self.cancel_event, report)
        except Cancelled:
            self._relay.cancelled.emit(self)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the UI thread
            if self.cancel_event.is_set():
                self._relay.cancelled.emit(self)
            else:
                if not isinstance(exc, Exception):
                    log.error("task %r stopped: %r", self.title, exc)
                self._relay.failed.emit(self, exc)
        else:
            if self.cancel_event.is_set():
                self._relay.cancelled.emit(self)
            else:
                self._relay.done.emit(self, result)


class TaskRunner(QObject):
    """Starts tasks in a thread pool (or at once, for deterministic tests) and tracks them."""

    changed = Signal()
    failed = Signal(str, object)

    def __init__(
        self, parent: QObject | None = None, *, synchronous: bool = False, max_threads: int = 16
    ) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.active: list[Task] = []
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._relay.cancelled.connect(self._on_cancelled)

    def start(
        self,
        title: str,
        work: Work,
        on_done: Callable[[Any], None] | None = None,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        visible: bool = True,
        group: str = "",
    ) -> Task:
        """Run work off the UI thread; on_done gets its result on the UI thread."""
        task = Task(title, work, self._relay, visible=visible)
        task.group = group
        task.on_done, task.on_error, task.on_cancel = on_done, on_error, on_cancel
        self.active.append(task)
        if visible:
            self.changed.emit()
        if self.synchronous:
            task.run()
        else:
            self.pool.start(task.run)
        return task

    def visible_tasks(self) -> list[Task]:
        return [task for task in self.active if task.visible]

    def running(self, group: str) -> int:
        """How many tasks of a group (such as "import") are still at work."""
        return sum(1 for task in self.active if task.group == group)

    def cancel_all(self) -> None:
        for task in list(self.active):
            task.cancel()

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for running tasks (when closing); results still arrive through the event loop."""
        return self.pool.waitForDone(msecs)

    def _finish(self, task: Task) -> None:
        if task in self.active:
            self.active.remove(task)
            if task.visible:
                self.changed.emit()

    @Slot(object, int, int, str)
    def _on_progress(self, task: Task, done: int, total: int, message: str) -> None:
        task.done_count, task.total, task.message = done, total, message
        if task.visible:
            self.changed.emit()

    @Slot(object, object)
    def _on_done(self, task: Task, result: Any) -> None:
        self._finish(task)
        if task.on_done is not None:
            try:
                task.on_done(result)
            except Exception as exc:  # noqa: BLE001 - reported like any other failure
                self._report(task, exc)

    @Slot(object, object)
    def _on_failed(self, task: Task, exc: BaseException) -> None:
        self._finish(task)
        self._report(task, exc)

    def _report(self, task: Task, exc: BaseException) -> None:
        if task.on_error is not None:
            task.on_error(exc)
        else:
            self.failed.emit(task.title, exc)

    @Slot(object)
    def _on_cancelled(self, task: Task) -> None:
        self._finish(task)
        if task.on_cancel is not None:
            task.on_cancel()


class TaskStatus(QWidget):
    """The left part of the status bar: what runs in the background, its progress and Cancel."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(runner.cancel_all)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        layout.addWidget(self.cancel_button)
        runner.changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel background work"))
        self.bar.setAccessibleName(self.tr("Progress of background work"))
        self.refresh()

    @qt_override()
    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def refresh(self) -> None:
        tasks = self.runner.visible_tasks()
        self.setVisible(bool(tasks))
        if not tasks:
            return
        task = tasks[-1]
        text = task.message or task.title
        if len(tasks) > 1:
            text = (
                self.tr("%1 (and %2 more)").replace("%1", text).replace("%2", str(len(tasks) - 1))
            )
        self.label.setText(text)
        if task.total > 0:
            self.bar.setRange(0, task.total)
            self.bar.setValue(min(task.done_count, task.total))
        else:
            self.bar.setRange(0, 0)
