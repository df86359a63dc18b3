"""What the app tells the fact-checker is true, and what they type arrives: figure checks,
excerpt marks, history, keyboard-only dialogs, undo after marking."""

from __future__ import annotations

import pytest

from workbench.core.library.demo import build_demo
from workbench.core.library.store import Library
from workbench.gui import i18n
from workbench.gui.figure_panel import CHECK, FOUND, FigurePanel

# -- figure check -------------------------------------------------------------------------------


def _panel(qtbot, session, claim_id: str) -> FigurePanel:
    i18n.install("en")
    panel = FigurePanel(session)
    qtbot.addWidget(panel)
    panel.set_claim(session.library.claims.get(claim_id))
    panel.refresh()
    return panel


def test_demo_market_value_is_not_called_a_difference(qtbot, session, lib: Library) -> None:
    build_demo(lib)
    claim = next(c for c in lib.claims.list() if "592,7" in (c.statement or ""))
    panel = _panel(qtbot, session, claim.id)
    text = panel.visible_text()
    assert "differ" not in text and "142,62" not in text
    assert panel.summary.text().startswith("Nothing comparable")
    assert "nothing comparable" == panel.model.index(1, CHECK).data()


def test_a_refuting_page_shows_both_figures_and_where(qtbot, session, lib: Library) -> None:
    page = (
        "Im Netz heißt es, DeepSeek besitze 50.000 GPUs vom Typ H100. "
        "Nach Unterlagen des Unternehmens sind es tatsächlich 10.000 GPUs."
    )
    article = lib.articles.add("DeepSeek besitzt 50.000 GPUs.", title="A", language="de")
    claim = lib.claims.add(article.article.id, quote="DeepSeek besitzt 50.000 GPUs.")
    source = lib.sources.add(url="https://example.org/check", title="Faktencheck")
    lib.snapshots.add(url=source.url, body=page.encode(), text=page, source_id=source.id)
    lib.evidence.add(claim.id, source.id, stance="refutes", excerpt="DeepSeek besitze 50.000 GPUs")
    panel = _panel(qtbot, session, claim.id)
    assert "agree" not in panel.summary.text()
    assert panel.summary.text().startswith("⚠ 1 source gives the claim's figure")
    assert "50.000 GPUs · 10.000 GPUs" == panel.model.index(0, FOUND).data()
    assert "⚠ also a different figure" == panel.model.index(0, CHECK).data()
    start = page.index("10.000 GPUs")
    assert (
        f"In the saved copy at {start}–{start + 11}: …des Unternehmens sind es tatsächlich "
        "[10.000 GPUs]"
    ) in panel.places.text()
    assert panel.places.text().startswith(
        "In the excerpt at 17–28: …DeepSeek besitze [50.000 GPUs]"
    )


# -- excerpts -----------------------------------------------------------------------------------

FILE_TEXT = "Im Januar lag die Quote bei 16,97 Prozent, meldete die Nvidia-Aktie-Analyse."


def _file_evidence(lib: Library, tmp_path, excerpts: list[str]) -> tuple[str, list[str]]:
    from workbench.core.evidence.capture import read_file, store_file

    path = tmp_path / "quelle.txt"
    path.write_text(FILE_TEXT, encoding="utf-8")
    article = lib.articles.add("Die Quote lag bei 17 Prozent.", title="Q", language="de").article
    claim = lib.claims.add(article.id, quote="17 Prozent")
    source = store_file(lib, read_file(path))
    ids = [lib.evidence.add(claim.id, source.id, excerpt=e).id for e in excerpts]
    return claim.id, ids


def test_a_file_source_gets_the_same_found_mark(qtbot, session, runner, lib, tmp_path) -> None:
    from workbench.gui.evidence_panel import EvidencePanel
    from workbench.gui.evidence_widgets import EXCERPT
    from workbench.gui.evidence_widgets import FOUND as FOUND_COLUMN

    i18n.install("en")
    claim_id, _ = _file_evidence(lib, tmp_path, ["16,97 Prozent", "17 Prozent"])
    panel = EvidencePanel(session, runner)
    qtbot.addWidget(panel)
    panel.set_claim(lib.claims.get(claim_id))
    model = panel.model
    shown = {
        model.index(row, EXCERPT).data(): model.index(row, FOUND_COLUMN).data()
        for row in range(model.rowCount())
    }
    assert {"16,97 Prozent": "found", "17 Prozent": "not found"} == shown


