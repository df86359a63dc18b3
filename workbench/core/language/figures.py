"""Figures as German and English writers write them: amounts, money, percentages, counts,
quantities, dates, years, ranks, fractions and factors, with their spans in the text.

The language of the text decides how "1.500", "1,5" and "Billion" are read. The result is
meant for comparing a claim with its source, so every figure keeps its unit or currency,
whether it is approximate, and its lower and upper bounds.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from workbench.core.language import figure_words as w
from workbench.core.language.figure_patterns import Mention, shaped_mentions

#: The kinds of figure this module tells apart.
KINDS = (
    "money",
    "percent",
    "count",
    "quantity",
    "number",
    "date",
    "year",
    "rank",
    "fraction",
    "factor",
    "time",
    "age",
    "score",
)
_H = r"[^\S\n]"


@dataclass(frozen=True)
class Figure:
    """One figure found in a text.

    ``value`` is None when the text gives only bounds ("mehr als 50.000": lower=50000) or a
    range ("zwischen 10 und 20": lower=10, upper=20), and for dates, which carry ``date``
    as a (partial) ISO 8601 string such as "2024-01-27", "--01-27" or "2024-01".
    """

    kind: str
    value: float | None
    unit: str | None
    start: int
    end: int
    text: str
    lower: float | None = None
    upper: float | None = None
    approximate: bool = False
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The figure as JSON-ready data."""
        return asdict(self)

    @property
    def interval(self) -> tuple[float, float] | None:
        """The values the figure allows, as (low, high); None for dates and scores."""
        if self.value is not None:
            return (self.value, self.value)
        if self.lower is None and self.upper is None:
            return None
        low = self.lower if self.lower is not None else float("-inf")
        high = self.upper if self.upper is not None else float("inf")
        return (low, high)


def parse_number(raw: str, language: str = "en") -> float | None:
    """Read digits with the separators of ``language``; None when they make no sense.

    German uses "." for thousands and "," for decimals, English the reverse; a separator
    that can't be a thousands separator (not followed by exactly three digits) is taken
    as the decimal mark, as writers of either language sometimes do.
    """
    s = re.sub(r"[\s\u00a0\u202f\u2009']", "", raw)
    if not s or not re.fullmatch(r"\d[\d.,]*", s) or s[-1] in ".,":
        return None
    decimal, group = (",", ".") if language == "de" else (".", ",")
    if decimal in s and group in s:
        if s.rfind(decimal) < s.rfind(group):
            decimal, group = group, decimal
        head, _, tail = s.rpartition(decimal)
        if not _grouped(head, group) or group in tail:
            return None
        return float(head.replace(group, "") + "." + tail)
    for sep in (group, decimal):
        if sep in s:
            parts = s.split(sep)
            if _grouped(s, sep) and (sep == group or len(parts) > 2):
                return float(s.replace(sep, ""))
            if len(parts) == 2:
                return float(parts[0] + "." + parts[1])
            return None
    return float(s)


def _grouped(s: str, sep: str) -> bool:
    parts = s.split(sep)
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


_NUMBER_RE = re.compile(
    r"(?=[\d\-−])(?<![\w.,])(?<![^\W\d]-)(?P<neg>[-−](?=\d))?"
    r"(?P<num>\d{1,3}(?:(?:[.,]|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)"
)
_SCALE_AHEAD = (
    "million|millionen|milliarde|milliarden|billion|billionen|trillion|mio|mrd|thousand|tausend"
)
_WORDS_DE = re.compile(
    r"(?=[eEzZdDvVfFsSaAnNhHtTßl])(?:\b(?:ein|eine|eins)(?=" + _H + r"+(?:" + _SCALE_AHEAD + r")\b)"
    r"|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zig|ßig|hundert|tausend)"
    r"\b(?!-\w))",
    re.I,
)
_WORD_START_DE = re.compile(r"[a-zäöüß]*$", re.I)
_WORDS_EN = re.compile(
    r"(?=[aotfsenh])\b(?:(?:a|an|one)(?=" + _H + r"+(?:million|billion|trillion|thousand)\b)"
    r"|(?:a|one)" + _H + r"+(?:hundred|thousand|dozen)"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|dozen)\b(?!-\w)",
    re.I,
)


