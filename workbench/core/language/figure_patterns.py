"""Figures recognised by their shape before plain numbers are read: dates, times, ages,
decades, ranks, fractions, factors, scores, and identifiers that are not figures at all.

They run first so that "27. Januar", "Platz 3" or "COVID-19" never turn into amounts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from workbench.core.language import figure_words as w

_H = r"[^\S\n]"  # horizontal whitespace, including no-break spaces


@dataclass
class Mention:
    """A figure under construction; mutable while neighbours are merged into it."""

    start: int
    end: int
    kind: str
    value: float | None
    unit: str | None = None
    lower: float | None = None
    upper: float | None = None
    approximate: bool = False
    date: str | None = None
    scale: float = 1.0
    bare: bool = False
    year_like: bool = False
    boundable: bool = True


def _date(year: str | None, month: int, day: int | None) -> str | None:
    """A partial ISO date ("2024-01-27", "--01-27", "2024-01"), or None if impossible."""
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if day is None:
        return f"{year}-{month:02d}" if year else None
    return f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _month(name: str) -> int:
    return w.MONTHS[name.rstrip(".").lower()]


_FULL_MONTHS = {
    name
    for name in w.MONTHS
    if len(name) > 4 or name in {"mai", "may", "juni", "juli", "june", "july"}
}


def _month_end(text: str, end: int, name: str) -> int:
    """Swallow the period of an abbreviated month ("Jan."), never a sentence's full stop."""
    if name.lower() not in _FULL_MONTHS and text[end : end + 1] == ".":
        return end + 1
    return end


#: A handler returns the figures of a match, [] to mark it as "not a figure", or None
#: to pass it on to the next patterns.
Handler = Callable[[re.Match[str], str], list[Mention] | None]


def _iso(m: re.Match[str], text: str) -> list[Mention]:
    date = _date(m[1], int(m[2]), int(m[3]))
    return [Mention(m.start(), m.end(), "date", None, date=date, boundable=False)] if date else []


def _numeric_de(m: re.Match[str], text: str) -> list[Mention]:
    year = m[3]
    if year and len(year) == 2:
        year = "20" + year
    date = _date(year, int(m[2]), int(m[1]))
    return [Mention(m.start(), m.end(), "date", None, date=date, boundable=False)] if date else []


def _day_month(m: re.Match[str], text: str) -> list[Mention]:
    month = _month(m["month"])
    end = m.end() if m["year"] else _month_end(text, m.end(), m["month"])
    second = m["day2"]
    date = _date(m["year"], month, int(m["day"]))
    if date is None:
        return []
    if second is None:
        return [Mention(m.start(), end, "date", None, date=date, boundable=False)]
    other = _date(m["year"], month, int(second))
    first = Mention(m.start(), m.start("sep"), "date", None, date=date, boundable=False)
    return [first] + (
        [Mention(m.start("day2"), end, "date", None, date=other, boundable=False)] if other else []
    )


def _month_day(m: re.Match[str], text: str) -> list[Mention]:
    date = _date(m["year"], _month(m["month"]), int(m["day"]))
    return [Mention(m.start(), m.end(), "date", None, date=date, boundable=False)] if date else []


def _month_year(m: re.Match[str], text: str) -> list[Mention]:
    date = _date(m["year"], _month(m["month"]), None)
    return [Mention(m.start(), m.end(), "date", None, date=date, boundable=False)] if date else []


def _time(m: re.Match[str], text: str) -> list[Mention]:
    hours = int(m["h"]) % 24
    suffix = (m["ampm"] or "").lower()
    if suffix.startswith("p") and hours < 12:
        hours += 12
    value = hours + (int(m["min"]) / 60 if m["min"] else 0.0)
    return [Mention(m.start(), m.end(), "time", value, boundable=False)]


def _age(m: re.Match[str], text: str) -> list[Mention]:
    return [Mention(m.start(), m.end(), "age", float(m["n"]), unit="year", boundable=False)]


def _decade(m: re.Match[str], text: str) -> list[Mention]:
    short = m["short"] or m["short2"]
    base = int(m["dec"]) * 10 if m["dec"] else 1900 + int(short) * 10
    return [Mention(m.start(), m.end(), "year", None, lower=base, upper=base + 9, boundable=False)]


def _season(m: re.Match[str], text: str) -> list[Mention]:
    first, second = int(m[1]), m[2]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if last <= first:
        return []
    return [Mention(m.start(), m.end(), "year", None, lower=first, upper=last, boundable=False)]


