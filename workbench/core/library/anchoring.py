"""Anchors that survive text changes, as W3C Web Annotation selectors.

A claim keeps a TextPositionSelector (start, end) and a TextQuoteSelector (exact, prefix, suffix).
When its article gets a new text, re-anchoring tries, in order: the same position if the exact
text is still there; the exact quote at the occurrence whose context matches best; a fuzzy match
of the quote. What can't be placed is an orphan: kept, flagged, never deleted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from workbench.core.errors import InputError

CONTEXT = 32
#: A fuzzy candidate must keep at least this share of the quote (Levenshtein-based similarity).
FUZZY_MIN_SIMILARITY = 0.5
#: Below this similarity a fuzzy match is accepted only where its context still matches.
FUZZY_SURE_SIMILARITY = 0.75


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str

    def to_selectors(self) -> list[dict[str, object]]:
        """The anchor as Web Annotation selectors."""
        return [
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
            {
                "type": "TextQuoteSelector",
                "exact": self.exact,
                "prefix": self.prefix,
                "suffix": self.suffix,
            },
        ]


@dataclass(frozen=True)
class Placement:
    """Where a re-anchored claim landed; method is position, quote, fuzzy or orphan."""

    anchor: Anchor | None
    method: str

    @property
    def orphaned(self) -> bool:
        return self.anchor is None


def anchor_at(text: str, start: int, end: int) -> Anchor:
    """Build the selectors for text[start:end]."""
    if not 0 <= start < end <= len(text):
        raise InputError(
            f"The passage {start}-{end} lies outside the text ({len(text)} characters)."
        )
    return Anchor(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )


def _flexible_pattern(quote: str) -> re.Pattern[str]:
    """A pattern matching the quote with any run of whitespace and either style of quote marks."""
    parts = []
    for token in re.split(r"(\s+)", quote.strip()):
        if not token:
            continue
        if token.isspace():
            parts.append(r"\s+")
            continue
        escaped = "".join(
            '["„“”«»]' if char in '"„“”«»' else "['‚‘’‹›]" if char in "'‚‘’‹›" else re.escape(char)
            for char in token
        )
        parts.append(escaped)
    return re.compile("".join(parts))


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Every place the quote occurs: exactly, else ignoring whitespace and quote-mark style."""
    if not quote.strip():
        raise InputError("The quote is empty.")
    spans: list[tuple[int, int]] = []
    index = text.find(quote)
    while index != -1:
        spans.append((index, index + len(quote)))
        index = text.find(quote, index + 1)
    if spans:
        return spans
    return [m.span() for m in _flexible_pattern(quote).finditer(text)]


def anchor_quote(text: str, quote: str, occurrence: int | None = None) -> Anchor:
    """Anchor a quote the user typed; it must occur in the text, and be unambiguous."""
    spans = find_quote(text, quote)
    shown = quote if len(quote) <= 60 else quote[:57] + "..."
    if not spans:
        raise InputError(f"The quote {shown!r} does not occur in the article's text.")
    if occurrence is None:
        if len(spans) > 1:
            raise InputError(
                f"The quote {shown!r} occurs {len(spans)} times; pick one with --occurrence 1..{len(spans)}."
            )
        occurrence = 1
    if not 1 <= occurrence <= len(spans):
        raise InputError(
            f"The quote occurs {len(spans)} time(s); there is no occurrence {occurrence}."
        )
    start, end = spans[occurrence - 1]
    return anchor_at(text, start, end)


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _context_score(text: str, start: int, end: int, old: Anchor) -> float:
    prefix = text[max(0, start - CONTEXT) : start]
    suffix = text[end : end + CONTEXT]
    # Compare the characters nearest the quote most: align prefixes at their ends.
    p = _similarity(prefix[-len(old.prefix) :] if old.prefix else "", old.prefix)
    s = _similarity(suffix[: len(old.suffix)] if old.suffix else "", old.suffix)
    return p + s


def reanchor(old: Anchor, text: str) -> Placement:
    """Place an anchor in a new version of its text (see the module docstring for the order)."""
    if text[old.start : old.end] == old.exact:
        return Placement(anchor_at(text, old.start, old.end), "position")
    spans = []
    index = text.find(old.exact)
    while index != -1:
        spans.append(index)
        index = text.find(old.exact, index + 1)
    if spans:

        def score(start: int) -> tuple[float, float]:
            end = start + len(old.exact)
            distance = abs(start - old.start) / max(1, len(text))
            return (_context_score(text, start, end, old), -distance)

        best = max(spans, key=score)
        return Placement(anchor_at(text, best, best + len(old.exact)), "quote")
    fuzzy = _fuzzy_find(old, text)
    if fuzzy is not None:
        return Placement(anchor_at(text, *fuzzy), "fuzzy")
    return Placement(None, "orphan")


def _fuzzy_find(old: Anchor, text: str) -> tuple[int, int] | None:
    """The best approximate occurrence of the quote, scored as Hypothesis does, or None."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    quote = old.exact
    if not quote.strip() or not text:
        return None
    max_errors = min(256, len(quote) // 2)
    candidates: list[tuple[int, int]] = []
    # Look first near the old place, then the whole text: long texts stay fast.
    window = max(4 * len(quote), 2000)
    regions = [(max(0, old.start - window), min(len(text), old.end + window)), (0, len(text))]
    for lo, hi in regions:
        alignment = fuzz.partial_ratio_alignment(quote, text[lo:hi])
        if alignment is None or alignment.score < FUZZY_MIN_SIMILARITY * 100:
            continue
        candidates.append((lo + alignment.dest_start, lo + alignment.dest_end))
    best: tuple[float, tuple[int, int]] | None = None
    for start, end in candidates:
        start, end = _trim(text, *_refine(old, text, start, end))
        if end <= start:
            continue
        errors = Levenshtein.distance(quote, text[start:end])
        if errors > max_errors:
            continue
        quote_score = 1 - errors / max(1, len(quote))
        prefix_score = _similarity(text[max(0, start - CONTEXT) : start], old.prefix)
        suffix_score = _similarity(text[end : end + CONTEXT], old.suffix)
        if quote_score < FUZZY_SURE_SIMILARITY and (prefix_score + suffix_score) / 2 < 0.5:
            continue
        position_score = 1 - abs(start - old.start) / max(1, len(text))
        total = 50 * quote_score + 20 * prefix_score + 20 * suffix_score + 2 * position_score
        if best is None or total > best[0]:
            best = (total, (start, end))
    return best[1] if best else None


def _refine(old: Anchor, text: str, start: int, end: int) -> tuple[int, int]:
    """Move the ends of a same-length window to where the edit distance to the quote is least.

    Ties go to the ends whose neighbouring characters continue the old prefix and suffix.
    """
    from rapidfuzz.distance import Levenshtein

    quote = old.exact
    reach = min(64, max(4, len(quote) // 2))

    def prefix_fit(s: int) -> int:
        return _common_suffix(text[max(0, s - CONTEXT) : s], old.prefix)

    def suffix_fit(e: int) -> int:
        return _common_prefix(text[e : e + CONTEXT], old.suffix)

    for _ in range(2):
        start = min(
            range(max(0, start - reach), min(end, start + reach) + 1),
            key=lambda s: (
                Levenshtein.distance(quote, text[s:end]),
                -prefix_fit(s),
                abs(s - start),
            ),
        )
        end = min(
            range(max(start + 1, end - reach), min(len(text), end + reach) + 1),
            key=lambda e: (
                Levenshtein.distance(quote, text[start:e]),
                -suffix_fit(e),
                abs(e - end),
            ),
        )
    return start, end


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
