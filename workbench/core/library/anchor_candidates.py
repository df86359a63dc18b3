"""Where a quote may lie in a new text: exact and approximate places, each scored on its own.

Texts are compared in a folded form in which every kind of quotation mark, apostrophe, dash
and blank counts as one plain character; folding keeps every offset, so a place found in the
folded text is the same place in the real one. Exact occurrences and fuzzy alignments come
out as the same kind of Candidate, scored on quote similarity, prefix and suffix fit and
nearness, so that they compete on equal terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Indel, Levenshtein

CONTEXT = 32

_FOLD = str.maketrans(
    {
        **dict.fromkeys("„“”«»″〝〞＂", '"'),
        **dict.fromkeys("‚‘’‹›′`´", "'"),
        **dict.fromkeys("‐‑‒–—―−", "-"),
        **dict.fromkeys("\u00a0\u2007\u2009\u200a\u202f\t\f\v", " "),
    }
)
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d")

#: Weights of the score; nearness only separates places that fit alike.
W_QUOTE, W_PREFIX, W_SUFFIX, W_NEAR = 0.56, 0.2, 0.2, 0.04
#: At most this many exact occurrences of a quote are scored (more say nothing about place).
MAX_EXACT = 200
#: A piece of the quote found more often than this is too common to seed a fuzzy search.
MAX_SEEDS_PER_PIECE = 12


def fold(text: str) -> str:
    """The text with quotation marks, dashes and blanks of every style made alike; same length.

    Line ends stay: they end paragraphs, and a paragraph's end is part of a passage's context.
    """
    return text.translate(_FOLD)


@lru_cache(maxsize=8)
def folded(text: str) -> str:
    """fold(), remembered for the few texts a batch of claims is placed in."""
    return fold(text)


@dataclass(frozen=True)
class Candidate:
    """One place the claim may have moved to, with the evidence for it."""

    start: int
    end: int
    quote_similarity: float
    prefix_fit: float
    suffix_fit: float
    nearness: float
    exact: bool

    @property
    def fit(self) -> float:
        """Quote and context together, without nearness: what decides between two places."""
        return (
            W_QUOTE * self.quote_similarity
            + W_PREFIX * self.prefix_fit
            + W_SUFFIX * self.suffix_fit
        ) / (W_QUOTE + W_PREFIX + W_SUFFIX)

    @property
    def score(self) -> float:
        return (
            W_QUOTE * self.quote_similarity
            + W_PREFIX * self.prefix_fit
            + W_SUFFIX * self.suffix_fit
            + W_NEAR * self.nearness
        )

    @property
    def context(self) -> float:
        return (self.prefix_fit + self.suffix_fit) / 2

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
            "quote_similarity": round(self.quote_similarity, 4),
            "prefix_fit": round(self.prefix_fit, 4),
            "suffix_fit": round(self.suffix_fit, 4),
            "nearness": round(self.nearness, 4),
            "exact": self.exact,
        }


def similarity(a: str, b: str) -> float:
    """1 minus the edit distance over the longer length: 1.0 for equal strings."""
    if a == b:
        return 1.0
    longest = max(len(a), len(b))
    return 1.0 - Levenshtein.distance(a, b) / longest


def prefix_fit(ftext: str, start: int, fprefix: str) -> float:
    """How well the text before start continues the old prefix (nearest characters first).

    A prefix shorter than CONTEXT means the old text began there; a place with more text
    before it is compared over the full window, so it fits that much worse.
    """
    window = ftext[max(0, start - CONTEXT) : start]
    if len(fprefix) == CONTEXT:
        window = window[-CONTEXT:]
    if not fprefix:
        return 1.0 if not window.strip() else 0.0
    return _context_similarity(window[::-1], fprefix[::-1])


def suffix_fit(ftext: str, end: int, fsuffix: str) -> float:
    """How well the text after end continues the old suffix (nearest characters first)."""
    window = ftext[end : end + CONTEXT]
    if not fsuffix:
        return 1.0 if not window.strip() else 0.0
    return _context_similarity(window, fsuffix)


def _context_similarity(near_first: str, old_near_first: str) -> float:
    """Indel similarity of two context windows, read from the quote outward.

    The characters next to the quote count most: a common run at the start adds its share.
    """
    if near_first == old_near_first:
        return 1.0
    if not near_first:
        return 0.0
    run = 0
    for x, y in zip(near_first, old_near_first, strict=False):
        if x != y:
            break
        run += 1
    ratio = Indel.normalized_similarity(near_first, old_near_first)
    return max(ratio, run / max(len(near_first), len(old_near_first)))


def exact_starts(ftext: str, fquote: str, limit: int = MAX_EXACT) -> list[int]:
    """Where fquote occurs in ftext (both folded), in order, at most limit places."""
    if len(ftext) >= INDEX_FROM:
        indexed = _indexed_starts(ftext, fquote, limit)
        if indexed is not None:
            return indexed
    starts: list[int] = []
    index = ftext.find(fquote)
    while index != -1 and len(starts) < limit:
        starts.append(index)
        index = ftext.find(fquote, index + 1)
    return starts


#: Texts this long get a word index, so that thousands of claims don't each scan the text.
INDEX_FROM = 200_000


@lru_cache(maxsize=4)
def _word_index(ftext: str) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for m in _WORD.finditer(ftext):
        index.setdefault(m.group(), []).append(m.start())
    return index


def _indexed_starts(ftext: str, fquote: str, limit: int) -> list[int] | None:
    """Occurrences found through the quote's rarest whole word; None if it has none inside."""
    index = _word_index(ftext)
    inner = [m for m in _WORD.finditer(fquote) if m.start() > 0 and m.end() < len(fquote)]
    if not inner:
        return None
    rarest = min(inner, key=lambda m: len(index.get(m.group(), ())))
    offset = rarest.start()
    starts = [
        p - offset
        for p in index.get(rarest.group(), ())
        if p >= offset and ftext.startswith(fquote, p - offset)
    ]
    return starts[:limit]


