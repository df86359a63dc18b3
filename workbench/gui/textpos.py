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
    """Widen a selection (Python offsets) to whole words and drop the spaces at its edges: a
    drag that began at "vidia-Aktie" gives "Nvidia-Aktie"."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, end
    while start > 0 and _WORD_CHAR.match(text[start]) and _WORD_CHAR.match(text[start - 1]):
        start -= 1
    while end < len(text) and _WORD_CHAR.match(text[end - 1]) and _WORD_CHAR.match(text[end]):
        end += 1
    return start, end
