"""The article view: plain text only, highlights where the claims are, clicks that select."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from workbench.core.library.store import Library
from workbench.gui.article_view import ArticleView
from workbench.gui.textpos import PositionMap


def test_position_map_counts_emoji_as_qt_does() -> None:
    positions = PositionMap("a😀b\nc🚀d")
    assert [positions.to_qt(i) for i in range(7)] == [0, 1, 3, 4, 5, 6, 8]
    assert [positions.from_qt(q) for q in range(9)] == [0, 1, 1, 2, 3, 4, 5, 5, 6]
    plain = PositionMap("abc")
    assert (plain.to_qt(2), plain.from_qt(2)) == (2, 2)


def test_highlights_sit_on_the_claims_even_after_an_emoji(
    qtbot, lib: Library, article_id: str
) -> None:
    after_emoji = lib.claims.add(article_id, quote="der KI-Branche")
    lib.verdicts.add(after_emoji.id, "False")
    before = lib.claims.add(article_id, quote="17 Prozent")
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(lib.articles.get(article_id), lib.claims.list(article_id=article_id))
    assert view.highlight_count() == 2
    selections = view.text.extraSelections()
    texts = sorted(s.cursor.selectedText() for s in selections)
    assert texts == ["17 Prozent", "der KI-Branche"]
    colours = {s.cursor.selectedText(): s.format.underlineColor() for s in selections}
    assert QColor("#c62828") == colours["der KI-Branche"]  # False on the five-point scale
    assert QColor("#8d99ae") == colours["17 Prozent"]  # open: neutral
    view.select_claim(before.id)
    assert len(view.text.extraSelections()) == 3


def test_clicking_a_highlight_selects_its_claim(qtbot, lib: Library, article_id: str) -> None:
    claim = lib.claims.add(article_id, quote="592,7 Milliarden Dollar")
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    view.show_article(lib.articles.get(article_id), lib.claims.list(article_id=article_id))
    text = view.text
    cursor = text.textCursor()
    cursor.setPosition(view.positions.to_qt((claim.start or 0) + 3))
    point = text.cursorRect(cursor).center()
    with qtbot.waitSignal(view.claim_clicked) as clicked:
        qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert [claim.id] == clicked.args
    with qtbot.assertNotEmitted(view.claim_clicked):
        qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))


def test_markup_in_an_article_is_shown_as_text(qtbot, lib: Library) -> None:
    article = lib.articles.add(
        '<b>fett</b> <img src="https://example.org/x.png"> <a href="https://example.org">Link</a>',
        title="<i>T</i>",
    )
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(lib.articles.get(article.article.id), [])
    assert view.text.toPlainText().startswith('<b>fett</b> <img src="https://example.org/x.png">')
    assert view.title.text() == "<i>T</i>"
    assert Qt.TextFormat.PlainText == view.title.textFormat()
    assert Qt.TextFormat.PlainText == view.link.textFormat()


def test_orphaned_claims_are_listed_apart(qtbot, lib: Library, article_id: str) -> None:
    claim = lib.claims.add(article_id, quote="5,6 Millionen Dollar")
    lib.articles.update_text(article_id, "Ein ganz anderer Text ohne jene Zahl.\n")
    view = ArticleView()
    qtbot.addWidget(view)
    view.show()
    view.show_article(lib.articles.get(article_id), lib.claims.list(article_id=article_id))
    assert view.highlight_count() == 0
    assert view.orphans.count() == 1
    assert not view.orphan_box.isHidden()
    with qtbot.waitSignal(view.claim_clicked) as clicked:
        view.orphans.itemClicked.emit(view.orphans.item(0))
    assert [claim.id] == clicked.args


def test_selection_is_trimmed_and_mapped_to_library_offsets(
    qtbot, lib: Library, article_id: str
) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    article = lib.articles.get(article_id)
    view.show_article(article, [])
    text = article.text or ""
    start = text.index("der KI-Branche.")
    end = start + len("der KI-Branche.")
    assert text[end] == "\n"
    view.select_span(start - 1, end + 1)  # from the blank before to the line break after
    assert (start, end) == view.selection_span()


def test_find_bar_finds_and_wraps(qtbot, lib: Library, article_id: str) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    view.show()
    view.show_article(lib.articles.get(article_id), [])
    view.show_find()
    assert view.find_bar.isVisible()
    view.find_bar.field.setText("Dollar")
    assert view.text.textCursor().selectedText() == "Dollar"
    first = view.text.textCursor().selectionStart()
    assert view.find_bar.find_next()
    assert view.find_bar.find_next()  # wraps around to the first again
    assert first == view.text.textCursor().selectionStart()
    view.find_bar.field.setText("Quantencomputer")
    assert view.find_bar.status.text() == "Not found"
