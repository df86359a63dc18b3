"""Selections snap to whole words and numbers."""

from __future__ import annotations

import pytest

from workbench.gui.textpos import snap_to_words

TEXT = "Die Nvidia-Aktie verlor 592,7 Milliarden Dollar, am 27.01. mehr als 1.500 Punkte."


@pytest.mark.parametrize(
    ("selected", "expected"),
    [
        ("vidia-Aktie", "Nvidia-Aktie"),
        ("Aktie verl", "Aktie verlor"),
        ("92,", "592,7"),
        ("592", "592,7"),
        (" Dollar, ", "Dollar,"),
        ("500 Punkte", "1.500 Punkte"),
        ("27.01", "27.01"),
        ("Milliarden", "Milliarden"),
    ],
)
def test_a_selection_becomes_whole_words(selected, expected):
    start = TEXT.index(selected)
    begin, end = snap_to_words(TEXT, start, start + len(selected))
    assert expected == TEXT[begin:end]


def test_an_empty_or_blank_selection_stays_empty():
    assert (4, 4) == snap_to_words(TEXT, 3, 4)
