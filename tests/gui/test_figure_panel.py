"""The inspector's figure check: the claim's figures against each source, mismatches flagged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from workbench.core.language.claim_figures import check_claim_figures
from workbench.core.library.store import Library
from workbench.gui.figure_panel import CHECK, MISMATCH_COLOR, FigureModel
from workbench.gui.undo import AddEvidence, EditClaim

TEXT = "DeepSeek soll für das Training 50.000 GPUs genutzt haben, sagte ein Analyst am Montag.\n"


@pytest.fixture
def gpu_claim(lib: Library) -> tuple[str, str]:
    """A claim naming 50.000 GPUs, and a paper whose excerpt says about 10,000."""
    article = lib.articles.add(TEXT, title="GPUs", language="de").article
    claim = lib.claims.add(article.id, quote="50.000 GPUs")
    paper = lib.sources.add(title="DeepSeek-V3 Technical Report", kind="document")
    lib.evidence.add(claim.id, paper.id, stance="refutes", excerpt="trained on about 10,000 GPUs")
    return article.id, claim.id


def figures_text(window) -> str:
    return window.inspector.figures.visible_text()


def test_figure_model_passes_the_model_tester(qtmodeltester, lib: Library, gpu_claim) -> None:
    model = FigureModel()
    model.set_result(check_claim_figures(lib, gpu_claim[1]))
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_a_mismatch_shows_the_difference_and_a_flag(qtbot, window, gpu_claim) -> None:
    window.select_claim(gpu_claim[1])
    window.inspector.show_section("figures")
    panel = window.inspector.figures
    qtbot.waitUntil(lambda: "80%" in figures_text(window), timeout=2000)
    assert panel.isVisibleTo(window)
    assert window.inspector.section_title("figures") == "Figures"
    assert panel.summary.text() == "⚠ 1 figure differs from the evidence."
    model = panel.model
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert [
        "DeepSeek-V3 Technical Report",
        "50.000 GPUs",
        "about 10,000 GPUs",
        "80%",
        "⚠ mismatch",
    ] == cells
    # Colour as well as words: the flag is red, the row tinted.
    assert model.index(0, CHECK).data(Qt.ItemDataRole.ForegroundRole) == QColor(MISMATCH_COLOR)
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_the_check_follows_statement_and_evidence(qtbot, window, lib: Library, gpu_claim) -> None:
    article_id, claim_id = gpu_claim
    window.select_claim(claim_id)
    qtbot.waitUntil(lambda: "⚠ mismatch" in figures_text(window), timeout=2000)
    session = window.session
    session.run(EditClaim(session, claim_id, article_id, "statement", None, "Rund 10.000 GPUs"))
    qtbot.waitUntil(lambda: "✓ matches" in figures_text(window), timeout=2000)
    assert window.inspector.figures.summary.text() == "✓ The figures agree with the evidence."
    blog = lib.sources.add(title="Blog", kind="web", url="https://example.org/blog")
    session.run(
        AddEvidence(
            session, claim_id, article_id, blog.id, "supports", "Es waren 20.000 GPUs.", None
        )
    )
    qtbot.waitUntil(lambda: figures_text(window).count("\n") == 2, timeout=2000)
    assert "Blog  Rund 10.000 GPUs  20.000 GPUs  100%  ⚠ mismatch" in figures_text(window)
    window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: "Blog" not in figures_text(window), timeout=2000)


def test_a_claim_without_figures_says_so(qtbot, window, lib: Library, article_id: str) -> None:
    claim = lib.claims.add(article_id, quote="Sputnik-Moment")
    window.open_article(article_id, claim.id)
    window.inspector.show_section("figures")
    panel = window.inspector.figures
    qtbot.waitUntil(lambda: panel.summary.text() != "", timeout=2000)
    assert panel.summary.text() == "The claim names no figures to compare."
    assert not panel.table.isVisibleTo(window)


def test_the_check_speaks_german(qtbot, window, gpu_claim) -> None:
    window.select_claim(gpu_claim[1])
    qtbot.waitUntil(lambda: "80%" in figures_text(window), timeout=2000)
    try:
        window.actions_.language_actions["de"].trigger()
        qtbot.wait(20)  # Qt posts the LanguageChange events
        assert "50.000 GPUs  about 10,000 GPUs  80 %  ⚠ weicht ab" in figures_text(window)
        assert window.inspector.figures.summary.text() == "⚠ 1 Zahl weicht von den Belegen ab."
    finally:
        window.actions_.language_actions["en"].trigger()
        qtbot.wait(20)
    assert window.inspector.section_title("figures") == "Figures"


def test_the_check_runs_off_the_ui_thread_and_lands_on_its_claim(
    qtbot, lib: Library, gpu_claim, monkeypatch
) -> None:
    import threading

    import workbench.gui.figure_panel as figure_panel
    from workbench.core.language import claim_figures
    from workbench.gui.figure_panel import FigurePanel
    from workbench.gui.session import Session
    from workbench.gui.tasks import TaskRunner

    threads: list[str] = []
    original = claim_figures.compare

    def watched(data):
        threads.append(threading.current_thread().name)
        return original(data)

    runner = TaskRunner(max_threads=2)
    panel = FigurePanel(Session(lib), runner)
    qtbot.addWidget(panel)
    monkeypatch.setattr(figure_panel, "compare", watched)
    panel.set_claim(lib.claims.get(gpu_claim[1]))
    qtbot.waitUntil(lambda: panel.result is not None, timeout=5000)
    runner.wait()
    assert threads and threads[0] != threading.main_thread().name
    assert gpu_claim[1] == panel.result.claim_id
    assert "80%" in panel.visible_text()
