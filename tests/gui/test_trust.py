"""What the app tells the fact-checker is true, and what they type arrives: figure checks,
excerpt marks, history, keyboard-only dialogs, undo after marking."""

from __future__ import annotations

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
