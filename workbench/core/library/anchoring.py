"""Anchors that survive text changes, as W3C Web Annotation selectors.

A claim keeps the selectors it was marked with, a TextPositionSelector (start, end) and a
TextQuoteSelector (exact, prefix, suffix), for good. Each new version of its article's text
gets a Placement of the claim of its own: where the claim now lies, how it was found, how
certain that is and, where it is not certain, why. Exact occurrences and fuzzy alignments of
the quote are scored together on the quote, its prefix and suffix and nearness, so an edited
original whose context is intact beats an exact copy elsewhere. A tie, a rewording beyond a
typo fix, a changed figure, lost context or a short quote is marked for review rather than
presented as found; words that are gone make an orphan: kept, flagged, never deleted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from workbench.core.errors import InputError
from workbench.core.library.anchor_candidates import (
    CONTEXT,
    Candidate,
    exact_starts,
    fold,
    folded,
    fuzzy_spans,
    prefix_fit,
    similarity,
    suffix_fit,
    touching,
    typo_level,
    whole_words,
    words,
)


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


#: Below this quote similarity nothing is placed: the words are gone.
ORPHAN_BELOW = 0.6
#: Below this quote similarity a place also needs some of its context to be kept at all.
WEAK_QUOTE = 0.8
#: Context fit (0..1, per side) below which a side counts as changed.
WEAK_CONTEXT = 0.5
#: Two places whose fit differs by less than this are a tie.
TIE_MARGIN = 0.03
#: An exact copy whose context fit (0..1) is this close to the best one's is a tie.
COPY_MARGIN = 0.25
#: Only the best this many places are told apart from other passages' copies.
MAX_COMPARED = 20
#: Quotes shorter than this (characters, or three words) are never placed certain by fuzz alone.
SHORT_QUOTE = 16

REASONS = {
    "tie": "The marked words fit equally well at more than one place; which one is meant can't be told.",
    "reworded": "The words were rewritten beyond a typo fix; check that they still say what was marked.",
    "figure": "A number in the marked words changed.",
    "context": "The words around the passage changed, so it is not sure these are the marked words.",
    "short": "The quote is short and its surroundings changed, so its place is uncertain.",
    "gone": "The marked words are no longer in the text.",
    "elsewhere": "The marked words were removed; the same words remain only in another passage.",
}


@dataclass(frozen=True)
class Placement:
    """Where a claim lies in one version of a text, how it was found and how sure that is.

    method is position (same place, same words), quote (the same words, moved), fuzzy (words
    changed, typo fixes at most unless needs_review says otherwise) or orphan. confidence
    (0..1) orders a review list; needs_review is the decision, reason says why in a sentence.
    """

    anchor: Anchor | None
    method: str
    confidence: float = 1.0
    needs_review: bool = False
    reason: str = ""
    flags: tuple[str, ...] = ()
    candidates: tuple[Candidate, ...] = field(default=(), compare=False)

    @property
    def orphaned(self) -> bool:
        return self.anchor is None

    @property
    def start(self) -> int | None:
        return None if self.anchor is None else self.anchor.start

    @property
    def end(self) -> int | None:
        return None if self.anchor is None else self.anchor.end

    @property
    def quote(self) -> str | None:
        """The text the claim now points at (None for an orphan)."""
        return None if self.anchor is None else self.anchor.exact

    def to_dict(self) -> dict[str, object]:
        """What the library keeps per claim and text version."""
        return {
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "orphaned": self.orphaned,
            "method": self.method,
            "confidence": round(self.confidence, 3),
            "needs_review": self.needs_review,
            "reason": self.reason,
            "flags": list(self.flags),
        }


def place(
    marked: Anchor,
    text: str,
    *,
    previous: Anchor | None = None,
    previous_text: str | None = None,
) -> Placement:
    """Place a claim in a new version of its article's text; never changes `marked`.

    marked is the claim's selector as the fact-checker made it. previous, if given, is the
    claim's last placement that was certain or confirmed by the fact-checker; it is then what
    is looked for. previous_text is the text that previous (or, without it, marked) points
    into: with it, unchanged stretches of text settle a place for sure and words that also
    stood elsewhere in that text are told apart from the claimed ones.
    """
    reference = previous or marked
    fquote = fold(reference.exact)
    if not fquote.strip() or not text or text.isspace():
        return _orphan("gone", ())
    if previous_text is not None and fold(previous_text[reference.start : reference.end]) != fquote:
        previous_text = None  # not the text the reference points into: of no help
    if previous_text is not None:
        kept = _unchanged(reference, previous_text, text, fquote)
        if kept is not None:
            return Placement(
                anchor_at(text, *kept), "position" if kept[0] == reference.start else "quote"
            )

    ftext = folded(text)
    fprefix, fsuffix = fold(reference.prefix), fold(reference.suffix)
    old_length = len(previous_text) if previous_text is not None else len(text)
    where = reference.start / max(1, old_length)

    def candidate(start: int, end: int, exact: bool) -> Candidate:
        quote_similarity = 1.0 if exact else similarity(fquote, ftext[start:end])
        nearness = max(0.0, 1.0 - 2 * abs(start / max(1, len(text)) - where))
        return Candidate(
            start,
            end,
            quote_similarity,
            prefix_fit(ftext, start, fprefix),
            suffix_fit(ftext, end, fsuffix),
            nearness,
            exact,
        )

    copies = exact_starts(ftext, fquote)
    found = {(s, s + len(fquote)): candidate(s, s + len(fquote), True) for s in copies}
    if not found or max(c.context for c in found.values()) < 1.0:
        hint = round(where * len(text))
        for span in fuzzy_spans(ftext, fquote, fprefix, fsuffix, hint):
            if span not in found:
                c = candidate(*span, exact=ftext[span[0] : span[1]] == fquote)
                if c.quote_similarity >= ORPHAN_BELOW:
                    found[span] = c
    ranked = sorted(found.values(), key=lambda c: (-c.score, c.start))
    siblings = _siblings(reference, previous_text, fquote) if previous_text is not None else []
    undecided = False
    if siblings:
        # A place that continues the claimed context on both sides is the claimed one.
        mine = [
            c
            for c in ranked[:MAX_COMPARED]
            if c.context >= 1.0 or not _belongs_to_sibling(c, ftext, fprefix, fsuffix, siblings)
        ]
        if not mine and ranked and ranked[0].exact:
            if len(copies) <= len(siblings):
                return _orphan("elsewhere", tuple(ranked[:5]))
            # As many copies as before, yet each looks like another's: one of them is the
            # claimed one, and which can't be told.
            ranked = ranked[:MAX_COMPARED]
            undecided = True
        else:
            ranked = mine
    if not ranked:
        return _orphan("gone", ())
    best = ranked[0]
    if best.quote_similarity < ORPHAN_BELOW or (
        best.quote_similarity < WEAK_QUOTE and best.context < WEAK_CONTEXT
    ):
        return _orphan("gone", tuple(ranked[:5]))

    flags: list[str] = ["tie"] if undecided else []
    if not best.exact:
        # Words are compared whole: a place that ends inside a word is judged by that word.
        marked_words = whole_words(
            fprefix + fquote + fsuffix, len(fprefix), len(fprefix) + len(fquote)
        )
        typo, figure = typo_level(marked_words, whole_words(ftext, best.start, best.end))
        if figure:
            flags.append("figure")
        if not typo:
            flags.append("reworded")
    rivals = [c for c in ranked[1:] if c.end <= best.start or c.start >= best.end]
    runner_up = rivals[0] if rivals else None
    if runner_up is not None and runner_up.quote_similarity >= WEAK_QUOTE:
        closest = max(rivals, key=lambda c: c.fit)
        # Two exact copies each keeping some of the context: neither is clearly the claimed one.
        copy_rival = (
            best.exact
            and best.context < 1.0
            and any(c.exact and c.context >= best.context - COPY_MARGIN for c in rivals)
        )
        if (
            closest.fit >= best.fit - TIE_MARGIN
            or copy_rival
            or _side_by_side(best, copies, ftext, fquote)
        ):
            flags.append("tie")
    if (
        "tie" not in flags
        and siblings
        and _claimed_or_sibling(best, ftext, fprefix, fsuffix, siblings)
    ):
        flags.append("tie")
    if "tie" not in flags and best.exact and siblings:
        # The claimed words stood right beside a copy of them: each copy's context was the
        # other's, so after a change near them nothing tells which copy is which.
        ptext = folded(previous_text or "")
        if any(touching(ptext, reference.start, s, len(fquote)) for _, _, s in siblings):
            flags.append("tie")
    short = len(fquote.strip()) < SHORT_QUOTE or len(words(fquote)) < 3
    strongest_side = max(best.prefix_fit, best.suffix_fit)
    if short and (not best.exact or min(best.prefix_fit, best.suffix_fit) < 0.6):
        flags.append("short")
    elif strongest_side < WEAK_CONTEXT or (not best.exact and best.context < WEAK_CONTEXT):
        # The words moved into new surroundings; they are still the claimed ones if every
        # other copy of them in the text is accounted for by another passage of the old text.
        only_here = (
            best.exact
            and previous_text is not None
            and len(copies) == 1 + len(siblings)
            and not any(c.quote_similarity >= WEAK_QUOTE for c in rivals)
        )
        if not only_here:
            flags.append("context")

    margin = best.fit - (runner_up.fit if runner_up is not None else 0.0)
    confidence = best.fit * min(1.0, 0.5 + 5 * margin)
    if flags:
        confidence = min(confidence, 0.6)
    if (
        best.exact
        and best.start == reference.start
        and text[best.start : best.end] == reference.exact
    ):
        method = "position"
    else:
        method = "quote" if best.exact else "fuzzy"
    return Placement(
        anchor_at(text, best.start, best.end),
        method,
        confidence=round(confidence, 4),
        needs_review=bool(flags),
        reason=" ".join(REASONS[f] for f in flags),
        flags=tuple(flags),
        candidates=tuple(ranked[:5]),
    )


def reanchor(old: Anchor, text: str, *, previous_text: str | None = None) -> Placement:
    """Place an anchor in a new version of its text (kept for callers of the older name)."""
    return place(old, text, previous_text=previous_text)


def _orphan(why: str, candidates: tuple[Candidate, ...]) -> Placement:
    return Placement(
        None,
        "orphan",
        confidence=0.0,
        needs_review=False,
        reason=REASONS[why],
        flags=(why,),
        candidates=candidates,
    )


def _unchanged(
    reference: Anchor, previous_text: str, text: str, fquote: str
) -> tuple[int, int] | None:
    """The claim's place if the text did not change from its prefix to its suffix.

    The two texts agree up to `head` and from `tail` characters before their ends. Where the
    changed stretch repeats the text just before it (a copy inserted or removed beside
    what it copies), the stretch could as well stand up to `slide` characters earlier:
    a claim in that reach is left to the scoring, which flags the tie.
    """
    head, tail, slide = _alignment(previous_text, text)
    lo = reference.start - len(reference.prefix)
    hi = reference.end + len(reference.suffix)
    if hi <= head - slide:
        start = reference.start
    elif lo >= len(previous_text) - tail:
        start = reference.start + len(text) - len(previous_text)
    else:
        return None
    # A copy of the words in the changed stretch, right beside the claimed ones, may as well
    # be the claimed ones: which is which is then for the scoring (and the reader) to decide.
    ftext, n = folded(text), len(fquote)
    changed_from, changed_to = max(0, head - slide - n), len(text) - tail + n
    copy = ftext.find(fquote, changed_from, changed_to)
    while copy != -1:
        if copy != start and touching(ftext, start, copy, n):
            return None
        copy = ftext.find(fquote, copy + 1, changed_to)
    return start, start + reference.end - reference.start


@lru_cache(maxsize=4)
def _alignment(a: str, b: str) -> tuple[int, int, int]:
    """Common beginning, common end (not overlapping it) and how far the change between may slide."""
    head = _longest(lambda k: a[:k] == b[:k], min(len(a), len(b)))
    limit = min(len(a), len(b)) - head
    tail = _longest(lambda k: a[len(a) - k :] == b[len(b) - k :], limit)
    end_a, end_b = len(a) - tail, len(b) - tail
    slide = _longest(
        lambda k: (
            b[head - k : head] == b[end_b - k : end_b]
            and a[head - k : head] == a[end_a - k : end_a]
        ),
        head,
    )
    return head, tail, slide


def _longest(holds: Callable[[int], bool], limit: int) -> int:
    """The largest k <= limit for which holds(k), where holds is true up to some k, then false."""
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if holds(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _siblings(reference: Anchor, previous_text: str, fquote: str) -> list[tuple[str, str, int]]:
    """The other places the same words stood in the previous text, with their context."""
    ftext = folded(previous_text)
    result = []
    for start in exact_starts(ftext, fquote):
        if start == reference.start:
            continue
        end = start + len(fquote)
        result.append((ftext[max(0, start - CONTEXT) : start], ftext[end : end + CONTEXT], start))
    return result


def _claimed_or_sibling(
    c: Candidate, ftext: str, fprefix: str, fsuffix: str, siblings: list[tuple[str, str, int]]
) -> bool:
    """Whether a place continues another old occurrence of the words about as well as the claimed one."""
    own = c.prefix_fit + c.suffix_fit
    return any(
        prefix_fit(ftext, c.start, prefix) + suffix_fit(ftext, c.end, suffix) >= own - 0.2
        for prefix, suffix, _ in siblings
    )


def _belongs_to_sibling(
    c: Candidate, ftext: str, fprefix: str, fsuffix: str, siblings: list[tuple[str, str, int]]
) -> bool:
    """Whether a place continues another old occurrence of the words better than the claimed one."""
    own = c.prefix_fit + c.suffix_fit
    for prefix, suffix, _ in siblings:
        theirs = prefix_fit(ftext, c.start, prefix) + suffix_fit(ftext, c.end, suffix)
        if theirs > own + 0.2:
            return True
    return False


def _side_by_side(best: Candidate, copies: list[int], ftext: str, fquote: str) -> bool:
    """Whether an exact copy stands right beside the best place: their contexts are each other's."""
    return best.exact and any(
        touching(ftext, best.start, c, len(fquote)) for c in copies if c != best.start
    )
