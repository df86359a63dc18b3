from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from workbench.core.errors import InputError
from workbench.core.library.anchoring import anchor_at, anchor_quote, find_quote, reanchor

TEXT = (
    "Am 27. Januar 2025 fiel die Aktie von Nvidia um rund 17 Prozent. Damit verlor der "
    "Konzern 592,7 Milliarden Dollar an Börsenwert. Das Training von V3 soll nur 5,6 Millionen "
    "Dollar gekostet haben. DeepSeek verfüge über 50.000 Hochleistungs-GPUs, sagte Wang.\n"
)
QUOTE = "592,7 Milliarden Dollar an Börsenwert"


def test_anchor_keeps_position_and_context():
    anchor = anchor_quote(TEXT, QUOTE)
    assert TEXT[anchor.start : anchor.end] == QUOTE
    assert TEXT[anchor.start - 32 : anchor.start] == anchor.prefix
    assert TEXT[anchor.end : anchor.end + 32] == anchor.suffix
    assert [s["type"] for s in anchor.to_selectors()] == [
        "TextPositionSelector",
        "TextQuoteSelector",
    ]


def test_quote_typed_with_other_whitespace_and_quote_marks_is_found():
    text = "Er sprach vom\n„Sputnik-Moment“ der KI."
    anchor = anchor_quote(text, 'vom "Sputnik-Moment"')
    assert text[anchor.start : anchor.end] == "vom\n„Sputnik-Moment“"


def test_ambiguous_quote_needs_an_occurrence():
    text = "Dollar hier, Dollar dort."
    with pytest.raises(InputError, match="occurs 2 times"):
        anchor_quote(text, "Dollar")
    assert anchor_quote(text, "Dollar", occurrence=2).start == 13
    with pytest.raises(InputError, match="no occurrence 3"):
        anchor_quote(text, "Dollar", occurrence=3)


def test_missing_quote_is_refused():
    with pytest.raises(InputError, match="does not occur"):
        anchor_quote(TEXT, "600 Milliarden")


def test_same_position_when_text_unchanged_there():
    anchor = anchor_quote(TEXT, QUOTE)
    placement = reanchor(anchor, TEXT + "Nachtrag.")
    assert ("position", anchor.start) == (placement.method, placement.anchor.start)


def test_best_context_wins_among_repeated_quotes():
    text = "Erstens kostete es 5 Dollar laut A. Zweitens kostete es 5 Dollar laut B."
    anchor = anchor_at(text, text.index("5 Dollar laut B"), text.index("5 Dollar laut B") + 8)
    changed = "Vorweg. Neu: " + text.replace("laut A", "laut Anna")
    placement = reanchor(anchor, changed)
    assert placement.method == "quote"
    assert changed[placement.anchor.start : placement.anchor.start + 15] == "5 Dollar laut B"


def test_fuzzy_match_after_a_small_edit_inside_the_quote():
    anchor = anchor_quote(TEXT, QUOTE)
    changed = TEXT.replace("592,7 Milliarden", "592,8 Milliarden")
    placement = reanchor(anchor, changed)
    assert placement.method == "fuzzy"
    assert (
        changed[placement.anchor.start : placement.anchor.end]
        == "592,8 Milliarden Dollar an Börsenwert"
    )


def test_removed_passage_becomes_orphan():
    anchor = anchor_quote(TEXT, QUOTE)
    changed = TEXT.replace("Damit verlor der Konzern 592,7 Milliarden Dollar an Börsenwert. ", "")
    assert reanchor(anchor, changed).method == "orphan"


edits = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß ,.0123456789\n", max_size=40)


@settings(max_examples=150, deadline=None)
@given(before=edits, after=edits)
def test_edits_around_the_quote_never_lose_it(before, after):
    anchor = anchor_quote(TEXT, QUOTE)
    changed = before + TEXT[: anchor.start] + after + TEXT[anchor.start :]
    placement = reanchor(anchor, changed)
    assert placement.anchor is not None
    assert changed[placement.anchor.start : placement.anchor.end] == QUOTE


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_small_edit_inside_the_quote_is_placed_on_the_edited_words(data):
    anchor = anchor_quote(TEXT, QUOTE)
    where = data.draw(st.integers(min_value=1, max_value=len(QUOTE) - 2))
    insert = data.draw(st.text(alphabet="xyz0123", min_size=1, max_size=3))
    edited_quote = QUOTE[:where] + insert + QUOTE[where + 1 :]
    changed = TEXT.replace(QUOTE, edited_quote)
    placement = reanchor(anchor, changed)
    assert placement.anchor is not None
    start = changed.index(edited_quote)
    # The placed passage overlaps the edited quote almost entirely.
    overlap = min(placement.anchor.end, start + len(edited_quote)) - max(
        placement.anchor.start, start
    )
    assert overlap >= len(QUOTE) - 2 * len(insert)


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(max_size=300),
    start=st.integers(0, 299),
    length=st.integers(1, 40),
    new_text=st.text(max_size=300),
)
def test_reanchor_never_raises_and_points_at_real_text(text, start, length, new_text):
    assume(start + length <= len(text))
    anchor = anchor_at(text, start, start + length)
    placement = reanchor(anchor, new_text)
    if placement.anchor is not None:
        a = placement.anchor
        assert new_text[a.start : a.end] == a.exact
        assert 0 <= a.start < a.end <= len(new_text)


def test_find_quote_rejects_empty():
    with pytest.raises(InputError):
        find_quote(TEXT, "   ")


def test_text_changes_name_the_rewritten_sentences():
    from workbench.core.library.textdiff import text_changes

    old = "Erster Satz. Nvidia verlor 592,7 Milliarden Dollar. Letzter Satz.\n"
    new = "Erster Satz. Nvidia verlor 589 Milliarden Dollar. Letzter Satz. Ein Nachtrag.\n"
    changes = [c.to_dict() for c in text_changes(old, new)]
    assert [
        {
            "removed": "Nvidia verlor 592,7 Milliarden Dollar.",
            "added": "Nvidia verlor 589 Milliarden Dollar.",
        },
        {"removed": "", "added": "Ein Nachtrag."},
    ] == changes
    assert [] == text_changes(old, old)