def _mid_year(m: re.Match[str], text: str) -> list[Mention]:
    return [Mention(m.start(), m.end(), "year", float(m[1]), boundable=False)]


def _block(m: re.Match[str], text: str) -> list[Mention]:
    return []


def _score(m: re.Match[str], text: str) -> list[Mention]:
    return [Mention(m.start(), m.end(), "score", None, boundable=False)]


def _rank(m: re.Match[str], text: str) -> list[Mention]:
    return [Mention(m.start(), m.end(), "rank", float(m["n"]), boundable=False)]


def _rank_word(m: re.Match[str], text: str) -> list[Mention]:
    return [Mention(m.start(), m.end(), "rank", float(w.ORDINALS[m["n"].lower()]), boundable=False)]


def _rank_de(m: re.Match[str], text: str) -> list[Mention]:
    return [Mention(m.start("n"), m.end(), "rank", float(m["n"]), boundable=False)]


def small_number(word: str) -> float | None:
    """The value of a digit string or a small number word, German or English."""
    word = word.lower()
    if word.isdigit():
        return float(word)
    if word in {"ein", "eine", "einem", "einen", "einer", "a", "an", "one"}:
        return 1.0
    value = w.UNITS_DE.get(word) or w.TEENS_DE.get(word) or w.WORDS_EN.get(word)
    return float(value) if value else None


def _fraction(m: re.Match[str], text: str) -> list[Mention] | None:
    numerator = small_number(m["num"])
    if numerator is None:
        return None
    denominator = w.FRACTIONS[m["den"].lower()]
    if m["num"].lower() in {"a", "an", "one"} and not m["den"].lower().endswith("s"):
        following = text[m.end() : m.end() + 12]
        if not re.match(
            r"(?:[^\S\n]+(?:of|in|on|at|since|from|for|to)\b|\s*[,.;:)]|\s*$)", following
        ):
            return None
    return [Mention(m.start(), m.end(), "fraction", round(numerator / denominator, 6))]


def _half(m: re.Match[str], text: str) -> list[Mention] | None:
    before = text[max(0, m.start() - 12) : m.start()].lower()
    if re.search(r"\b(?:first|second|other|latter|former|ersten|zweiten)\s+$", before):
        return None
    return [Mention(m.start(), m.end(), "fraction", 0.5)]


def _every_nth(m: re.Match[str], text: str) -> list[Mention] | None:
    n = m["n"].rstrip(".").lower()
    value = float(n) if n.isdigit() else float(w.ORDINALS.get(n, 0))
    return [Mention(m.start(), m.end(), "fraction", round(1 / value, 6))] if value else None


def _n_in_m(m: re.Match[str], text: str) -> list[Mention] | None:
    top, bottom = small_number(m["a"]), small_number(m["b"])
    if not top or not bottom or top >= bottom or bottom > 1000:
        return None
    return [Mention(m.start(), m.end(), "fraction", round(top / bottom, 6))]


def _factor(m: re.Match[str], text: str) -> list[Mention] | None:
    groups = m.groupdict()
    raw = str(groups.get("n") or groups.get("n2") or groups.get("n3")).lower()
    value = {"doppelt": 2.0, "twice": 2.0, "halb": 0.5, "hundert": 100.0, "tausend": 1000.0}.get(
        raw
    )
    if value is None:
        value = small_number(raw) if not re.match(r"\d", raw) else float(raw.replace(",", "."))
    return [Mention(m.start(), m.end(), "factor", value)] if value else None


_DE_WORD = "zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert|tausend"
_EN_WORD = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand"
_ORD_DE = "zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt"
_ORD_EN = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_SUPERLATIVES_EN = (
    "largest|biggest|highest|lowest|most|least|best|worst|richest|poorest|busiest|oldest"
    "|smallest|strongest|weakest|fastest|deadliest|warmest|hottest|coldest|wettest|driest"
)
_FRACTION_WORDS = w.alternation(w.FRACTIONS)
_ORDINAL_WORDS = w.alternation(k for k in w.ORDINALS if k.endswith("e"))
_ARTICLES_DE = (
    "der|die|das|dem|den|des|zum|zur|am|im|vom|beim|ihr|ihre|ihrem|ihren|sein|seine|seinem|seinen"
)


def _initials(*alternations: str) -> str:
    """The first characters of ``|``-separated alternatives, for a fast-skip lookahead."""
    chars = {alt.replace("\\", "")[:1] for part in alternations for alt in part.split("|")}
    return "".join(sorted(c for c in chars if c))


