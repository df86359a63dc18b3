"""The rationale in the inspector: a draft while typing, one verdict entry when it is left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import rows
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from workbench.core.library.store import Library
from workbench.gui.inspector import DRAFT_PAUSE_MS

# The rows after the verdict the claim was given at the start.
VERDICTS = (
    "SELECT rating, rationale FROM verdicts WHERE claim_id = ? ORDER BY rowid LIMIT -1 OFFSET 1"
)
DRAFTS = "SELECT field, text FROM drafts WHERE claim_id = ?"


#: The claims here have a verdict already, so that a rationale typed for them is one entry.
RATED = "false"  # the key of "False" on the default scale


@pytest.fixture
def claim_id(lib: Library, article_id: str) -> str:
    claim = lib.claims.add(article_id, quote="17 Prozent").id
    lib.verdicts.add(claim, RATED)
    return claim


@pytest.fixture
def open_window(qtbot, settings: QSettings) -> Iterator:
    """Start the app on a library file, as a user would: its own connection, its own window."""
    from workbench.gui.mainwindow import MainWindow
    from workbench.gui.session import Session
    from workbench.gui.tasks import TaskRunner

    opened: list[tuple[MainWindow, Session]] = []

    def start(path: Path) -> MainWindow:
        session = Session(Library.open(path, actor="gui-tester"))
        window = MainWindow(session, TaskRunner(synchronous=True), settings)
        window.show()
        opened.append((window, session))
        return window

    yield start
    for window, session in opened:
        if session.attached:
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            session.close()


def type_with_pauses(qtbot, widget, db_path: Path, claim_id: str, *parts: str) -> None:
    """Type in bursts, waiting after each until the draft in the file has caught up."""
    typed = widget.toPlainText()
    for part in parts:
        qtbot.keyClicks(widget, part)
        typed += part
        qtbot.waitUntil(
            lambda text=typed: rows(db_path, DRAFTS, (claim_id,)) == [("rationale", text)],
            timeout=DRAFT_PAUSE_MS * 5,
        )


def test_typing_makes_drafts_and_leaving_the_field_one_verdict(
    qtbot, window, claim_id: str, db_path: Path
) -> None:
    with qtbot.waitActive(window):  # leaving a field needs an active window
        window.activateWindow()
    window.select_claim(claim_id)
    inspector = window.inspector
    inspector.rationale.setFocus()
    type_with_pauses(qtbot, inspector.rationale, db_path, claim_id, "Laut ", "Kursdaten ", "17 %.")
    assert rows(db_path, VERDICTS, (claim_id,)) == []  # pauses make no verdict rows
    assert inspector.history.rowCount() == 1  # only the verdict given at the start
    inspector.statement.setFocus()
    assert rows(db_path, VERDICTS, (claim_id,)) == [(RATED, "Laut Kursdaten 17 %.")]
    assert rows(db_path, DRAFTS, (claim_id,)) == []
    assert window.actions_.undo.text().replace("&", "") == "Undo Edit rationale"
    window.actions_.undo.trigger()  # one step takes it all back
    assert rows(db_path, VERDICTS, (claim_id,))[-1] == (RATED, None)
    assert inspector.rationale.toPlainText() == ""


def test_selecting_another_claim_commits_the_rationale(
    qtbot, window, lib: Library, article_id: str, claim_id: str, db_path: Path
) -> None:
    other = lib.claims.add(article_id, quote="5,6 Millionen Dollar").id
    lib.verdicts.add(other, RATED)
    window.open_article(article_id, claim_id)
    qtbot.keyClicks(window.inspector.rationale, "Stimmt so.")
    assert rows(db_path, VERDICTS, (claim_id,)) == []
    window.select_claim(other)
    assert rows(db_path, VERDICTS, (claim_id,)) == [(RATED, "Stimmt so.")]
    assert rows(db_path, DRAFTS, (claim_id,)) == []


def test_closing_the_window_commits_the_rationale(
    qtbot, open_window, claim_id: str, db_path: Path, lib: Library
) -> None:
    lib.close()  # only the app's own connection from here on
    window = open_window(db_path)
    window.select_claim(claim_id)
    qtbot.keyClicks(window.inspector.rationale, "Beim Schliessen")
    window.close()
    assert rows(db_path, VERDICTS, (claim_id,)) == [(RATED, "Beim Schliessen")]
    assert rows(db_path, DRAFTS, (claim_id,)) == []


def test_a_draft_survives_a_crash_and_is_restored(
    qtbot, open_window, claim_id: str, db_path: Path, lib: Library
) -> None:
    lib.close()
    first = open_window(db_path)
    first.select_claim(claim_id)
    type_with_pauses(qtbot, first.inspector.rationale, db_path, claim_id, "Halb ", "geschrieben")
    # The app is killed: its connection goes away, no focus leaves, no window is closed.
    first.session.close()
    first.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert rows(db_path, VERDICTS, (claim_id,)) == []

    again = open_window(db_path)
    with qtbot.waitActive(again):
        again.activateWindow()
    again.select_claim(claim_id)
    inspector = again.inspector
    assert inspector.rationale.toPlainText() == "Halb geschrieben"
    assert inspector.draft_note.isVisibleTo(again)
    assert inspector.draft_note.text().startswith("Unsaved draft restored.")
    assert rows(db_path, VERDICTS, (claim_id,)) == []  # showing it commits nothing
    inspector.rationale.setFocus()
    inspector.statement.setFocus()
    assert rows(db_path, VERDICTS, (claim_id,)) == [(RATED, "Halb geschrieben")]
    assert rows(db_path, DRAFTS, (claim_id,)) == []
    assert not inspector.draft_note.isVisibleTo(again)


def test_a_draft_equal_to_the_rationale_is_dropped(
    qtbot, window, lib: Library, claim_id: str, db_path: Path
) -> None:
    lib.verdicts.add(claim_id, None, rationale="Schon gespeichert")
    lib.drafts.save(claim_id, "rationale", "Schon gespeichert")
    window.select_claim(claim_id)
    assert not window.inspector.draft_note.isVisibleTo(window)
    assert rows(db_path, DRAFTS, (claim_id,)) == []
