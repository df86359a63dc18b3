"""Re-anchoring under the edits that moved claims silently before, and a small benchmark run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from workbench.core.library.anchoring import anchor_quote, place, reanchor

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"

LEAD = "Die Notenbank tagte am Dienstag in Frankfurt."
FIRST = "Zuerst hieß es, die Inflation sei im Mai auf drei Prozent gestiegen, sagte der Sprecher."
MIDDLE = "Viele Ökonomen hatten mit einer Zinssenkung gerechnet, die nun ausbleibt."
LAST = "Am Ende des Berichts steht: die Inflation sei im Mai auf drei Prozent gestiegen, heißt es."
QUOTE = "die Inflation sei im Mai auf drei Prozent gestiegen"


def paragraphs(*parts: str) -> str:
    return "\n".join(parts) + "\n"


def quote_in(text: str, quote: str, occurrence: int = 1):
    return anchor_quote(text, quote, occurrence)


def test_typo_fixed_in_the_claimed_copy_keeps_the_claim_there_not_on_the_other_copy():
    typo = QUOTE.replace("Inflation", "Inflaiton")
    old = paragraphs(LEAD, FIRST, MIDDLE, LAST.replace(QUOTE, typo))
    new = paragraphs(LEAD, FIRST, MIDDLE, LAST)
    marked = quote_in(old, typo)
    placement = place(marked, new, previous_text=old)
    assert (new.rindex(QUOTE), "fuzzy", False) == (
        placement.start,
        placement.method,
        placement.needs_review,
    )
    assert QUOTE == placement.quote
    # Without the old text the context alone decides the same way.
    assert new.rindex(QUOTE) == place(marked, new).start


def test_identical_copy_inserted_right_before_is_a_tie_for_review():
    sentence = "Die Inflation ist im Mai auf drei Prozent gestiegen."
    old = paragraphs(LEAD + " " + sentence + " " + MIDDLE)
    new = paragraphs(LEAD + " " + sentence + " " + sentence + " " + MIDDLE)
    marked = quote_in(old, sentence)
    for previous_text in (old, None):
        placement = place(marked, new, previous_text=previous_text)
        assert placement.needs_review
        assert "tie" in placement.flags
        assert {new.index(sentence), new.rindex(sentence)} == {
            c.start for c in placement.candidates if c.exact
        }


def test_identical_copy_inserted_in_another_paragraph_leaves_the_claim_in_place():
    sentence = "Die Inflation ist im Mai auf drei Prozent gestiegen."
    old = paragraphs(LEAD, FIRST + " " + sentence + " " + MIDDLE, LAST)
    new = paragraphs(sentence + " " + LEAD, FIRST + " " + sentence + " " + MIDDLE, LAST)
    marked = quote_in(old, sentence)
    placement = place(marked, new, previous_text=old)
    assert (new.rindex(sentence), False) == (placement.start, placement.needs_review)


def test_deleted_sentence_is_orphaned_not_moved_to_words_two_letters_away():
    old = paragraphs(
        "Der Minister sagte, er bestreite nicht, dass ich ihn gekannt habe.",
        "Er fügte hinzu, er wisse nicht mehr, was er damals gesagt habe.",
    )
    new = paragraphs("Er fügte hinzu, er wisse nicht mehr, was er damals gesagt habe.")
    marked = quote_in(old, "gekannt habe")
    placement = place(marked, new, previous_text=old)
    assert (None, "orphan", True) == (placement.anchor, placement.method, placement.orphaned)
    assert "no longer in the text" in placement.reason
    assert reanchor(marked, new).orphaned


def test_deleted_copy_of_repeated_words_is_orphaned_when_the_other_copy_stays():
    old = paragraphs(LEAD, FIRST, MIDDLE, LAST)
    new = paragraphs(LEAD, MIDDLE, LAST)
    marked = quote_in(old, QUOTE, occurrence=1)
    placement = place(marked, new, previous_text=old)
    assert placement.orphaned
    assert "elsewhere" in placement.flags


def test_reworded_sentence_needs_review_while_a_typo_fix_does_not():
    old = paragraphs(LEAD, FIRST, MIDDLE)
    reworded = paragraphs(LEAD, FIRST.replace("im Mai auf", "im Mai nicht auf"), MIDDLE)
    rewritten = paragraphs(
        LEAD,
        "Zuerst hieß es, die Teuerung sei im Mai deutlich auf drei Prozent geklettert, sagte er.",
        MIDDLE,
    )
    typo_fixed = paragraphs(LEAD, FIRST.replace("Inflation", "Inflatoin"), MIDDLE)
    marked = quote_in(old, QUOTE)
    changed = place(marked, reworded, previous_text=old)
    assert changed.needs_review
    assert "reworded" in changed.flags
    assert "rewritten" in changed.reason
    gone = place(marked, rewritten, previous_text=old)
    assert gone.orphaned or gone.needs_review
    typo = place(marked, typo_fixed, previous_text=old)
    assert ("fuzzy", False, ()) == (typo.method, typo.needs_review, typo.flags)
    assert changed.confidence < typo.confidence


def test_changed_figure_needs_review():
    old = paragraphs(LEAD, FIRST, MIDDLE)
    new = old.replace("drei Prozent", "3,4 Prozent")
    placement = place(quote_in(old, QUOTE), new, previous_text=old)
    assert placement.needs_review
    assert {"figure"} <= set(placement.flags)


def test_two_equally_good_places_are_a_tie_not_a_choice():
    sentence = "Wir senken die Preise für alle Kunden deutlich."
    old = paragraphs("Der Konzern kündigte an: " + sentence + " Das gelte ab Juli.")
    new = paragraphs(
        "Anders als früher. " + sentence + " Dann folgte etwas.",
        "Noch einmal hieß es: " + sentence + " Und es ging weiter.",
    )
    placement = place(quote_in(old, sentence), new, previous_text=old)
    assert placement.needs_review
    assert "tie" in placement.flags
    assert 2 == sum(1 for c in placement.candidates if c.exact)


def test_normalised_quotation_marks_and_dashes_still_place_the_claim_for_sure():
    old = paragraphs(LEAD, "Er sprach vom „Sputnik-Moment“ der KI – und meinte das ernst.", MIDDLE)
    new = paragraphs(LEAD, 'Er sprach vom "Sputnik-Moment" der KI - und meinte das ernst.', MIDDLE)
    marked = quote_in(old, "vom „Sputnik-Moment“ der KI – und meinte")
    placement = place(marked, new, previous_text=old)
    assert ('vom "Sputnik-Moment" der KI - und meinte', False) == (
        placement.quote,
        placement.needs_review,
    )


def test_the_marked_selector_is_never_changed_and_each_version_gets_its_own_placement():
    v1 = paragraphs(LEAD, FIRST, MIDDLE)
    v2 = paragraphs(MIDDLE, LEAD, FIRST.replace("Inflation", "Inflatoin"))
    v3 = paragraphs("Neu.", MIDDLE, LEAD, FIRST.replace("Inflation", "Inflatoin"))
    marked = quote_in(v1, QUOTE)
    before = marked.to_selectors()
    second = place(marked, v2, previous_text=v1)
    third = place(marked, v3, previous=second.anchor, previous_text=v2)
    assert before == marked.to_selectors()
    assert (QUOTE, second.quote) == (marked.exact, third.quote)
    assert ("fuzzy", "quote") == (second.method, third.method)
    assert v3[third.start : third.end] == third.quote
    row = third.to_dict()
    assert {
        "start",
        "end",
        "quote",
        "orphaned",
        "method",
        "confidence",
        "needs_review",
        "reason",
        "flags",
    } == set(row)


def test_short_quote_with_its_surroundings_changed_needs_review():
    old = paragraphs("Der Kanzler sagte am Montag, das sei so.", MIDDLE)
    new = paragraphs("Eine Sprecherin erklärte gestern, das sei so nicht richtig.", MIDDLE)
    placement = place(quote_in(old, "das sei so"), new, previous_text=old)
    assert placement.orphaned or placement.needs_review


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import bench_anchoring
    finally:
        sys.path.remove(str(BENCHMARKS))
    if not bench_anchoring.REALWORLD.is_dir():
        pytest.skip("the realworld pages are not there")
    return bench_anchoring


def test_edited_real_articles_never_move_a_claim_silently(bench):
    articles = bench.load_articles()
    names = sorted(articles)[1::7]  # three articles, German and English
    cases = bench.build_cases(articles, names, claims_per_article=8)
    result = bench.run(cases)
    assert len(cases) > 200
    assert 0 == sum(row["silently_wrong"] for row in result["by_edit"].values()), result["examples"]
    assert result["kept_correct_pct"] >= 90
    assert result["removed_orphaned_or_flagged_pct"] >= 98
