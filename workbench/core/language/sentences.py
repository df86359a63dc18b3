"""Sentence segmentation for German and English news text, with character offsets into
the original text (zero-width spaces, no-break spaces and direction marks included).

The default engine is a set of rules that runs at regex speed and uses SoMaJo's lists of
abbreviations; SoMaJo itself (engine="somajo") is kept for comparison: it splits about a
thousand sentences a second here, too slow for a megabyte, and it keeps "auf Platz 10. Die"
together. tests/benchmarks/bench_suggest.py measures both on the labelled sentences.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

#: Longer "sentences" (tables, lists without punctuation) are cut at a space near this length.
MAX_SENTENCE_CHARS = 1500

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069\u00ad"
_BLANK_CLASS = rf"\s{_INVISIBLE}"
_LINE_BREAK = re.compile(r"[\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CANDIDATE = re.compile(rf"(?:\.\.\.|[.!?…])+[\"'“”‘’»«›‹)\]]*(?=[{_BLANK_CLASS}])")
_NEXT = re.compile(rf"[{_BLANK_CLASS}]*(?:[^\w{_BLANK_CLASS}][{_BLANK_CLASS}]*)*(\w+)?")
_TOKEN_BEFORE = re.compile(rf"[^{_BLANK_CLASS}]*$")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_MULTIPART = re.compile(r"(?:[^\W\d_]{1,4}\.)+[^\W\d_]{1,4}")
_SOMAJO_LOCK = threading.Lock()


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_OPENERS = "\"'“”„‘‚»«›‹(["

_STARTERS = _word_set(
    """Der Die Das Den Dem Des Ein Eine Einen Er Sie Es Wir Ich Ihr Man Dann Doch Aber Auch Und
    Dies Diese Dieser Dieses Damit Daher Deshalb Danach Dabei Zudem Nach Im In Am Auf Bei
    Mit Laut Seit Für Wie Was Wer Wann Warum Als Wenn Ob So Nun Jetzt Noch Nur Zum Zur Vom
    Von Unter Über Trotz Wegen Während Bis Zwar Allerdings Insgesamt Demnach Zuvor Später
    The A An He She It They We I You This That These Those There Then But And Yet So On At
    For With According As After Before Since When While If What Who Why How Its Their His
    Her Our Some Many Most Meanwhile However Also Last Earlier Later"""
)
#: Words before a German number that make "3." an ordinal ("der 3. Platz", "zum 5. Mal").
_ORDINAL_CONTEXT = _word_set(
    """der die das dem den des zum zur am im vom beim ihr ihre ihrem ihren ihrer sein seine
    seinem seinen seiner ab bis seit zum"""
)
#: Abbreviations that stand before a name or number and so never end a sentence.
_TITLES = _word_set(
    """dr prof mr mrs ms st nr no nos hr fr frau sen gov gen rep rev sr jr dipl ing mag hon lt
    col sgt capt pres univ approx ca vgl bzw z u d v s o i e"""
)
_MONTHS = _word_set(
    """januar jänner februar märz april mai juni juli august september oktober november
    dezember january february march may june july october december"""
)
_EXTRA_ABBREVIATIONS = _word_set(
    """No Nos Approx approx Apr Aug Sept Sep Oct Dec Feb Mar Jun Jul Jr Sr Gov Sen Rep Gen Lt
    Col Sgt Capt Rev Hon pp cf al Fig fig Abb Abs Art ff Ziff Bd Hrsg Mio Mrd Tsd Bio Inc
    Corp Ltd Co Dr Prof Mr Mrs Ms St Nr ca vgl bzw usw etc Jan Nov Okt Dez Febr"""
)


@dataclass(frozen=True)
class Sentence:
    """A sentence as a span of the original text; ``text == original[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The sentence as JSON-ready data."""
        return asdict(self)


def split_sentences(
    text: str,
    language: str | None = None,
    *,
    engine: Literal["rules", "somajo"] = "rules",
    max_chars: int = MAX_SENTENCE_CHARS,
) -> list[Sentence]:
    """Split ``text`` into sentences; German rules for "de", English rules otherwise."""
    lang = "de" if language == "de" else "en"
    spans: list[tuple[int, int]] = []
    for para_start, para_end in paragraph_spans(text):
        pieces = None
        if engine == "somajo":
            pieces = _somajo_paragraph(text, para_start, para_end, lang)
        if pieces is None:
            pieces = _split_paragraph(text, para_start, para_end, lang)
        for start, end in pieces:
            spans.extend(_cap_length(text, start, end, max_chars))
    return [Sentence(s, e, text[s:e]) for s, e in spans]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Blocks of text separated by line breaks; a line break inside a sentence (after a
    comma or a hyphen, or before a lower-case word) does not end the block."""
    spans: list[tuple[int, int]] = []
    start = line_start = 0
    for m in _LINE_BREAK.finditer(text):
        before = _trim(text, max(line_start, m.start() - 80), m.start())
        after = _trim(text, m.end(), min(len(text), m.end() + 80))
        line_start = m.end()
        if before and after and (text[before[1] - 1] in ",-–(" or text[after[0]].islower()):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [t for t in (_trim(text, s, e) for s, e in spans) if t is not None]


def has_text(text: str) -> bool:
    """Whether ``text`` has anything visible (not only spaces and invisible characters)."""
    return _trim(text, 0, len(text)) is not None


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink a span past blanks and invisible characters on both sides."""
    while start < end and _is_blank(text[start]):
        start += 1
    while end > start and _is_blank(text[end - 1]):
        end -= 1
    return (start, end) if start < end else None


def _is_blank(ch: str) -> bool:
    return (
        ch.isspace()
        or ch in "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u00ad"
        or ("\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069")
    )


def _split_paragraph(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    cuts = [m.end() for m in _CANDIDATE.finditer(text, start, end) if _ends(text, m, end, lang)]
    spans = []
    for cut in [*cuts, end]:
        trimmed = _trim(text, start, cut)
        if trimmed is not None:
            spans.append(trimmed)
        start = cut
    return spans


def _ends(text: str, m: re.Match[str], limit: int, lang: str) -> bool:
    """Whether the punctuation matched by ``m`` ends a sentence."""
    nm = _NEXT.match(text, m.end(), limit)
    nxt = nm.group(1) if nm else None
    if not nxt:
        return not (nm and nm.end() >= limit)
    if nxt[0].islower():
        return False
    marks = m.group(0)
    if "?" in marks or "!" in marks or "…" in marks or ".." in marks:
        return True
    token = _TOKEN_BEFORE.search(text, max(0, m.start() - 60), m.start())
    tok = token.group(0).lstrip(_OPENERS) if token else ""
    if not tok:
        return True
    starter = nxt in _STARTERS
    if _MULTIPART.fullmatch(tok):  # "U.S.", "z.B.", "a.m."
        return starter
    if tok[-1].isdigit():
        if lang != "de" or nxt[0].isdigit() or not tok.isdigit() or len(tok) > 3:
            return True
        if nxt.lower() in _MONTHS:  # "am 27. Januar"
            return False
        before = _WORD_BEFORE.search(text, max(0, m.start() - len(tok) - 25), m.start() - len(tok))
        ordinal = before is not None and before.group(1).lower() in _ORDINAL_CONTEXT
        return starter or not ordinal  # "der 3. Platz" stays, "auf Platz 3. Hoffentlich" ends
    low = tok.lower()
    if len(tok) == 1 and tok.isalpha():  # initials and "S. 5"
        return False
    if low in _TITLES:
        return False
    if _is_abbreviation(tok):
        if low in {"usw", "usf", "etc", "uvam"}:
            return not nxt[0].isdigit()
        return starter  # "6 Mio. Euro" stays, "6 Mio. Die Firma" ends
    return True


def _is_abbreviation(tok: str) -> bool:
    """Whether ``tok`` + "." is a known abbreviation; case counts ("Found." is one, "found."
    is not), except that a lower-case abbreviation may start a sentence capitalised."""
    known = _abbreviations()
    return tok + "." in known or (tok[:1].isupper() and tok[:1].lower() + tok[1:] + "." in known)


@functools.cache
def _abbreviations() -> frozenset[str]:
    """Abbreviations with their period, SoMaJo's lists plus a few of our own."""
    found = {a + "." for a in _EXTRA_ABBREVIATIONS}
    try:  # read SoMaJo's data files without importing SoMaJo itself
        spec = importlib.util.find_spec("somajo")
        locations = list(spec.submodule_search_locations or []) if spec else []
        data = Path(locations[0]) / "data" if locations else Path("/nonexistent")
        for name in ("abbreviations_de.txt", "abbreviations_en.txt"):
            for line in (data / name).read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if line and not line.startswith("#") and " " not in line:
                    found.add(line)
    except (ImportError, OSError):
        pass
    return frozenset(found)


@functools.cache
def _somajo(lang: str) -> Any:
    from somajo import SoMaJo

    return SoMaJo("de_CMC" if lang == "de" else "en_PTB", character_offsets=True)


def _somajo_paragraph(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]] | None:
    """SoMaJo's sentences of one paragraph, or None (use the rules) if it fails."""
    try:
        with _SOMAJO_LOCK:
            sentences = [s for s in _somajo(lang).tokenize_text([text[start:end]]) if s]
        spans = [
            (start + s[0].character_offset[0], start + s[-1].character_offset[1]) for s in sentences
        ]
    except Exception:  # SoMaJo is optional: a failure falls back to the rules
        return None
    if any(not start <= a < b <= end for a, b in spans):
        return None
    return [t for t in (_trim(text, a, b) for a, b in spans) if t is not None]


def _cap_length(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut an overlong span at the last blank before ``max_chars`` (or hard, if none)."""
    spans: list[tuple[int, int]] = []
    while end - start > max_chars:
        cut = start + max_chars
        space = next((i for i in range(cut, start + max_chars // 2, -1) if _is_blank(text[i])), 0)
        if space > start:
            cut = space
        trimmed = _trim(text, start, cut)
        if trimmed is not None:
            spans.append(trimmed)
        start = cut
        trimmed_rest = _trim(text, start, end)
        if trimmed_rest is None:
            return spans
        start = trimmed_rest[0]
    spans.append((start, end))
    return spans
