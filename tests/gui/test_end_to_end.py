"""The whole loop in the real main window, checked in the library file after every step.

Import an article, select a passage and mark it as a claim, add a source with an excerpt and a
stance, set a verdict with its rationale (kept as a draft while typed, one verdict entry when the
field is left), undo and redo the verdict, export ClaimReview.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gui_helpers import rows
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytest_httpserver import HTTPServer

from workbench.gui.evidence_widgets import EvidenceDialog

TEXT = (
    "Kurssturz an der Börse\n\n"
    "Die Aktie des Chipherstellers Nvidia fiel am Montag um rund 17 Prozent. "
    "Damit verlor das Unternehmen 592,7 Milliarden Dollar an Börsenwert.\n"
)
QUOTE = "592,7 Milliarden Dollar an Börsenwert"


@pytest.fixture
def page_server(http_server: HTTPServer):
    server = http_server
    server.expect_request("/kurse").respond_with_data(
        "<html><head><title>Kursdaten 27.01.</title></head><body><article><p>Nvidia lost "
        "$592.7bn in market value on Monday, the largest one-day loss in history.</p>"
        "</article></body></html>",
        content_type="text/html; charset=utf-8",
    )
    yield server


def fill_dialog_when_shown(fill) -> None:
    """Answer the next modal dialog as a user would: type into it, then press OK."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EvidenceDialog):
            QTimer.singleShot(20, attempt)
            return
        fill(dialog)

    QTimer.singleShot(0, attempt)


