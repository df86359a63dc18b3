"""Suggest claims: ranked sentences with reasons, faint highlights, accept (undoable), dismiss."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import rows
from PySide6.QtCore import Qt

from workbench.core.language.suggest import Reason, Suggestion, suggest
from workbench.core.library.store import Library
from workbench.gui.suggest_list import SuggestionModel, shown_suggestions

FIRST = "Die Aktie des Chipherstellers Nvidia fiel am Montag um rund 17 Prozent."
SECOND = "Damit verlor das Unternehmen 592,7 Milliarden Dollar an Börsenwert."
THIRD = "Das Training soll nur 5,6 Millionen Dollar gekostet haben."


def open_texts(*left_out: str) -> list[str]:
    """What the panel should list: the core's suggestions for the article, best first."""
    from gui_helpers import ARTICLE

    found = sorted(suggest(ARTICLE, language="de").suggestions, key=lambda s: (-s.score, s.start))
    return [s.text for s in found if s.text not in left_out]


def shown_texts(window) -> list[str]:
    model = window.suggestions.model
    return [model.rows[row].text for row in range(model.rowCount())]


def test_suggestion_model_passes_the_model_tester(qtmodeltester) -> None:
    from gui_helpers import ARTICLE

    model = SuggestionModel()
    found = suggest(ARTICLE, language="de").suggestions
    model.set_rows(found)
    assert {FIRST, SECOND, THIRD} <= {s.text for s in found}
    assert model.rowCount() == len(found)
    qtmodeltester.check(model)
    assert model.index(0).data().startswith(f"{found[0].score:.2f}  Die Aktie")
    assert "Contains figures: rund 17 Prozent" in model.index(0).data()
    assert "(+" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)


def test_covered_and_dismissed_sentences_drop_out_and_the_rest_is_ranked() -> None:
    def make(start: int, score: float, text: str) -> Suggestion:
        return Suggestion(start, start + len(text), text, score, (Reason("event", "", 0.1),))

    low, high, covered = make(0, 0.6, "Eins."), make(10, 0.9, "Zwei."), make(20, 0.8, "Drei.")
    dismissed = make(30, 0.95, "Vier  ist\nweg.")

    class Covering:  # an anchored claim inside the third sentence
        start, end, orphaned, deleted_at = 21, 23, False, None

    kept = shown_suggestions([low, high, covered, dismissed], [Covering()], ["Vier ist weg."])
    assert [high, low] == kept


def test_suggest_accept_undo_and_dismiss_in_the_window(
    qtbot, window, lib: Library, db_path: Path, article_id: str, answer
) -> None:
    window.actions_.suggest_claims.trigger()
    dock = window.docks["suggestions"]
    assert dock.isVisible()
    assert open_texts() == shown_texts(window)
    assert {FIRST, SECOND, THIRD} <= set(shown_texts(window))
    assert window.article_view.suggestion_count() == len(open_texts())
    assert window.article_view.highlight_count() == 0
    panel = window.suggestions
    assert panel.status.text() == f"{len(open_texts())} suggestions, highest score first"
    assert "+ Contains figures: " in panel.details.text()
    assert "(+" in panel.details.text()

    # Clicking a suggestion brings it into view, selected in the article.
    second = panel.model.index(shown_texts(window).index(SECOND))
    panel.view.setCurrentIndex(second)
    assert window.article_view.selection_span() == (72, 72 + len(SECOND))

    # Accept (Enter in the list): a claim of exactly that sentence, anchored.
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    claims = rows(db_path, "SELECT id, start, end, quote, deleted_at FROM claims")
    assert len(claims) == 1
    claim_id, start, end, quote, deleted = claims[0]
    assert (72, 72 + len(SECOND), SECOND, None) == (start, end, quote, deleted)
    assert claim_id == window.inspector.claim.id
    assert open_texts(SECOND) == shown_texts(window)
    assert window.article_view.suggestion_count() == len(open_texts(SECOND))
    assert window.article_view.highlight_count() == 1

    # Undo takes the claim back and the sentence is suggested again.
    window.actions_.undo.trigger()
    assert rows(db_path, "SELECT deleted_at IS NOT NULL FROM claims WHERE id = ?", (claim_id,)) == [
        (1,)
    ]
    assert open_texts() == shown_texts(window)
    assert window.article_view.highlight_count() == 0

    # Dismiss (Delete in the list): remembered in the library, not suggested again.
    panel.view.setCurrentIndex(panel.model.index(shown_texts(window).index(THIRD)))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert rows(db_path, "SELECT article_id, start, end, text FROM dismissed_suggestions") == [
        (article_id, 202, 202 + len(THIRD), THIRD)
    ]
    assert open_texts(THIRD) == shown_texts(window)
    assert rows(db_path, "SELECT count(*) FROM claims WHERE deleted_at IS NULL") == [(0,)]
    window.actions_.suggest_claims.trigger()
    assert open_texts(THIRD) == shown_texts(window)
    assert window.article_view.suggestion_count() == len(open_texts(THIRD))

    # Undo takes the dismissal back, redo dismisses again.
    window.actions_.undo.trigger()
    assert rows(db_path, "SELECT count(*) FROM dismissed_suggestions") == [(0,)]
    assert open_texts() == shown_texts(window)
    window.actions_.redo.trigger()
    assert rows(db_path, "SELECT text FROM dismissed_suggestions") == [(THIRD,)]
    assert open_texts(THIRD) == shown_texts(window)
    assert answer.messages == []


