"""Killing a writer at random moments loses no acknowledged action and leaves none half done.

The test run kills a few dozen times; tests/reliability/killer.py does 200 by hand.
"""

from __future__ import annotations

from pathlib import Path

from reliability.killer import run


def test_a_few_dozen_kills_lose_nothing(tmp_path: Path) -> None:
    result = run(kills=24, folder=tmp_path)
    assert result["problems"] == []
    assert result["acknowledged"] > 24  # the writer got work done between the kills