def test_the_whole_loop(qtbot, window, db_path: Path, tmp_path: Path, page_server, answer) -> None:
    with qtbot.waitActive(window):  # leaving a field saves it: focus needs an active window
        window.activateWindow()
    # 1. Import an article from a file.
    article_file = tmp_path / "kurssturz.txt"
    article_file.write_text(TEXT, encoding="utf-8")
    window.io.import_file(article_file)
    found = rows(
        db_path,
        "SELECT id, title, origin, file_name FROM articles WHERE title = ?",
        ("Kurssturz an der Börse",),
    )
    assert len(found) == 1
    article_id, _, origin, file_name = found[0]
    assert (origin, file_name) == ("file", "kurssturz.txt")
    assert article_id == window.current_article
    assert window.article_view.text.toPlainText().startswith("Kurssturz an der Börse")

    # 2. Select a passage and mark it as a claim (Ctrl+M).
    start = TEXT.index(QUOTE)
    window.article_view.select_span(start - 1, start + len(QUOTE))  # a blank too: trimmed
    window.article_view.text.setFocus()
    qtbot.keyClick(window.article_view.text, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    claims = rows(
        db_path,
        "SELECT id, quote, start, end, status, deleted_at FROM claims WHERE article_id = ?",
        (article_id,),
    )
    assert len(claims) == 1
    claim_id, quote, c_start, c_end, status, deleted = claims[0]
    assert (QUOTE, start, start + len(QUOTE), "open", None) == (
        quote,
        c_start,
        c_end,
        status,
        deleted,
    )
    assert claim_id == window.inspector.claim.id
    assert window.article_view.highlight_count() == 1
    assert window.claim_model.rowCount() == 1

    # 3. Add a web page as a source, with an excerpt and a stance (+ URL).
    url = page_server.url_for("/kurse")

    def fill(dialog: EvidenceDialog) -> None:
        qtbot.keyClicks(dialog.url, url)
        dialog.stance.setCurrentIndex(dialog.stance.findData("supports"))
        qtbot.keyClicks(dialog.excerpt, "lost $592.7bn in market value")
        qtbot.keyClicks(dialog.note, "Schlusskurs 27.01.")
        dialog._accept()

    fill_dialog_when_shown(fill)
    qtbot.mouseClick(window.inspector.evidence.buttons["url"], Qt.MouseButton.LeftButton)
    evidence = rows(
        db_path,
        "SELECT e.stance, e.excerpt, e.note, s.url, s.title FROM evidence e "
        "JOIN sources s ON s.id = e.source_id WHERE e.claim_id = ?",
        (claim_id,),
    )
    assert [
        ("supports", "lost $592.7bn in market value", "Schlusskurs 27.01.", url, "Kursdaten 27.01.")
    ] == evidence
    snapshots = rows(
        db_path,
        "SELECT http_status, content_type, warc IS NOT NULL FROM snapshots WHERE url = ?",
        (url,),
    )
    assert snapshots == [(200, "text/html", 1)]
    assert window.inspector.evidence.model.rowCount() == 1
    assert window.claim_model.index(0, 3).data() == "1"

    # 4. A verdict: pick the rating, write the rationale (a draft while typing, a verdict entry
    # when the field is left).
    inspector = window.inspector
    with qtbot.waitActive(window):  # the window manager's part once the dialog has closed
        window.activateWindow()
    inspector.rating.setFocus()
    qtbot.keyClicks(inspector.rating, "Mostly")  # type-ahead picks the first match
    assert (
        rows(db_path, "SELECT rating FROM claims WHERE id = ?", (claim_id,))[0][0] == "mostly-true"
    )
    inspector.rationale.setFocus()
    verdict_count = "SELECT count(*) FROM verdicts WHERE claim_id = ?"
    draft = "SELECT text FROM drafts WHERE claim_id = ? AND field = 'rationale'"
    # QTest types ASCII only; umlauts arrive as an input method would deliver them.
    qtbot.keyClicks(inspector.rationale, "Die Kursdaten ")
    qtbot.waitUntil(lambda: rows(db_path, draft, (claim_id,)) == [("Die Kursdaten ",)])
    inspector.rationale.insertPlainText("bestätigen den Verlust.")
    qtbot.waitUntil(
        lambda: rows(db_path, draft, (claim_id,)) == [("Die Kursdaten bestätigen den Verlust.",)]
    )
    assert rows(db_path, verdict_count, (claim_id,)) == [(1,)]  # typing pauses: only drafts
    inspector.statement.setFocus()
    assert rows(db_path, draft, (claim_id,)) == []
    verdicts = rows(
        db_path,
        "SELECT rating, rationale FROM verdicts WHERE claim_id = ? ORDER BY rowid",
        (claim_id,),
    )
    assert verdicts == [
        ("mostly-true", None),
        ("mostly-true", "Die Kursdaten bestätigen den Verlust."),
    ]
    assert window.claim_model.index(0, 2).data() == "Mostly true"

    # 5. Undo the rationale and the rating (Ctrl+Z), then redo both (Ctrl+Shift+Z).
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(db_path, "SELECT rating FROM claims WHERE id = ?", (claim_id,))[0] == (None,)
    verdicts = rows(
        db_path,
        "SELECT rating, rationale FROM verdicts WHERE claim_id = ? ORDER BY rowid",
        (claim_id,),
    )
    assert verdicts[2:] == [("mostly-true", None), (None, None)]
    assert inspector.rating.currentText() == "no verdict"
    assert inspector.rationale.toPlainText() == ""
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, shift_ctrl)
    qtbot.keyClick(window, Qt.Key.Key_Z, shift_ctrl)
    assert rows(db_path, "SELECT rating FROM claims WHERE id = ?", (claim_id,))[0] == (
        "mostly-true",
    )
    latest = rows(
        db_path,
        "SELECT rating, rationale FROM verdicts WHERE claim_id = ? ORDER BY rowid DESC LIMIT 1",
        (claim_id,),
    )
    assert latest == [("mostly-true", "Die Kursdaten bestätigen den Verlust.")]
    assert rows(db_path, "SELECT count(*) FROM verdicts WHERE claim_id = ?", (claim_id,))[0][0] == 6
    assert inspector.rationale.toPlainText() == "Die Kursdaten bestätigen den Verlust."

    # 6. Export ClaimReview for this article: only once the check is no longer open.
    target = tmp_path / "claimreview.json"
    from workbench.gui import dialogs
    from workbench.gui.undo import EditClaim

    def export() -> list:
        dialogs_ask = dialogs.ask_save_file
        try:
            dialogs.ask_save_file = lambda *args: str(target)
            window.actions_.export_claimreview.trigger()
        finally:
            dialogs.ask_save_file = dialogs_ask
        return json.loads(target.read_text(encoding="utf-8"))

    assert export() == []  # the claim is still open
    target.unlink()
    status = rows(db_path, "SELECT status FROM claims WHERE id = ?", (claim_id,))[0][0]
    window.session.run(
        EditClaim(window.session, claim_id, window.current_article, "status", status, "reviewed")
    )
    reviews = export()
    assert len(reviews) == 1
    assert reviews[0]["@type"] == "ClaimReview"
    assert reviews[0]["claimReviewed"] == QUOTE
    assert reviews[0]["reviewRating"]["name"] == "Mostly true"
    assert reviews[0]["reviewBody"] == "Die Kursdaten bestätigen den Verlust."
    assert answer.messages == []  # no error reached the user