def test_the_buttons_do_what_the_keys_do(window, db_path: Path) -> None:
    window.actions_.suggest_claims.trigger()
    panel = window.suggestions
    panel.view.setCurrentIndex(panel.model.index(0))
    top = open_texts()[0]
    panel.accept_button.click()
    assert rows(db_path, "SELECT quote FROM claims") == [(top,)]
    following = open_texts(top)[0]
    panel.dismiss_button.click()
    assert rows(db_path, "SELECT text FROM dismissed_suggestions") == [(following,)]
    assert open_texts(top, following) == shown_texts(window)


def test_a_sentence_already_claimed_is_not_suggested(window, lib: Library, article_id) -> None:
    lib.claims.add(article_id, quote="592,7 Milliarden Dollar")
    window.open_article(article_id)
    window.actions_.suggest_claims.trigger()
    assert open_texts(SECOND) == shown_texts(window)


def test_another_language_gets_the_note(window, lib: Library) -> None:
    french = lib.articles.add(
        "Le gouvernement a annoncé mardi une hausse de 5 pour cent des impôts.",
        title="Impôts",
        language="fr",
    ).article
    window.open_article(french.id)
    window.actions_.suggest_claims.trigger()
    assert window.suggestions.model.rowCount() == 0
    assert window.suggestions.status.text() == (
        "No suggestions yet for this language (fr): only German and English."
    )
    assert window.article_view.suggestion_count() == 0


def test_opening_another_article_clears_the_suggestions(window, lib: Library) -> None:
    window.actions_.suggest_claims.trigger()
    other = lib.articles.add("Ein anderer Text ohne Zahlen.", title="Anders", language="de")
    window.open_article(other.article.id)
    assert window.suggestions.model.rowCount() == 0
    assert window.article_view.suggestion_count() == 0
    assert window.suggestions.run_button.isEnabled()


def test_the_reach_setting_trades_precision_for_recall(qtbot, session, article_id) -> None:
    from workbench.core.language.suggest import DEFAULT_THRESHOLD, suggest
    from workbench.gui.suggest_panel import SuggestPanel
    from workbench.gui.tasks import TaskRunner

    panel = SuggestPanel(session, TaskRunner(synchronous=True))
    qtbot.addWidget(panel)
    panel.set_article(article_id)
    text = session.library.articles.get(article_id).text
    counts = []
    for index in range(3):
        panel.reach.setCurrentIndex(index)
        panel.run()
        counts.append(panel.model.rowCount())
    expected = [
        len(suggest(text, language="de", min_score=score).suggestions)
        for score in (DEFAULT_THRESHOLD - 0.15, DEFAULT_THRESHOLD, DEFAULT_THRESHOLD + 0.15)
    ]
    assert counts == expected
    assert counts[0] >= counts[1] >= counts[2]
    assert panel.reach.itemText(1) == "Balanced"