def test_selected_words_in_the_snapshot_become_the_excerpt(
    qtbot, session, lib, tmp_path, db_path
) -> None:
    from gui_helpers import rows
    from PySide6.QtGui import QTextCursor

    from workbench.gui.snapshot_view import open_snapshot_view

    i18n.install("en")
    _, [evidence_id] = _file_evidence(lib, tmp_path, ["17 Prozent"])
    evidence = lib.evidence.get(evidence_id)
    snapshot = lib.snapshots.latest(evidence.source_id)
    view = open_snapshot_view(snapshot, FILE_TEXT, evidence.source, None, session, evidence)
    qtbot.addWidget(view)
    assert view.excerpt_button.isVisibleTo(view) and not view.excerpt_button.isEnabled()
    cursor = view.text.textCursor()
    start = FILE_TEXT.index("vidia")  # a drag that began inside a word
    cursor.setPosition(start)
    cursor.setPosition(start + len("vidia-Aktie"), QTextCursor.MoveMode.KeepAnchor)
    view.text.setTextCursor(cursor)
    assert view.excerpt_button.isEnabled()
    view.excerpt_button.click()
    sql = "SELECT excerpt FROM evidence WHERE id = ?"
    assert [("Nvidia-Aktie",)] == rows(db_path, sql, (evidence_id,))
    session.undo_stack.undo()
    assert [("17 Prozent",)] == rows(db_path, sql, (evidence_id,))


# -- history ------------------------------------------------------------------------------------


def test_a_rationale_written_before_the_rating_is_no_withdrawn_verdict(
    qtbot, window, lib: Library, article_id: str, db_path
) -> None:
    from gui_helpers import rows
    from PySide6.QtCore import Qt

    claim_id = lib.claims.add(article_id, quote="17 Prozent").id
    with qtbot.waitActive(window):  # leaving a field needs an active window
        window.activateWindow()
    window.select_claim(claim_id)
    inspector = window.inspector
    inspector.rationale.setFocus()
    qtbot.keyClicks(inspector.rationale, "Laut Kursdaten 16,97 %.")
    inspector.rating.setFocus()  # the rationale is left before any rating is chosen
    verdicts = "SELECT rating, rationale FROM verdicts WHERE claim_id = ?"
    assert [] == rows(db_path, verdicts, (claim_id,))
    assert [("Laut Kursdaten 16,97 %.",)] == rows(
        db_path, "SELECT text FROM drafts WHERE claim_id = ?", (claim_id,)
    )
    qtbot.keyClick(inspector.rating, Qt.Key.Key_Down)  # the first rating of the scale
    [(rating, rationale)] = rows(db_path, verdicts, (claim_id,))
    assert (True, "Laut Kursdaten 16,97 %.") == (rating is not None, rationale)
    assert [] == rows(db_path, "SELECT text FROM drafts WHERE claim_id = ?", (claim_id,))
    events = [entry.summary for entry in lib.verdicts.history(claim_id)]
    assert not any("withdrawn" in event for event in events), events


# -- dialogs filled with the keyboard alone ----------------------------------------------------