def fuzzy_spans(
    ftext: str, fquote: str, fprefix: str, fsuffix: str, hint: int
) -> set[tuple[int, int]]:
    """Approximate places of the quote, seeded by pieces of the quote and of its context."""
    n = len(fquote)
    if n == 0 or not ftext:
        return set()
    seeds: set[int] = set()
    pieces = max(2, min(6, n // 12))
    size = max(6, n // pieces)
    for i in range(0, max(1, n - size + 1), size):
        piece = fquote[i : i + size]
        if len(piece.strip()) < 5:
            continue
        found = exact_starts(ftext, piece, MAX_SEEDS_PER_PIECE + 1)
        if len(found) <= MAX_SEEDS_PER_PIECE:
            seeds.update(f - i for f in found)
    tail = fprefix[-16:]
    if len(tail) >= 12:
        found = exact_starts(ftext, tail, MAX_SEEDS_PER_PIECE + 1)
        if len(found) <= MAX_SEEDS_PER_PIECE:
            seeds.update(f + len(tail) for f in found)
    head = fsuffix[:16]
    if len(head) >= 12:
        found = exact_starts(ftext, head, MAX_SEEDS_PER_PIECE + 1)
        if len(found) <= MAX_SEEDS_PER_PIECE:
            seeds.update(f - n for f in found)
    if 0 <= hint < len(ftext):
        seeds.add(hint)
    spans: set[tuple[int, int]] = set()
    done: list[int] = []
    for seed in sorted(seeds):
        if done and seed - done[-1] < max(4, n // 4):
            continue
        done.append(seed)
        lo = max(0, seed - n // 2 - 8)
        hi = min(len(ftext), seed + n + n // 2 + 8)
        if hi - lo < n:
            lo, hi = max(0, hi - n), min(len(ftext), lo + n)
        window = ftext[lo:hi]
        if len(window) < n:
            alignment = fuzz.partial_ratio_alignment(window, fquote)
            if alignment is None:
                continue
            start, end = lo, hi
        else:
            alignment = fuzz.partial_ratio_alignment(fquote, window)
            if alignment is None or alignment.score < 50:
                continue
            start, end = lo + alignment.dest_start, lo + alignment.dest_end
        start, end = refine(ftext, fquote, fprefix, fsuffix, start, end)
        if not fquote[0].isspace():
            while start < end and ftext[start].isspace():
                start += 1
        if not fquote[-1].isspace():
            while end > start and ftext[end - 1].isspace():
                end -= 1
        if end > start:
            spans.add((start, end))
    return spans


def refine(
    ftext: str, fquote: str, fprefix: str, fsuffix: str, start: int, end: int
) -> tuple[int, int]:
    """Move both ends to where the edit distance to the quote is least.

    Ties go to the ends whose neighbours continue the old prefix and suffix, then to the nearest.
    """
    reach = min(48, max(4, len(fquote) // 3))

    def before_fit(s: int) -> int:
        return _common_run(ftext[max(0, s - 16) : s][::-1], fprefix[::-1])

    def after_fit(e: int) -> int:
        return _common_run(ftext[e : e + 16], fsuffix)

    for _ in range(2):
        start = min(
            range(max(0, start - reach), min(end, start + reach) + 1),
            key=lambda s: (
                Levenshtein.distance(fquote, ftext[s:end]),
                -before_fit(s),
                abs(s - start),
            ),
        )
        end = min(
            range(max(start + 1, end - reach), min(len(ftext), end + reach) + 1),
            key=lambda e: (
                Levenshtein.distance(fquote, ftext[start:e]),
                -after_fit(e),
                abs(e - end),
            ),
        )
    return start, end


def _common_run(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def typo_level(old: str, new: str) -> tuple[bool, bool]:
    """Whether new differs from old only as a typo fix would, and whether a figure changed.

    A typo fix replaces a word or two by nearly the same word (one slip in a word of up to
    five letters, two in a longer one; two letters swapped count as one slip); words added,
    dropped or exchanged for others make a rewording.
    """
    from difflib import SequenceMatcher

    a, b = words(old), words(new)
    figure_changed = _DIGITS.findall(old) != _DIGITS.findall(new) or any(
        w for w in set(a) ^ set(b) if _DIGITS.search(w)
    )
    if Levenshtein.distance(old, new) > max(3, len(old) // 20):
        return False, figure_changed
    changed = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if tag != "replace" or i2 - i1 != j2 - j1:
            return False, figure_changed
        for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
            slips = OSA.distance(x.lower(), y.lower())
            if slips > (1 if min(len(x), len(y)) <= 5 else 2) or min(len(x), len(y)) < 3:
                return False, figure_changed
            changed += 1
    return changed <= 2, figure_changed


def touching(ftext: str, a: int, b: int, n: int, reach: int = 600) -> bool:
    """Whether two equal passages at a < b (n characters) lie in copies of one block side by side.

    The texts around both are compared outward; if the repeated blocks meet (within a context
    window), each copy's context is the other's, and context can't tell them apart.
    """
    if b < a:
        a, b = b, a
    if b < a + n + CONTEXT:
        return True
    left = 0
    while left < reach and a - left > 0 and ftext[a - left - 1] == ftext[b - left - 1]:
        left += 1
    right = 0
    while (
        right < reach
        and b + n + right < len(ftext)
        and ftext[a + n + right] == ftext[b + n + right]
    ):
        right += 1
    return b - left <= a + n + right + CONTEXT


def whole_words(ftext: str, start: int, end: int) -> str:
    """The passage widened to the ends of the words it cuts through."""
    while start > 0 and ftext[start - 1].isalnum() and ftext[start].isalnum():
        start -= 1
    while end < len(ftext) and ftext[end].isalnum() and ftext[end - 1].isalnum():
        end += 1
    return ftext[start:end]