_CURRENCY_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(US-?\$|SFr\.|Fr\.|CHF|EUR|USD|GBP)|(\$|€|£|¥))" + _H + r"?$"
)
_MINUS_BEFORE = re.compile(r"(?<![\w-])(?:minus|Minus)" + _H + r"+$")
_ATTACHED = re.compile(r"(bn|mn|tn|trn|k|m|b|x|p|%|°[CF]?|[A-Za-z]{1,3}|[A-Za-z]{1,3}²)(?![\w²])")
_SCALE_WORD = re.compile(_H + r"+(?P<w>[A-Za-zäöü]+)(?P<dot>\.)?")
_PERCENT = re.compile(
    _H + r"*(?:%|(?P<w>[Pp]rozentpunkten|[Pp]rozentpunkte|[Pp]rozentpunkt|[Pp]rozent"
    r"|percentage points?|per cent|percent|pct)\b)"
)
_CURRENCY_AFTER = re.compile(
    _H
    + r"+(?:(?P<w>"
    + w.alternation(w.CURRENCY_SUFFIXES)
    + r")(?![\w-])|(?P<cent>cents?|Cent)\b)",
    re.I,
)
_SYMBOL_AFTER = re.compile(_H + r"*(?P<w>[€$£])")
_UNIT_AFTER = re.compile(
    _H + r"*(?P<w>" + w.alternation([*w.UNIT_PHRASES, *w.UNITS]) + r")(?P<apo>['’])?(?![\w/²-])",
    re.I,
)
_WORD_AFTER = re.compile(_H + r"+([^\W\d_][\w'’-]*)")
_LEFT_WORD = re.compile(r"([^\W\d_]+)\W*$")
_MODIFIER = re.compile(
    r"(?<=[^\w.])(?:(?P<lo>"
    + w.LOWER_BOUND
    + r")|(?P<up>"
    + w.UPPER_BOUND
    + r")|(?P<ap>"
    + w.APPROXIMATE
    + r"))"
    + _H
    + r"+$",
    re.I,
)
_BETWEEN = re.compile(r"(?<=\W)(?:zwischen|between)" + _H + r"+$", re.I)
_FROM = re.compile(r"(?<=\W)(?:from|von)" + _H + r"+$", re.I)


def _before(pattern: re.Pattern[str], text: str, start: int, width: int) -> re.Match[str] | None:
    """Search the words just before ``start``; a word cut by the window never matches."""
    low = max(0, start - width)
    return pattern.search((" " if low == 0 else "") + text[low:start])


def extract_figures(text: str, language: str | None = None) -> list[Figure]:
    """All figures in ``text``, in order; German rules when ``language`` is "de", else English."""
    if language is None:
        from workbench.core.language.detect import detect_language

        language = detect_language(text)
    lang = "de" if language == "de" else "en"
    blocked = bytearray(len(text))
    mentions = list(shaped_mentions(text, lang, blocked))
    mentions.extend(_number_mentions(text, lang, blocked))
    mentions.sort(key=lambda m: m.start)
    mentions = _combine_neighbours(text, mentions)
    return [_finish(text, m) for m in mentions]


def _number_mentions(text: str, lang: str, blocked: bytearray) -> list[Mention]:
    found: list[Mention] = []
    for m in _NUMBER_RE.finditer(text):
        if any(blocked[m.start() : m.end()]):
            continue
        value = parse_number(m["num"], lang)
        if value is None:
            continue
        if m["neg"]:
            value = -value
        year_like = (
            bool(re.fullmatch(r"\d{4}", m["num"])) and 1800 <= value <= 2100 and not m["neg"]
        )
        mention = _read_around(text, m.start(), m.end(), value, lang, year_like=year_like)
        if mention is not None:
            found.append(mention)
    words = _WORDS_DE if lang == "de" else _WORDS_EN
    for m in words.finditer(text):
        start = m.start()
        if lang == "de":  # the pattern finds the end of a compound ("zweihundert"): find its start
            head = _WORD_START_DE.search(text, max(0, start - 30), start)
            start -= len(head.group(0)) if head else 0
        if any(blocked[start : m.end()]):
            continue
        word = text[start : m.end()].lower()
        value = w.german_number(word) if lang == "de" else w.english_number(word)
        if value is None and lang == "de" and word in {"ein", "eine", "eins"}:
            value = 1.0
        if value is None:
            continue
        mention = _read_around(text, start, m.end(), value, lang, is_word=True)
        if mention is not None:
            found.append(mention)
    return found