def _keyboard(qtbot, steps: list) -> None:
    """When the evidence dialog opens, play ``steps`` into whatever has the focus: a string is
    typed, a Qt key is pressed (Tab, Down, Return ...); nothing is clicked."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from workbench.gui.evidence_widgets import EvidenceDialog

    def play() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EvidenceDialog):
            QTimer.singleShot(20, play)
            return
        for step in steps:
            target = dialog.focusWidget()
            if isinstance(step, str):
                QTest.keyClicks(target, step)
            elif isinstance(step, tuple):
                QTest.keyClick(target, *step)
            else:
                QTest.keyClick(target, step)

    QTimer.singleShot(0, play)


def _downs(values: tuple[str, ...], start: str, wanted: str) -> list:
    from PySide6.QtCore import Qt

    return [Qt.Key.Key_Down] * (values.index(wanted) - values.index(start))


EVIDENCE_ROW = (
    "SELECT e.stance, e.excerpt, e.note, s.url, s.title, s.kind, s.note FROM evidence e "
    "JOIN sources s ON s.id = e.source_id WHERE e.claim_id = ? ORDER BY e.rowid"
)


def test_each_evidence_dialog_can_be_filled_with_the_keyboard_alone(
    qtbot, window, lib: Library, article_id: str, db_path, tmp_path, http_server, monkeypatch
) -> None:
    from gui_helpers import rows
    from PySide6.QtCore import Qt

    from workbench.core.library.models import SOURCE_KINDS, STANCES
    from workbench.gui import dialogs

    tab, ret = Qt.Key.Key_Tab, Qt.Key.Key_Return
    http_server.expect_request("/kurse").respond_with_data(
        "<html><head><title>Kurse</title></head><body><p>Minus 16,97 Prozent am Montag.</p>"
        "</body></html>",
        content_type="text/html; charset=utf-8",
    )
    url = http_server.url_for("/kurse")
    claim_id = lib.claims.add(article_id, quote="17 Prozent").id
    window.select_claim(claim_id)
    panel = window.inspector.evidence
    stance = STANCES[0]

    # A web page: address, title, kind, stance, excerpt, note, then OK, all by Tab.
    _keyboard(
        qtbot,
        [url, tab, "Kursdaten", tab, *_downs(SOURCE_KINDS, "web", "dataset"), tab]
        + [*_downs(STANCES, stance, "refutes"), tab, "16,97 Prozent", tab, "Schlusskurs", tab, ret],
    )
    panel.buttons["url"].click()
    assert [("refutes", "16,97 Prozent", "Schlusskurs", url, "Kursdaten", "dataset", None)] == rows(
        db_path, EVIDENCE_ROW, (claim_id,)
    )

    # A file: the title proposed from its name is replaced, then the rest as above.
    path = tmp_path / "bericht.txt"
    path.write_text("Die Quote lag bei 16,97 Prozent.", encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *args: str(path))
    select_all = (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _keyboard(
        qtbot,
        [select_all, "Bericht der Statistikstelle", tab, tab]
        + [*_downs(STANCES, stance, "supports"), tab, "16,97 Prozent", tab, "Seite 1", tab, ret],
    )
    panel.buttons["file"].click()
    assert (
        "supports",
        "16,97 Prozent",
        "Seite 1",
        None,
        "Bericht der Statistikstelle",
        "document",
        None,
    ) == (rows(db_path, EVIDENCE_ROW, (claim_id,))[1])

    # A note: who, kind (a person), who/when/how, stance, excerpt, note.
    _keyboard(
        qtbot,
        ["Dr. A. Beispiel", tab, tab, "Telefonat am 28.01.2025", tab]
        + [
            *_downs(STANCES, stance, "context"),
            tab,
            "Es waren 17 Prozent.",
            tab,
            "Notiz",
            tab,
            ret,
        ],
    )
    panel.buttons["note"].click()
    assert (
        "context",
        "Es waren 17 Prozent.",
        "Notiz",
        None,
        "Dr. A. Beispiel",
        "person",
        "Telefonat am 28.01.2025",
    ) == rows(db_path, EVIDENCE_ROW, (claim_id,))[2]

    # Editing: stance, excerpt and note, by keyboard.
    panel.table.selectRow(0)
    _keyboard(
        qtbot,
        [*_downs(STANCES, "refutes", "context"), tab, select_all, "Minus 16,97 Prozent", tab]
        + [select_all, "Schlusskurs 27.01.", tab, ret],
    )
    panel.buttons["edit"].click()
    assert ("context", "Minus 16,97 Prozent", "Schlusskurs 27.01.") == (
        rows(db_path, EVIDENCE_ROW, (claim_id,))[0][:3]
    )


# -- marking a claim ----------------------------------------------------------------------------


def _claims(db_path) -> list[tuple]:
    from gui_helpers import rows

    return rows(db_path, "SELECT quote, deleted_at IS NULL FROM claims ORDER BY rowid")


@pytest.mark.parametrize("how", ["shortcut", "menu"])
def test_undo_after_marking_undoes_the_mark(
    qtbot, window, lib: Library, article_id: str, db_path, how
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    with qtbot.waitActive(window):
        window.activateWindow()
    view = window.article_view
    ARTICLE = lib.articles.get(article_id).text or ""  # noqa: N806 - the fixture's text
    start = ARTICLE.index("vidia fiel")  # the drag began inside "Nvidia"
    view.select_span(start, ARTICLE.index(" am Montag") - 2)  # ... and ended inside "fiel"
    view.text.setFocus()
    if how == "shortcut":
        qtbot.keyClick(view.text, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    else:
        window.actions_.mark_claim.trigger()  # what the context menu's entry does
    assert [("Nvidia fiel", 1)] == _claims(db_path)
    focus = QApplication.focusWidget()
    assert focus is view.text
    qtbot.keyClick(focus, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [] == [row for row in _claims(db_path) if row[1]]


# -- pasted text --------------------------------------------------------------------------------

PASTED = (
    "Die Aktie des Chipherstellers Nvidia fiel am Montag um rund 17 Prozent, nachdem ein "
    "chinesisches Start-up ein günstiges Sprachmodell vorgestellt hatte. Damit verlor das "
    "Unternehmen 592,7 Milliarden Dollar an Börsenwert.\n\nZweiter Absatz.\n"
)


def test_pasted_text_is_imported_with_the_details_asked_for(
    qtbot, window, db_path, monkeypatch
) -> None:
    from gui_helpers import rows

    from workbench.gui import dialogs

    dialog = dialogs.PasteDialog(window)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(PASTED)
    dialog.published.setText("gestern")
    dialog._accept()
    assert dialog.result() == 0 and "'gestern' is not a date" in dialog.error.text()
    dialog.published.setText("28. Januar 2025")
    dialog.author.setText("A. Autorin")
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.url.setText("https://example.org/kurs")
    dialog._accept()
    assert dialog.result() == 1
    monkeypatch.setattr(dialogs, "ask_pasted_text", lambda parent: dialog.value())
    window.io.paste()
    [row] = rows(
        db_path,
        "SELECT title, author, published, language, url FROM articles WHERE author IS NOT NULL",
    )
    title = "Die Aktie des Chipherstellers Nvidia fiel am Montag um rund 17 Prozent, nachdem…"
    assert (title, "A. Autorin", "2025-01-28", "de", "https://example.org/kurs") == row


# -- dates --------------------------------------------------------------------------------------


def test_a_page_without_a_date_is_imported_without_one(qtbot, window, db_path, http_server):
    from gui_helpers import rows

    html = (
        "<html><head><title>Ohne Datum</title></head><body><article><h1>Ohne Datum</h1>"
        + "".join(
            f"<p>Absatz {n}: Die Quote lag bei {n + 10} Prozent, meldete die Behörde in ihrem "
            f"{n}. Bericht über den Arbeitsmarkt der Region.</p>"
            for n in range(1, 9)
        )
        + "</article><footer>© 2023 Beispielverlag</footer></body></html>"
    )
    http_server.expect_request("/ohne-datum").respond_with_data(
        html.encode(), content_type="text/html; charset=utf-8"
    )
    url = http_server.url_for("/ohne-datum")
    window.io.import_url(url)
    assert [("Ohne Datum", None)] == rows(
        db_path, "SELECT title, published FROM articles WHERE url = ?", (url,)
    )
    text = window.article_view.text.toPlainText()
    assert not text.startswith("Ohne Datum\n") and "\n\nAbsatz 2:" in text


def test_a_claim_date_is_read_as_a_date_when_the_field_is_left(
    qtbot, window, lib: Library, article_id: str, db_path, answer
) -> None:
    from gui_helpers import rows
    from PySide6.QtCore import Qt

    from workbench.gui.inspector_claim import TYPING_PAUSE_MS

    claim_id = lib.claims.add(article_id, quote="17 Prozent").id
    with qtbot.waitActive(window):
        window.activateWindow()
    window.select_claim(claim_id)
    field = window.inspector.claim_date
    stored = "SELECT claim_date FROM claims WHERE id = ?"
    field.setFocus()
    qtbot.keyClicks(field, "28.01.")
    qtbot.wait(TYPING_PAUSE_MS * 2)  # a pause in typing: half a date is no error yet
    assert ([(None,)], []) == (rows(db_path, stored, (claim_id,)), answer.messages)
    qtbot.keyClicks(field, "2025")
    window.inspector.rationale.setFocus()
    assert [("2025-01-28",)] == rows(db_path, stored, (claim_id,))
    assert "2025-01-28" == field.text()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "gestern")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert [("2025-01-28",)] == rows(db_path, stored, (claim_id,))
    assert any("'gestern' is not a date" in message for message in answer.messages)
