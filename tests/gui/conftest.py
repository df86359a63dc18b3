"""Fixtures for GUI tests: Qt offscreen, a real library file, background work run at once.

QT_QPA_PLATFORM is set before anything imports Qt, so the tests run without a display.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WORKBENCH_USER", "gui-tester")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from gui_helpers import ARTICLE  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QSettings  # noqa: E402

from workbench.core.library.store import Library  # noqa: E402


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes to the real data folder (log, default library)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)


@pytest.fixture
def actor() -> str:
    return "gui-tester"


@pytest.fixture
def article_id(lib: Library) -> str:
    return lib.articles.add(
        ARTICLE,
        title="Nvidia verliert",
        url="https://example.org/nvidia",
        site="example.org",
        language="de",
    ).article.id


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def session(qapp, lib: Library):
    from workbench.gui.session import Session

    opened = Session(lib)
    yield opened
    opened.close()


@pytest.fixture
def runner(qapp):
    from workbench.gui.tasks import TaskRunner

    return TaskRunner(synchronous=True)


@pytest.fixture
def window(qtbot, session, runner, settings, article_id):
    """The real main window on a library with one article; background work runs inline."""
    from workbench.gui import i18n
    from workbench.gui.mainwindow import MainWindow

    i18n.install("en")
    main = MainWindow(session, runner, settings)
    with qtbot.waitExposed(main):
        main.show()
    yield main
    # Gone before its library closes, so no late event reaches a window without a library.
    main.close()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch):
    """Answer the app's questions and swallow its messages instead of a person."""
    from workbench.gui import dialogs

    shown: list[str] = []

    class Answers:
        messages = shown
        confirm = True

    monkeypatch.setattr(
        dialogs,
        "show_error",
        lambda parent, error, title=None: shown.append(dialogs.describe(error)),
    )
    monkeypatch.setattr(dialogs, "show_info", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text, title=None: Answers.confirm)
    return Answers