def _read_around(
    text: str,
    start: int,
    end: int,
    value: float,
    lang: str,
    *,
    year_like: bool = False,
    is_word: bool = False,
) -> Mention | None:
    """Turn a number into a figure by what stands before and after it, or drop it."""
    before = text[max(0, start - 12) : start]
    currency = None
    cm = _CURRENCY_BEFORE.search(before)
    if cm:
        currency = w.CURRENCY_PREFIXES[cm.group(1) or cm.group(2)]
        start -= len(cm.group(0))
        year_like = False
    minus = _MINUS_BEFORE.search(text[max(0, start - 8) : start])
    if minus:
        start -= len(minus.group(0))
        value = -value
        year_like = False
    mention = Mention(start, end, "number", value, bare=True, year_like=year_like)
    pos = end
    scales = {**w.SCALES_ANY, **(w.SCALES_DE if lang == "de" else w.SCALES_EN)}
    attached = _ATTACHED.match(text, pos) if not is_word else None
    if attached:
        suffix = attached.group(1)
        low = suffix.lower()
        if low in {"bn", "mn", "tn", "trn", "k", "b"} or (
            low == "m" and _million_m(text, attached.end(), currency)
        ):
            mention.scale = w.SCALES_EN[low]
            pos = attached.end()
        elif low == "x":
            return _done(mention, "factor", None, attached.end())
        elif low == "p" and lang == "en" and currency is None:
            mention.value = value / 100
            return _done(mention, "money", "GBP", attached.end())
        elif low == "%":
            return _done(mention, "percent", "percent", attached.end(), currency)
        elif low in w.ATTACHED_UNITS:
            return _done(mention, "quantity", w.ATTACHED_UNITS[low], attached.end(), currency)
        else:
            return None
    if mention.scale == 1.0:
        sm = _SCALE_WORD.match(text, pos)
        if sm and sm["w"].lower() in scales and len(sm["w"]) > 1:
            word = sm["w"].lower()
            abbreviated = word in {"mio", "mrd", "tsd", "bio", "mn", "bn"}
            mention.scale = scales[word]
            pos = sm.end() if (abbreviated and sm["dot"]) else sm.end("w")
    if mention.scale != 1.0:
        mention.end = pos
        mention.value = value * mention.scale
        mention.year_like = year_like = False
    return _read_unit(text, mention, pos, lang, currency, year_like=year_like, is_word=is_word)


def _million_m(text: str, pos: int, currency: str | None) -> bool:
    """An "m" glued to a number means million before money or a counted plural, else metres."""
    if currency is not None:
        return True
    nxt = _WORD_AFTER.match(text, pos)
    return bool(nxt and _plural(nxt.group(1)))


def _done(
    m: Mention, kind: str, unit: str | None, end: int, currency: str | None = None
) -> Mention:
    if currency is not None:
        kind, unit = "money", currency
    m.kind, m.unit, m.end, m.bare = kind, unit, end, False
    return m


def _read_unit(
    text: str,
    m: Mention,
    pos: int,
    lang: str,
    currency: str | None,
    *,
    year_like: bool,
    is_word: bool,
) -> Mention | None:
    if currency is not None:
        sym = _SYMBOL_AFTER.match(text, pos)
        return _done(m, "money", currency, sym.end() if sym else pos)
    pm = _PERCENT.match(text, pos)
    if pm:
        unit = w.PERCENT_WORDS[pm["w"].lower()] if pm["w"] else "percent"
        return _done(m, "percent", unit, pm.end())
    cm = _CURRENCY_AFTER.match(text, pos) or _SYMBOL_AFTER.match(text, pos)
    if cm and not (year_like and m.scale == 1.0 and _year_context(text, m.start)):
        if "cent" in cm.groupdict() and cm["cent"]:
            code = w.CENTS["de" if lang == "de" else "en"][1]
            m.value = (m.value or 0.0) / 100
            return _done(m, "money", code, cm.end())
        return _done(m, "money", w.CURRENCY_SUFFIXES[cm["w"].lower()], cm.end())
    um = _UNIT_AFTER.match(text, pos)
    if um and not (year_like and _year_context(text, m.start)):
        key = um["w"].lower()
        # a lone letter after a space is a unit only if it is a common one ("5 t", not "5 W")
        if not (len(key) == 1 and um.start("w") > pos and key not in {"t", "g", "l", "m"}):
            return _done(m, "quantity", w.UNIT_PHRASES.get(key) or w.UNITS[key], um.end())
    if year_like and (_year_context(text, m.start) or _counted_noun(text, pos, lang) is None):
        m.kind, m.bare = "year", False
        return m
    noun = _counted_noun(text, pos, lang)
    if noun is not None:
        m.kind, m.unit, m.bare = "count", noun[0], False
        m.end = noun[1]
        return m
    if is_word and m.scale == 1.0:
        return None
    return m


