"""The review list after a new text version: old and new text side by side, and the answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from workbench.core.library.store import Library
from workbench.gui.placement_review import PlacementReviewDialog
from workbench.gui.textpos import PositionMap

MARKED = "Das Training soll nur 5,6 Millionen Dollar gekostet haben"


def flagged_claim(lib: Library, article_id: str) -> str:
    """A claim whose figure the new version changed: it waits for review."""
    claim = lib.claims.add(article_id, quote=MARKED)
    lib.articles.update_text(article_id, changed(lib, article_id))
    assert lib.claims.get(claim.id).needs_review
    return claim.id


def changed(lib: Library, article_id: str) -> str:
    first = lib.articles.versions(article_id, with_text=True)[0].text
    assert first is not None and "🚀" in first
    return first.replace("5,6 Millionen", "sechs Millionen")


def open_review(qtbot, session, article_id: str) -> PlacementReviewDialog:
    dialog = PlacementReviewDialog(session, article_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def highlighted(view) -> list[str]:
    return [s.cursor.selectedText() for s in view.extraSelections()]


def test_old_and_new_text_side_by_side_and_confirm(qtbot, lib, session, article_id):
    claim_id = flagged_claim(lib, article_id)
    dialog = open_review(qtbot, session, article_id)
    old, new = (v.text for v in lib.articles.versions(article_id, with_text=True))
    assert 1 == dialog.claims.count()
    assert dialog.claims.item(0).text().startswith(MARKED[:40])
    assert old == dialog.before.toPlainText()
    assert new == dialog.after.toPlainText()
    assert [MARKED] == highlighted(dialog.before)
    assert "sechs Millionen" in highlighted(dialog.after)[-1]
    assert "Version 1" in dialog.before_label.text()
    assert "Version 2" in dialog.after_label.text()
    assert MARKED in dialog.marked.text()

    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert 0 == dialog.claims.count()
    assert not dialog.confirm_button.isEnabled()
    assert not lib.claims.get(claim_id).needs_review
    assert lib.placements.current(claim_id).confirmed_at is not None


def test_selected_words_after_an_emoji_become_the_claims_place(qtbot, lib, session, article_id):
    claim_id = flagged_claim(lib, article_id)
    dialog = open_review(qtbot, session, article_id)
    words = "sechs Millionen Dollar"
    text = lib.articles.get(article_id).text
    start = text.index(words)
    positions = PositionMap(text)
    cursor = QTextCursor(dialog.after.document())
    # A sloppy selection, one letter short at both ends, is widened to the whole words.
    cursor.setPosition(positions.to_qt(start + 1))
    cursor.setPosition(positions.to_qt(start + len(words) - 1), QTextCursor.MoveMode.KeepAnchor)
    dialog.after.setTextCursor(cursor)
    qtbot.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    placed = lib.claims.get(claim_id)
    assert (words, "manual", False) == (placed.quote, placed.anchored_by, placed.needs_review)
    assert MARKED == placed.marked_quote
    assert 0 == dialog.claims.count()


def test_place_without_a_selection_says_what_to_do(qtbot, lib, session, article_id):
    claim_id = flagged_claim(lib, article_id)
    dialog = open_review(qtbot, session, article_id)
    qtbot.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    assert "Select the claim's words" in dialog.status.text()
    assert lib.claims.get(claim_id).needs_review
    assert 1 == dialog.claims.count()


def test_accepting_the_orphan_keeps_the_claim_without_a_place(qtbot, lib, session, article_id):
    claim_id = flagged_claim(lib, article_id)
    dialog = open_review(qtbot, session, article_id)
    qtbot.mouseClick(dialog.orphan_button, Qt.MouseButton.LeftButton)
    orphan = lib.claims.get(claim_id)
    assert orphan.orphaned and not orphan.needs_review and orphan.start is None
    assert 0 == dialog.claims.count()


def test_claim_list_marks_claims_that_need_review(qtbot, lib, article_id):
    from workbench.gui.claim_model import CLAIM, ClaimTableModel
    from workbench.gui.claim_query import ClaimQuery

    claim_id = flagged_claim(lib, article_id)
    steady = lib.claims.add(article_id, quote="rund 17 Prozent")
    model = ClaimTableModel(lib)
    model.set_query(ClaimQuery(article_id=article_id))
    texts = {}
    for row in range(model.rowCount()):
        index = model.index(row, CLAIM)
        claim = model.claim_at(row)
        assert claim is not None
        texts[claim.id] = (
            model.data(index, Qt.ItemDataRole.DisplayRole),
            model.data(index, Qt.ItemDataRole.ToolTipRole),
        )
    assert texts[claim_id][0].startswith("⚠ ")
    assert texts[claim_id][1].startswith("<qt>Needs review:")  # escaped: shown as written
    assert not texts[steady.id][0].startswith("⚠")


def test_window_opens_the_review_after_a_new_version(window, lib, article_id):
    flagged_claim(lib, article_id)
    window.placement_review.after_import(article_id)
    dialog = window.placement_review.dialog
    assert dialog is not None and dialog.isVisible()
    assert 1 == dialog.claims.count()
    dialog.close()
    # Once per version: importing the same version again does not ask again.
    window.placement_review.dialog = None
    window.placement_review.after_import(article_id)
    assert window.placement_review.dialog is None


def test_review_command_speaks_the_interface_language(qtbot, window):
    from workbench.gui import i18n

    action = window.placement_review.action
    assert "Review claim placements…" == action.text()
    try:
        window.actions_.language_actions["de"].trigger()
        qtbot.waitUntil(lambda: action.text() != "Review claim placements…")
        assert "Platzierung der Behauptungen prüfen…" == action.text()
    finally:
        i18n.install("en")


def test_an_answer_in_the_review_list_refreshes_the_claim_list(qtbot, window, lib, article_id):
    claim_id = flagged_claim(lib, article_id)
    window.open_article(article_id)

    def shown() -> str:
        model = window.claim_model
        for row in range(model.rowCount()):
            claim = model.claim_at(row)
            if claim is not None and claim.id == claim_id:
                return model.index(row, 0).data()
        return ""

    qtbot.waitUntil(lambda: shown().startswith("⚠ "))
    dialog = window.placement_review.open(article_id)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown() != "" and not shown().startswith("⚠"))
    dialog.close()


def test_an_answer_in_the_review_is_undone_with_the_undo_stack(qtbot, lib, session, article_id):
    claim_id = flagged_claim(lib, article_id)
    dialog = open_review(qtbot, session, article_id)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert not lib.claims.get(claim_id).needs_review
    assert session.undo_stack.undoText() == "Confirm placement"
    session.undo_stack.undo()
    assert lib.claims.get(claim_id).needs_review
    assert lib.placements.current(claim_id).confirmed_at is None
    session.undo_stack.redo()
    assert not lib.claims.get(claim_id).needs_review