def _compile(pattern: str, flags: int = 0, first: str = r"\d") -> re.Pattern[str]:
    """Compile with a lookahead on the possible first characters: Python's regex engine
    then skips most positions at once, which makes a megabyte take milliseconds, not seconds."""
    return re.compile(rf"(?=[{first}])" + pattern, flags)


#: (languages, pattern, handler), tried in this order; earlier matches block later ones.
PATTERNS: list[tuple[frozenset[str], re.Pattern[str], Handler]] = [
    (frozenset({"de", "en"}), _compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), _iso),
    (
        frozenset({"de"}),
        _compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2}|\d{2}(?![\d.,]))?(?![\d,])"),
        _numeric_de,
    ),
    (
        frozenset({"de", "en"}),
        _compile(
            rf"(?<![\d.,])(?P<day>\d{{1,2}})(?:\.|st|nd|rd|th)?"
            rf"(?:(?P<sep>{_H}*(?:und|bis|and|to|–|-){_H}*)(?P<day2>\d{{1,2}})(?:\.|st|nd|rd|th)?)?"
            rf"{_H}+(?:of{_H}+)?(?P<month>{w.MONTH_RE})\b(?:\.?,?{_H}+(?P<year>(?:1[89]|20)\d{{2}})\b)?"
        ),
        _day_month,
    ),
    (
        frozenset({"en"}),
        _compile(
            rf"\b(?P<month>{w.MONTH_RE})\.?{_H}+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]?\d)"
            rf"(?:,?{_H}+(?P<year>(?:1[89]|20)\d{{2}})\b)?",
            first="JFMASOND",
        ),
        _month_day,
    ),
    (
        frozenset({"de", "en"}),
        _compile(
            rf"\b(?P<month>{w.MONTH_RE})\.?,?{_H}+(?P<year>(?:1[89]|20)\d{{2}})\b", first="JFMASOND"
        ),
        _month_year,
    ),
    (
        frozenset({"de"}),
        _compile(rf"\b(?P<h>\d{{1,2}})(?:[:.](?P<min>\d{{2}}))?{_H}?Uhr\b(?P<ampm>)"),
        _time,
    ),
    (
        frozenset({"en"}),
        _compile(rf"\b(?P<h>\d{{1,2}})(?::(?P<min>\d{{2}}))?{_H}?(?P<ampm>[ap]\.m\.|[ap]m\b)"),
        _time,
    ),
    (
        frozenset({"de", "en"}),
        _compile(r"\b(?P<n>\d{1,3})-(?:[jJ]ährige[nmrs]?|jährig|year-olds?)\b"),
        _age,
    ),
    (frozenset({"en"}), _compile(rf"\baged{_H}+(?P<n>\d{{1,3}})\b", first="a"), _age),
    (
        frozenset({"de", "en"}),
        _compile(
            rf"\b(?P<dec>(?:1[89]|20)\d)0(?:er(?:-?{_H}?Jahre[ns]?)?|['’]?s)\b"
            rf"|(?<![\w'’])(?P<short>[1-9])0er(?:-?{_H}?Jahre[ns]?)?\b|['’](?P<short2>[1-9])0s\b",
            first="\\d'’",
        ),
        _decade,
    ),
    (frozenset({"de", "en"}), _compile(r"\b((?:19|20)\d{2})/(\d{2}|(?:19|20)\d{2})\b"), _season),
    (
        frozenset({"de", "en"}),
        _compile(r"\b(?:mid|Mitte)-((?:19|20)\d{2})\b", first="mM"),
        _mid_year,
    ),
    (
        frozenset({"de", "en"}),
        _compile(
            rf"(?<![\w.])(?:{w.IDENTIFIER_BEFORE}){_H}*\d+(?:[a-z]\b)?",
            first=_initials(w.IDENTIFIER_BEFORE),
        ),
        _block,
    ),
    (frozenset({"de", "en"}), _compile(r"(?<![\d:.,])\d{1,3}:\d{1,3}(?![\d:])"), _score),
    (
        frozenset({"de", "en"}),
        _compile(
            rf"(?<![\w.])(?:{w.RANK_BEFORE}){_H}*(?P<n>\d{{1,3}})\b", first=_initials(w.RANK_BEFORE)
        ),
        _rank,
    ),
    (frozenset({"en"}), _compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\b"), _rank),
    (
        frozenset({"de"}),
        _compile(
            rf"\b(?P<n>{_ORD_DE})[a-zäöüß]*?[sß]t(?:e|en|er|es|em)?\b", first=_initials(_ORD_DE)
        ),
        _rank_word,
    ),
    (
        frozenset({"en"}),
        _compile(
            rf"\b(?P<n>{_ORD_EN})(?:-[a-z]+(?:est|most|least)\b|{_H}+(?:{_SUPERLATIVES_EN})\b)",
            re.I,
            _initials(_ORD_EN),
        ),
        _rank_word,
    ),
    (
        frozenset({"de"}),
        _compile(
            rf"\b(?:{_ARTICLES_DE}){_H}+(?P<n>\d{{1,3}})\.(?={_H}+[^\W\d_])",
            first=_initials(_ARTICLES_DE),
        ),
        _rank_de,
    ),
    (
        frozenset({"de", "en"}),
        _compile(
            rf"\b(?P<num>ein|eine|einem|einen|einer|a|an|one|{_DE_WORD}|{_EN_WORD}|\d{{1,2}})"
            rf"(?:{_H}+|-)(?P<den>{_FRACTION_WORDS})\b",
            re.I,
            "\\d" + _initials("ein|a|an|one", _DE_WORD, _EN_WORD),
        ),
        _fraction,
    ),
    (
        frozenset({"de"}),
        _compile(rf"\b(?:(?:die|der|zur|Die|Der|Zur){_H}+)?Hälfte\b", first="dDzZH"),
        _half,
    ),
    (
        frozenset({"en"}),
        _compile(rf"\b[Hh]alf\b(?={_H}+(?:of|the|a|all|its|their)\b)", first="Hh"),
        _half,
    ),
    (
        frozenset({"de"}),
        _compile(
            rf"\b[Jj]ede[rsn]?{_H}+(?P<n>{_ORDINAL_WORDS}|\d{{1,2}}\.)(?:n|r|s)?(?!\w)", re.I, "Jj"
        ),
        _every_nth,
    ),
    (
        frozenset({"en"}),
        _compile(
            rf"\b(?P<a>one|two|three|four|five|six|seven|eight|nine|\d{{1,3}}){_H}+(?:in|out{_H}+of){_H}+(?P<b>{_EN_WORD}|\d{{1,4}})\b(?![.,]\d)",
            re.I,
            "\\d" + _initials("one", _EN_WORD),
        ),
        _n_in_m,
    ),
    (
        frozenset({"de"}),
        _compile(
            rf"\b(?P<a>ein|eine|{_DE_WORD}|\d{{1,3}}){_H}+von{_H}+(?P<b>{_DE_WORD}|\d{{1,4}})\b(?![.,]\d)",
            re.I,
            "\\d" + _initials("ein", _DE_WORD),
        ),
        _n_in_m,
    ),
    (
        frozenset({"de"}),
        _compile(
            rf"\b(?P<n>\d+(?:,\d+)?|{_DE_WORD}|doppelt|halb)(?:{_H}?-?(?:fache[nmrs]?|fach)\b"
            rf"|{_H}?-?mal{_H}+(?:so|mehr|höher|größer|häufiger|weniger)\b|(?<=doppelt){_H}+so\b"
            rf"|(?<=halb){_H}+so\b)",
            re.I,
            "\\d" + _initials(_DE_WORD, "doppelt|halb"),
        ),
        _factor,
    ),
    (
        frozenset({"en"}),
        _compile(
            rf"\b(?:(?P<n>\d+(?:\.\d+)?|{_EN_WORD}){_H}+times(?={_H}+(?:as|that|the|more|higher|"
            rf"larger|bigger|greater|faster|over)\b)|(?P<n2>twice)(?={_H}+(?:as|that|the)\b)"
            rf"|(?P<n3>\d+|{_EN_WORD})-?fold\b)",
            re.I,
            "\\d" + _initials(_EN_WORD, "twice"),
        ),
        _factor,
    ),
]


def shaped_mentions(text: str, lang: str, blocked: bytearray) -> Iterator[Mention]:
    """Yield figures recognised by their shape, marking their characters as taken."""
    for languages, pattern, handler in PATTERNS:
        if lang not in languages:
            continue
        for m in pattern.finditer(text):
            if any(blocked[m.start() : m.end()]):
                continue
            mentions = handler(m, text)
            if mentions is None:
                continue
            end = max([m.end(), *(x.end for x in mentions)])
            blocked[m.start() : end] = b"\x01" * (end - m.start())
            yield from mentions
