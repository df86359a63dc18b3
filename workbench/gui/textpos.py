"""Map character offsets of the library (Python code points) to Qt document positions.

Qt counts UTF-16 code units, so every character outside the Basic Multilingual Plane (emoji,
some CJK) shifts the positions by one. Without this map a highlight after an emoji would be
off by one character.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    """Converts offsets in one text both ways in O(log n)."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        # Qt position just after each astral character: where the pair of code units ends.
        self._qt_ends = [index + count + 2 for count, index in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        """The Qt position of a Python offset."""
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """The Python offset of a Qt position (inside a surrogate pair: the character's start)."""
        if not self._astral:
            return position
        whole = bisect_right(self._qt_ends, position)
        offset = position - whole
        if whole < len(self._astral) and self._astral[whole] < offset:
            offset = self._astral[whole]
        return min(offset, self.length)


_WORD_CHAR = re.compile(r"\w")


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a selection (Python offsets) to whole words and numbers and drop the spaces at its
    edges: a drag that began at "vidia-Aktie" gives "Nvidia-Aktie", one that ended at "592,"
    gives "592,7"."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, end
    while start > 0 and _joined(text, start - 1, start):
        start -= 1
    while end < len(text) and _joined(text, end - 1, end):
        end += 1
    return start, end


def _joined(text: str, left: int, right: int) -> bool:
    """Whether the characters at ``left`` and ``right`` belong to one word or one number
    ("592,7" and "1.500" are one number, so a selection never ends inside one)."""
    a, b = text[left], text[right]
    if _WORD_CHAR.match(a) and _WORD_CHAR.match(b):
        return True
    if a in ".," and b.isdigit():
        return left > 0 and text[left - 1].isdigit()
    if b in ".," and a.isdigit():
        return right + 1 < len(text) and text[right + 1].isdigit()
    return False
