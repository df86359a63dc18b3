"""The screen fits the work: the article keeps its lines, the inspector fits its panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from workbench.core.library.store import Library
from workbench.gui import theme
from workbench.gui.inspector import SECTIONS


def at_size(window, width: int, height: int) -> None:
    """The window as a screen of this size starts it."""
    window.resize(width, height)
    window.size_docks(width, height)
    QApplication.processEvents()


@pytest.fixture
def two_claims(lib: Library, article_id: str) -> list[str]:
    first = lib.claims.add(article_id, quote="17 Prozent", statement="Nvidia fiel um 17 %")
    second = lib.claims.add(article_id, quote="5,6 Millionen Dollar")
    lib.verdicts.add(first.id, "true", rationale="Kursdaten")
    return [first.id, second.id]


def characters_per_line(window) -> int:
    text = window.article_view.text
    return text.viewport().width() // QFontMetrics(text.font()).averageCharWidth()


@pytest.mark.parametrize("size", [(1024, 700), (1440, 900)])
def test_the_article_keeps_sixty_characters_a_line(window, size) -> None:
    at_size(window, *size)
    assert window.width() == size[0]
    assert characters_per_line(window) >= 60
    link = window.article_view.link
    assert link.text() == "https://example.org/nvidia"
    assert link.width() >= link.fontMetrics().horizontalAdvance(link.text())


@pytest.fixture
def look(qapp):
    """Switch the appearance in a test; the app's own style and palette come back after it."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield theme.apply
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)
    theme._state.choice = "system"


@pytest.mark.parametrize("appearance", ["light", "dark"])
@pytest.mark.parametrize("language", ["en", "de"])
def test_the_inspector_sections_fit_their_panel_at_1024x700(
    qtbot, window, two_claims, look, language, appearance
) -> None:
    look(appearance)
    window.actions_.language_actions[language].trigger()
    qtbot.wait(20)  # Qt posts the LanguageChange events
    try:
        at_size(window, 1024, 700)
        window.select_claim(two_claims[0])
        QApplication.processEvents()
        inspector = window.inspector
        dock = window.docks["inspector"]
        assert len(inspector.section_titles()) == len(SECTIONS)
        bar = inspector.sections
        for button in bar.buttons:  # every name whole, none cut or hidden
            assert button.isVisibleTo(window)
            assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())
            assert button.geometry().right() <= bar.width()
        assert inspector.width() <= dock.width()
        for name in SECTIONS:
            inspector.show_section(name)
            QApplication.processEvents()
            page: QWidget = inspector.pages[name]
            assert page.isVisibleTo(window)
            assert page.width() <= dock.width()
        content = inspector.claim_page.widget()
        assert content.width() <= inspector.claim_page.viewport().width()
        assert window.width() == 1024
    finally:
        window.actions_.language_actions["en"].trigger()
        qtbot.wait(20)


def test_the_sections_count_evidence_and_history(window, two_claims, lib: Library) -> None:
    window.select_claim(two_claims[0])
    assert window.inspector.section_titles()[:4] == ["Claim", "Evidence", "Figures", "History (1)"]


def test_ctrl_tab_moves_to_the_next_section(qtbot, window, two_claims) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    window.select_claim(two_claims[0])
    inspector = window.inspector
    inspector.statement.setFocus()
    qtbot.keyClick(inspector.statement, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert inspector.current_section() == "evidence"
    assert inspector.evidence.isVisibleTo(window)


def test_another_claim_starts_at_the_top(window, two_claims) -> None:
    at_size(window, 1024, 600)
    window.select_claim(two_claims[0])
    QApplication.processEvents()
    bar = window.inspector.claim_page.verticalScrollBar()
    assert bar.maximum() > 0  # the claim tab scrolls at this size
    bar.setValue(bar.maximum())
    window.select_claim(two_claims[1])
    assert bar.value() == 0


def test_dark_appearance_reaches_dialogs(window, look, qapp) -> None:
    assert look("dark")
    dialog = QDialog(window)
    assert theme.is_dark(dialog.palette())
    if not theme.system_is_dark():  # the system's own dialogs would stay light
        assert qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    look("light")
    assert not theme.is_dark(QDialog(window).palette())


def test_the_statement_shows_several_lines(window, two_claims) -> None:
    window.select_claim(two_claims[0])
    statement = window.inspector.statement
    assert statement.height() >= 3 * statement.fontMetrics().lineSpacing()


def test_the_window_title_names_the_library_once(window, db_path: Path) -> None:
    title = window.windowTitle()
    assert title.count(db_path.name) == 1
    assert "Fact-check Workbench" not in title  # the system adds the app's name itself


@pytest.mark.parametrize("size", [(1024, 700), (1440, 900)])
def test_the_suggestions_list_shows_more_than_three_rows(window, size) -> None:
    at_size(window, *size)
    window.actions_.suggest_claims.trigger()
    QApplication.processEvents()
    view = window.suggestions.view
    assert view.model().rowCount() > 3
    row = view.sizeHintForRow(0)
    assert view.viewport().height() > 3 * row


def test_a_narrow_claim_list_leaves_out_sources_and_time(window, two_claims) -> None:
    from workbench.gui.claim_model import SOURCES, UPDATED

    table = window.claim_list.table
    at_size(window, 1440, 900)
    assert not table.isColumnHidden(SOURCES)
    at_size(window, 1024, 700)
    assert table.isColumnHidden(SOURCES) and table.isColumnHidden(UPDATED)
    assert table.columnWidth(0) >= 100  # the claim's words have room
