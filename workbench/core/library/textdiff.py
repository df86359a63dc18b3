"""What changed between two versions of an article's text, told in a few lines."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


@dataclass(frozen=True)
class TextChange:
    """One changed passage: the words removed and the words added (either may be empty)."""

    removed: str
    added: str

    def to_dict(self) -> dict[str, str]:
        return {"removed": self.removed, "added": self.added}


def _pieces(text: str) -> list[str]:
    return [p.strip() for p in _SENTENCE_END.split(text) if p.strip()]


def text_changes(old: str, new: str, *, limit: int = 20) -> list[TextChange]:
    """The sentences removed, added or rewritten between two texts, in reading order."""
    before, after = _pieces(old), _pieces(new)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    changes: list[TextChange] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        changes.append(TextChange(" ".join(before[i1:i2]), " ".join(after[j1:j2])))
        if len(changes) >= limit:
            break
    return changes
