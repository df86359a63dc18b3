"""Background work, the app's start (demo on first run), error dialogs and the log file."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from gui_helpers import rows
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from workbench.core.errors import Cancelled, InputError
from workbench.gui.tasks import TaskRunner, TaskStatus


def test_work_runs_off_the_ui_thread_and_reports_back(qtbot) -> None:
    runner = TaskRunner()
    status = TaskStatus(runner)
    qtbot.addWidget(status)
    release = threading.Event()
    seen: dict[str, object] = {}

    def work(cancel: threading.Event, progress) -> str:
        seen["thread"] = threading.current_thread() is threading.main_thread()
        progress(1, 4, "Reading page 1")
        release.wait(5)
        return "done"

    runner.start("Reading", work, lambda result: seen.setdefault("result", result))
    qtbot.waitUntil(lambda: status.label.text() == "Reading page 1", timeout=3000)
    assert not status.isHidden()
    assert (status.bar.value(), status.bar.maximum()) == (1, 4)
    release.set()
    qtbot.waitUntil(lambda: "result" in seen, timeout=3000)
    assert seen == {"thread": False, "result": "done"}
    assert status.isHidden()


def test_cancel_stops_the_work(qtbot) -> None:
    runner = TaskRunner()
    status = TaskStatus(runner)
    qtbot.addWidget(status)
    outcome: list[str] = []

    def work(cancel: threading.Event, progress) -> None:
        while not cancel.wait(0.01):
            pass
        raise Cancelled("Cancelled.")

    runner.start(
        "Slow",
        work,
        lambda _r: outcome.append("done"),
        on_cancel=lambda: outcome.append("cancelled"),
    )
    qtbot.waitUntil(lambda: not status.isHidden(), timeout=3000)
    status.cancel_button.click()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=3000)
    assert runner.active == []


def test_a_failure_reaches_the_ui_thread_as_an_error(qtbot) -> None:
    runner = TaskRunner()
    errors: list[tuple[str, BaseException]] = []
    runner.failed.connect(lambda title, exc: errors.append((title, exc)))

    def work(cancel: threading.Event, progress) -> None:
        raise InputError("The file is empty.")

    runner.start("Import", work)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert errors[0][0] == "Import"
    assert str(errors[0][1]) == "The file is empty."


def test_first_start_opens_the_demo_library(qtbot, tmp_path: Path, settings) -> None:
    from workbench.gui.app import Workbench

    path = tmp_path / "erste.sqlite"
    workbench = Workbench(settings, synchronous=True)
    workbench.start(path, demo_if_new=True)
    window = workbench.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    assert window.article_view.article is not None
    assert window.article_view.highlight_count() > 0
    assert window.claim_model.rowCount() > 0
    assert rows(path, "SELECT count(*) FROM articles")[0][0] == 1
    assert settings.value("library/last") == str(path)


def test_opening_another_library_replaces_the_window(qtbot, tmp_path: Path, settings) -> None:
    from workbench.gui.app import Workbench

    workbench = Workbench(settings, synchronous=True)
    assert workbench.open(tmp_path / "eins.sqlite", demo_if_new=True)
    first = workbench.window
    first.library_requested.emit(str(tmp_path / "zwei.sqlite"), True)
    second = workbench.window
    qtbot.addWidget(second)
    assert second is not first
    assert second.article_view.article is None  # a new library starts empty
    assert second.session.path == tmp_path / "zwei.sqlite"


def test_a_file_that_is_not_a_library_gives_a_message(
    qtbot, tmp_path: Path, settings, answer
) -> None:
    from workbench.gui.app import Workbench

    bogus = tmp_path / "notizen.sqlite"
    bogus.write_text("Das ist keine Datenbank.\n", encoding="utf-8")
    workbench = Workbench(settings, synchronous=True)
    assert not workbench.open(bogus)
    assert answer.messages == [f"{bogus} is not a workbench library (not an SQLite file)."]


def test_run_starts_and_quits(qtbot, tmp_path: Path, settings, monkeypatch) -> None:
    import workbench.gui.app as app_module

    settings.setValue("ui/language", "en")
    monkeypatch.setattr(app_module, "QSettings", lambda: settings)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)

    def close_when_loaded() -> None:
        window = next(
            (w for w in QApplication.topLevelWidgets() if getattr(w, "loaded", False)), None
        )
        if window is None:
            QTimer.singleShot(50, close_when_loaded)
            return
        window.close()
        QApplication.quit()

    # Closing the last window would post a quit that stops every later test's event loop.
    QApplication.instance().setQuitOnLastWindowClosed(False)
    QTimer.singleShot(50, close_when_loaded)
    try:
        assert app_module.run(tmp_path / "lauf.sqlite", demo_if_new=True) == 0
    finally:
        QApplication.instance().setQuitOnLastWindowClosed(True)
    assert rows(tmp_path / "lauf.sqlite", "SELECT count(*) FROM claims")[0][0] > 0
    assert (tmp_path / "xdg-data" / "workbench" / "workbench.log").exists()


def test_unexpected_errors_are_logged_and_shown(tmp_path: Path, monkeypatch) -> None:
    from workbench.gui import applog

    shown: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log_file = applog.setup_logging(tmp_path / "app.log")
    applog.install_excepthook(shown.append)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    logging.getLogger("workbench").handlers[-1].flush()
    assert [type(e) for e in shown] == [ZeroDivisionError]
    assert "ZeroDivisionError: division by zero" in log_file.read_text(encoding="utf-8")


def test_settings_are_kept_in_the_given_file(settings: QSettings) -> None:
    settings.setValue("ui/language", "de")
    settings.sync()
    assert Path(settings.fileName()).read_text(encoding="utf-8").count("language=de") == 1
