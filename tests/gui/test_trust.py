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
