"""The app keeps the library safe: one window per library, checks at start, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.core.library import backups
from workbench.core.library.demo import build_demo
from workbench.core.library.store import Library
from workbench.gui.app import Workbench
from workbench.gui.guard import _key as guard_key


def _library(path: Path) -> None:
    with Library.open(path) as lib:
        build_demo(lib)


def test_a_second_window_on_the_same_library_is_refused_clearly(
    qtbot, tmp_path: Path, settings, answer
) -> None:
    path = tmp_path / "fall.sqlite"
    _library(path)
    first = Workbench(settings, synchronous=True)
    assert first.open(path)
    qtbot.addWidget(first.window)
    second = Workbench(settings, synchronous=True)
    assert not second.open(path)
    assert len(answer.messages) == 1
    assert f"The library {path} is open already in another window" in answer.messages[0]
    assert "that window was brought to the front" in answer.messages[0]
    assert "The command line works beside it." in answer.messages[0]
    qtbot.waitUntil(lambda: first.came_forward == 1, timeout=5000)
    first.release()
    third = Workbench(settings, synchronous=True)
    assert third.open(path)  # once the first lets go, it opens
    qtbot.addWidget(third.window)
    third.release()


def test_a_damaged_library_is_named_with_its_newest_backup(
    qtbot, tmp_path: Path, settings, answer
) -> None:
    path = tmp_path / "fall.sqlite"
    _library(path)
    with Library.open(path) as lib:
        good = backups.make_backup(lib.db.conn, path)
    conn = sqlite3.connect(str(path))
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")
    conn.commit()
    conn.close()
    # Not closed properly last time: the full check runs, and finds the tampering.
    settings.setValue(f"library/open/{guard_key(path)}", True)
    workbench = Workbench(settings, synchronous=True)
    assert workbench.open(path)
    qtbot.addWidget(workbench.window)
    qtbot.waitUntil(lambda: bool(answer.messages), timeout=10000)
    message = answer.messages[0]
    assert message.startswith(f"The library {path} is damaged (")
    assert "audit entry 2 does not match the chain" in message
    assert str(good.path) in message and "File ▸ Restore backup" in message
    workbench.release()


def test_the_first_edit_of_the_day_makes_a_verified_backup(
    qtbot, tmp_path: Path, settings, answer
) -> None:
    path = tmp_path / "fall.sqlite"
    _library(path)
    workbench = Workbench(settings, synchronous=True)
    assert workbench.open(path)
    window = workbench.window
    qtbot.addWidget(window)
    assert backups.list_backups(path) == []
    from workbench.gui.undo import SetSetting

    with qtbot.waitSignal(workbench.guard.backed_up, timeout=10000) as made:
        window.session.run(SetSetting(window.session, "organisation", "", "Faktencheck"))
    assert made.args[0].path.is_file()
    assert [b.reason for b in backups.list_backups(path)] == ["auto"]
    assert answer.messages == []
    workbench.release()


def test_file_menu_backs_up_checks_and_restores(
    qtbot, window, db_path: Path, answer, monkeypatch
) -> None:
    from workbench.gui import dialogs
    from workbench.gui.undo import EditClaim

    safety = window.safety
    safety.backup_now.trigger()
    made = backups.list_backups(db_path)
    assert len(made) == 1 and f"A verified backup was written to {made[0].path}." in answer.messages
    safety.check.trigger()
    assert answer.messages[-1].startswith("The library is in good order (integrity_check")
    library = window.session.library
    claim = library.claims.add(window.current_article, quote="17 Prozent")
    window.session.run(
        EditClaim(window.session, claim.id, claim.article_id, "statement", None, "Neu")
    )
    monkeypatch.setattr(dialogs, "ask_choice", lambda parent, title, label, items: 0)
    safety.restore.trigger()
    assert window.session.undo_stack.count() == 0
    assert library.db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    assert "The backup is restored. The library as it was is kept at" in answer.messages[-1]


def test_a_read_only_library_says_so_in_the_title(qtbot, tmp_path: Path, settings) -> None:
    from workbench.gui.mainwindow import MainWindow
    from workbench.gui.session import Session
    from workbench.gui.tasks import TaskRunner

    path = tmp_path / "fall.sqlite"
    _library(path)
    session = Session(Library.open(path, read_only=True))
    window = MainWindow(session, TaskRunner(synchronous=True), settings)
    qtbot.addWidget(window)
    assert window.windowTitle() == "fall.sqlite (read-only)"
    assert not window.safety.backup_now.isEnabled()
