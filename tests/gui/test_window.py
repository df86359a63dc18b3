"""Working in the main window: selecting, searching, importing, exporting, saving on the fly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gui_helpers import rows
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)
from pytest_httpserver import HTTPServer

from workbench.core.library.store import Library


@pytest.fixture
def claims(lib: Library, article_id: str) -> list[str]:
    first = lib.claims.add(article_id, quote="17 Prozent", statement="Nvidia fiel um 17 %")
    second = lib.claims.add(article_id, quote="5,6 Millionen Dollar")
    lib.verdicts.add(first.id, "True", rationale="Kursdaten")
    return [first.id, second.id]


def test_selecting_a_claim_shows_it_everywhere(qtbot, window, claims) -> None:
    window.open_article(window.current_article)
    panel = window.claim_list
    assert window.claim_model.rowCount() == 2
    panel.table.setCurrentIndex(window.claim_model.index(1, 0))
    assert claims[1] == window.inspector.claim.id
    assert claims[1] == window.article_view.selected_id
    cursor = window.article_view.text.textCursor()
    assert (
        window.article_view.positions.from_qt(cursor.position())
        == window.session.library.claims.get(claims[1]).start
    )
    window.article_view.claim_clicked.emit(claims[0])
    assert claims[0] == panel.current_claim_id()
    assert window.inspector.statement.text() == "Nvidia fiel um 17 %"
    assert window.inspector.rating.currentText() == "True"
    assert window.inspector.rationale.toPlainText() == "Kursdaten"
    assert window.counts.text().replace("2 claims", "2 claim(s)") == "2 claim(s)  ·  1 with verdict"


def test_typing_a_statement_is_saved_when_the_typing_pauses(
    qtbot, window, claims, db_path: Path
) -> None:
    window.select_claim(claims[1])
    field = window.inspector.statement
    qtbot.keyClicks(field, "Training kostete 5,6 Mio.")
    sql = "SELECT statement FROM claims WHERE id = ?"
    qtbot.waitUntil(
        lambda: rows(db_path, sql, (claims[1],)) == [("Training kostete 5,6 Mio.",)], timeout=3000
    )
    window.actions_.undo.trigger()
    assert rows(db_path, sql, (claims[1],)) == [(None,)]
    assert field.text() == ""


def test_switching_claims_writes_pending_edits_first(qtbot, window, claims, db_path: Path) -> None:
    window.select_claim(claims[1])
    qtbot.keyClicks(window.inspector.claimant, "DeepSeek")
    window.select_claim(claims[0])
    assert rows(db_path, "SELECT claimant FROM claims WHERE id = ?", (claims[1],)) == [
        ("DeepSeek",)
    ]


def test_status_and_delete_with_undo(qtbot, window, claims, db_path: Path) -> None:
    window.select_claim(claims[1])
    status = window.inspector.status
    status.setCurrentIndex(status.findData("researching"))
    status.activated.emit(status.currentIndex())
    assert rows(db_path, "SELECT status FROM claims WHERE id = ?", (claims[1],)) == [
        ("researching",)
    ]
    window.actions_.delete_claim.trigger()
    assert window.claim_model.rowCount() == 1
    assert window.inspector.claim is None
    assert window.article_view.highlight_count() == 1
    window.actions_.undo.trigger()
    assert window.claim_model.rowCount() == 2
    assert window.article_view.highlight_count() == 2
    assert "Undo Edit claim" in window.actions_.undo.text().replace("&", "")


def test_marking_without_a_selection_explains_what_to_do(window) -> None:
    window.actions_.mark_claim.trigger()
    assert "Select a passage" in window.statusBar().currentMessage()


def test_library_search_opens_what_it_finds(qtbot, window, claims) -> None:
    window.search_box.setText("Millionen")
    window.run_search()
    model = window.search_panel.model
    assert not window.docks["search"].isHidden()
    kinds = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert kinds == ["Articles (1)", "Claims (1)"]
    hit = model.index(0, 0, model.index(1, 0))
    window.search_panel.view.activated.emit(hit)
    assert claims[1] == window.inspector.claim.id


def test_paste_drop_and_url_imports(
    qtbot, window, tmp_path: Path, db_path: Path, monkeypatch, answer, http_server: HTTPServer
) -> None:
    from workbench.gui import dialogs

    monkeypatch.setattr(dialogs, "ask_pasted_text", lambda parent: "Eingefügt\n\nEin Text.")
    window.actions_.paste_article.trigger()
    assert rows(db_path, "SELECT origin FROM articles WHERE title = ?", ("Eingefügt",)) == [
        ("pasted",)
    ]
    dropped = tmp_path / "notiz.md"
    dropped.write_text("# Notiz\n\nAus einer Datei gezogen.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert rows(db_path, "SELECT title, file_name FROM articles WHERE origin = 'file'") == [
        ("Notiz", "notiz.md")
    ]
    server = http_server
    page = (
        "<html><head><title>Meldung</title></head><body><article>"
        + "<p>Die Börse meldete am Montag einen deutlichen Kursrutsch bei Chipwerten.</p>" * 8
        + "</article></body></html>"
    )
    server.expect_request("/meldung").respond_with_data(page, content_type="text/html")
    window.io.import_url(server.url_for("/meldung"))
    found = rows(
        db_path,
        "SELECT a.title, a.origin, s.http_status FROM articles a "
        "JOIN snapshots s ON s.article_id = a.id",
    )
    assert found == [("Meldung", "url", 200)], answer.messages
    assert (
        window.current_article == rows(db_path, "SELECT id FROM articles WHERE origin='url'")[0][0]
    )
    assert answer.messages == []


def test_a_bad_file_gives_one_clear_message(window, tmp_path: Path, answer) -> None:
    binary = tmp_path / "bild.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    window.io.import_file(binary)
    assert len(answer.messages) == 1
    assert "Traceback" not in answer.messages[0]
    assert "bild.txt" in answer.messages[0]


def test_export_case_json(window, claims, tmp_path: Path) -> None:
    target = tmp_path / "fall.json"
    window.io.export_case(window.current_article, target)
    case = json.loads(target.read_text(encoding="utf-8"))
    assert {claims[0], claims[1]} == {c["id"] for c in case["claims"]}
    assert "written to" in window.statusBar().currentMessage()


def test_layout_is_remembered(qtbot, window, session, runner, settings) -> None:
    from workbench.gui.mainwindow import MainWindow

    window.docks["library"].hide()
    window.close()
    again = MainWindow(session, runner, settings)
    qtbot.addWidget(again)
    assert again.docks["library"].isHidden()
    assert not again.docks["claims"].isHidden()


def test_every_control_has_an_accessible_name(window, claims) -> None:
    window.select_claim(claims[0])
    kinds = (QLineEdit, QComboBox, QPlainTextEdit, QSpinBox, QAbstractItemView, QAbstractButton)
    widgets = [w for kind in kinds for w in window.findChildren(kind)]
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in widgets
        if w.isVisibleTo(window)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text().strip("✕ "))
        and type(w).__name__ not in ("QCalendarWidget",)
        and not type(w.parent()).__name__.startswith(("QComboBox", "QSpinBox", "QDockWidget"))
    ]
    assert unnamed == []


def test_tab_moves_through_the_inspector_in_reading_order(qtbot, window, claims) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    window.select_claim(claims[0])
    inspector = window.inspector
    inspector.statement.setFocus()
    seen = []
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert [
        inspector.claimant,
        inspector.claim_date,
        inspector.status,
        inspector.priority,
        inspector.scale,
        inspector.rating,
        inspector.rationale,
    ] == seen


def test_undo_redo_shortcuts_are_the_standard_ones(window) -> None:
    keys = [k.toString() for k in window.actions_.redo.shortcuts()]
    assert "Ctrl+Shift+Z" in keys
    assert window.actions_.undo.shortcut().toString() == "Ctrl+Z"
    assert window.actions_.find.shortcut().toString() == "Ctrl+F"


def test_delete_in_the_evidence_list_removes_evidence_not_the_claim(
    qtbot, window, claims, lib: Library, db_path: Path
) -> None:
    source = lib.sources.add(title="Interview mit A. Analystin", kind="person")
    lib.evidence.add(claims[0], source.id, stance="refutes", excerpt="Es waren 12 %.")
    window.select_claim(claims[0])
    with qtbot.waitActive(window):
        window.activateWindow()
    table = window.inspector.evidence.table
    table.setFocus()
    table.selectRow(0)
    window.actions_.delete_claim.trigger()
    assert rows(db_path, "SELECT count(*) FROM evidence")[0][0] == 0
    assert rows(db_path, "SELECT deleted_at FROM claims WHERE id = ?", (claims[0],)) == [(None,)]


def test_a_file_and_an_interview_as_evidence(window, claims, tmp_path: Path, db_path: Path):
    from workbench.gui.evidence_widgets import EvidenceInput

    window.select_claim(claims[0])
    panel = window.inspector.evidence
    report = tmp_path / "bericht.txt"
    report.write_text("Der Kurs fiel um 17 Prozent.\n", encoding="utf-8")
    assert panel.add(
        EvidenceInput(
            "file",
            "supports",
            "fiel um 17 Prozent",
            None,
            file_name=str(report),
            title="Bericht",
            kind="document",
        )
    )
    assert panel.add(
        EvidenceInput(
            "note",
            "context",
            "Eher 16 Prozent.",
            "Telefonat",
            title="Interview mit A. Analystin",
            kind="person",
            source_note="28.01., 10 Uhr",
        )
    )
    found = rows(
        db_path,
        "SELECT s.kind, s.title, s.file_name, e.stance, e.excerpt FROM evidence e"
        " JOIN sources s ON s.id = e.source_id ORDER BY e.created_at",
    )
    assert found == [
        ("document", "Bericht", str(report), "supports", "fiel um 17 Prozent"),
        ("person", "Interview mit A. Analystin", None, "context", "Eher 16 Prozent."),
    ]
    snapshot = rows(db_path, "SELECT s.text FROM snapshots s JOIN sources q ON q.id = s.source_id")
    assert snapshot == [("Der Kurs fiel um 17 Prozent.\n",)]
    assert panel.model.rowCount() == 2
    window.actions_.undo.trigger()
    assert panel.model.rowCount() == 1


def test_importing_a_changed_page_again_shows_what_changed(
    window, db_path: Path, answer, http_server: HTTPServer
) -> None:
    server = http_server
    first = "<p>Nvidia verlor an einem Tag 592,7 Milliarden Dollar an Börsenwert.</p>"
    second = "<p>Nvidia verlor an einem Tag 589 Milliarden Dollar an Börsenwert.</p>"
    filler = "<p>Die Börse meldete am Montag einen deutlichen Kursrutsch bei Chipwerten.</p>" * 6

    def serve(paragraph: str) -> None:
        server.clear()
        page = f"<html><head><title>Meldung</title></head><body><article>{paragraph}{filler}"
        server.expect_request("/meldung").respond_with_data(
            page + "</article></body></html>", content_type="text/html"
        )

    serve(first)
    window.io.import_url(server.url_for("/meldung"))
    serve(second)
    window.io.import_url(server.url_for("/meldung"))
    assert rows(db_path, "SELECT version FROM articles WHERE origin = 'url'") == [(2,)]
    shown = "\n".join(str(m) for m in answer.messages)
    assert "− Nvidia verlor an einem Tag 592,7 Milliarden Dollar an Börsenwert." in shown
    assert "+ Nvidia verlor an einem Tag 589 Milliarden Dollar an Börsenwert." in shown
