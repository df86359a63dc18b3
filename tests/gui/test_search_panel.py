"""Search results in the app: what was found, with the words around the match."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from workbench.core.library.store import Library
from workbench.gui.search import HitRole


def test_a_hit_shows_its_title_and_a_snippet_with_the_match(
    window, lib: Library, article_id: str
) -> None:
    lib.claims.add(article_id, quote="17 Prozent", statement="Training kostete 5,6 Millionen")
    window.search_box.setText("Millionen")
    window.run_search()
    QApplication.processEvents()
    model = window.search_panel.model
    claims = model.index(1, 0)
    assert claims.data() == "Claims (1)"
    hit = model.index(0, 0, claims)
    title, snippet = hit.data().split("\n")
    assert title == "Training kostete 5,6 Millionen"
    assert "[Millionen]" in snippet
    view = window.search_panel.view
    assert view.visualRect(hit).height() >= 2 * view.fontMetrics().lineSpacing()
    assert hit.data(HitRole).kind == "claim"


def test_markup_in_a_title_is_shown_as_typed_in_the_tooltip(
    window, lib: Library, article_id: str
) -> None:
    lib.claims.add(article_id, quote="17 Prozent", statement="<b>Millionen</b> & mehr")
    window.search_box.setText("Millionen")
    window.run_search()
    model = window.search_panel.model
    hit = model.index(0, 0, model.index(1, 0))
    tip = hit.data(0x03)  # ToolTipRole
    assert tip.startswith("<qt>")
    assert "&lt;b&gt;Millionen&lt;/b&gt; &amp; mehr" in tip