def _year_context(text: str, start: int) -> bool:
    lw = _LEFT_WORD.search(text[max(0, start - 20) : start])
    return bool(lw and lw.group(1).lower() in w.YEAR_BEFORE)


def _plural(word: str) -> bool:
    low = word.lower().rstrip("'’")
    if low in w.IRREGULAR_PLURALS:
        return True
    return (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and low not in w.NOT_PLURAL
    ) or (len(word) > 2 and word.endswith("s") and word[:-1].isupper())


def _counted_noun(text: str, pos: int, lang: str) -> tuple[str, int] | None:
    """The thing counted after a number, with its end: German's first capitalised word,
    English's last plural before a function word."""
    found: tuple[str, int] | None = None
    for _ in range(3):
        wm = _WORD_AFTER.match(text, pos)
        if not wm:
            break
        word = wm.group(1).rstrip("'’")
        low = word.lower()
        pos = wm.end()
        if lang == "de":
            if word[0].isupper():
                if word in w.NOT_NOUNS_DE or low in w.MONTHS or low in w.NOUN_STOP:
                    return None
                return word, wm.start(1) + len(word)
            if low in w.NOUN_STOP or not re.fullmatch(r"[a-zäöüß-]+(?:e|en|er|es|em)", word):
                return None
            continue
        if low in w.NOUN_STOP:
            break
        if _plural(word):
            found = word, wm.start(1) + len(word)
        elif found is not None:
            break
    return found


def _combine_neighbours(text: str, mentions: list[Mention]) -> list[Mention]:
    """Merge ranges ("zwischen 10 und 20 Mio. Euro") and share units ("von 2,9 auf 5,0 Mio.")."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        link = text[a.end : b.start].strip().lower() if b is not None else None
        if b is None or link not in {
            "und",
            "and",
            "bis",
            "to",
            "–",
            "-",
            "—",
            "auf",
            "zu",
            "oder",
            "or",
        }:
            out.append(a)
            i += 1
            continue
        if a.kind == "year" and b.year_like and b.kind == "count":
            b.kind, b.unit = "year", None
        inherit = (
            a.bare
            and a.scale == 1.0
            and (not b.bare or b.scale != 1.0)
            and b.kind not in {"year", "date", "rank", "age", "time", "score"}
        )
        if inherit and a.year_like and not b.year_like:
            inherit = False
        if inherit:
            if a.scale == 1.0 and b.scale != 1.0 and a.value is not None:
                a.value *= b.scale
            a.kind, a.unit, a.bare = b.kind, b.unit, b.bare
        between = _before(_BETWEEN, text, a.start, 12)
        is_range = (
            (link in {"und", "and"} and between is not None)
            or link in {"bis", "–", "-", "—"}
            or (link == "to" and not _before(_FROM, text, a.start, 8))
        )
        same = a.kind == b.kind and a.unit == b.unit and a.value is not None and b.value is not None
        if (
            is_range
            and same
            and a.kind in {"year", "money", "percent", "count", "quantity", "number"}
        ):
            if between is not None:
                a.start -= len(between.group(0))
            merged = Mention(
                a.start,
                b.end,
                a.kind,
                None,
                unit=a.unit,
                lower=a.value,
                upper=b.value,
                approximate=a.approximate or b.approximate,
            )
            if a.value is not None and b.value is not None and a.value < b.value:
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _comparison(text: str, start: int, phrase: str) -> bool:
    """ "50,000 fewer than ten years ago": a number before "than" makes it a comparison."""
    return phrase.split()[-1].lower() in {"than", "als"} and bool(
        re.search(r"\d\W*$", text[max(0, start - 4) : start])
    )


def _finish(text: str, m: Mention) -> Figure:
    """Apply bounds and hedges written before the figure and freeze it."""
    start, value, lower, upper, approximate = m.start, m.value, m.lower, m.upper, m.approximate
    if m.boundable and m.kind not in {"year", "date"}:
        mod = _before(_MODIFIER, text, start, 24)
        if mod and _comparison(text, start - len(mod.group(0)), mod.group(0)):
            mod = None
        if mod:
            start -= len(mod.group(0))
            if mod["lo"] and value is not None:
                value, lower = None, value
            elif mod["up"] and value is not None:
                value, upper = None, value
            elif mod["ap"]:
                approximate = True
    end = m.end
    return Figure(
        kind=m.kind,
        value=value,
        unit=m.unit,
        start=start,
        end=end,
        text=text[start:end],
        lower=lower,
        upper=upper,
        approximate=approximate,
        date=m.date,
    )
