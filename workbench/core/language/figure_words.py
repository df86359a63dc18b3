"""Words and symbols that turn a bare number into a figure, for German and English.

Kept apart from the parser so that a fact-checker can read (and extend) the vocabulary
without reading the parsing logic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _table(spec: str) -> dict[str, str]:
    """ "a b:X c:Y" gives {"a": "X", "b": "X", "c": "Y"}: names take the value after them;
    "_" in a name stands for a space."""
    table: dict[str, str] = {}
    pending: list[str] = []
    for item in spec.split():
        name, _, value = item.partition(":")
        pending.append(name.replace("_", " "))
        if value:
            table.update(dict.fromkeys(pending, value.replace("_", " ")))
            pending = []
    return table


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


def _numbers(spec: str) -> dict[str, float]:
    return {name: float(value) for name, value in _table(spec).items()}


#: Multipliers written after a number. German "Billion" is 10^12, English "billion" 10^9.
SCALES_DE = _numbers(
    "tausend tsd:1e3 million millionen mio:1e6 milliarde milliarden mrd:1e9"
    " billion billionen bio:1e12 trillion trillionen:1e18"
)
SCALES_EN = _numbers(
    "thousand k:1e3 million millions mn m:1e6 billion billions bn b:1e9 trillion tn trn:1e12"
    " quadrillion:1e15 quintillion:1e18"
)
#: German scale words that mean the same in English text ("Milliarden" is never anything else).
SCALES_ANY = _numbers("milliarde milliarden mrd:1e9 mio:1e6")

#: Currency symbols and codes written before the number.
CURRENCY_PREFIXES = _table("US$ US-$ $ USD:USD € EUR:EUR £ GBP:GBP ¥:JPY CHF SFr. Fr.:CHF")
#: Currency words and symbols written after the number (lower-cased).
CURRENCY_SUFFIXES = _table(
    "dollar dollars us-dollar usd $:USD euro euros eur €:EUR pfund pound pounds gbp £:GBP"
    " franken schweizer_franken swiss_francs francs chf:CHF yen jpy:JPY yuan renminbi cny:CNY"
    " rubel roubles rubles rub:RUB rupien rupees inr:INR"
)
#: Hundredths of a currency: German text means euro cents, English text dollar cents.
CENTS = {"de": ("cent", "EUR"), "en": ("cents", "USD")}

#: Percent signs and words, with the unit they stand for.
PERCENT_WORDS = _table(
    "% prozent percent per_cent pct:percent prozentpunkt prozentpunkte prozentpunkten"
    " percentage_point percentage_points:percentage_point"
)

#: Units of measurement, written after the number, mapped to one symbol each.
UNITS = _table(
    "km kilometer kilometern kilometre kilometres kilometers:km"
    " m meter metern metre metres meters:m"
    " cm zentimeter zentimetern centimetre centimetres centimeters:cm"
    " mm millimeter millimetern millimetre millimetres millimeters:mm"
    " meilen mile miles:mi kg kilogramm kilo kilos kilogram kilograms:kg g gramm gram grams:g"
    " t tonne tonnen tonnes tons:t mt megatonnen megatonnes:Mt gt gigatonnen gigatonnes:Gt"
    " °c ° grad degrees degree celsius:°C °f fahrenheit:°F"
    " km/h stundenkilometer stundenkilometern kmh:km/h mph:mph"
    " w watt:W kw kilowatt:kW mw megawatt:MW gw gigawatt:GW kwh kilowattstunde"
    " kilowattstunden:kWh mwh megawattstunden:MWh gwh gigawattstunden:GWh twh terawattstunden:TWh"
    " ha hektar hectare hectares:ha km² km2 quadratkilometer quadratkilometern:km²"
    " m² m2 quadratmeter quadratmetern:m² l liter litern litre litres liters:l barrel barrels:bbl"
    " jahr jahre jahren year years:year monat monate monaten month months:month"
    " woche wochen week weeks:week tag tage tagen day days:day stunde stunden hour hours:hour"
    " minute minuten minutes:minute sekunde sekunden second seconds:second"
)
#: Compound unit phrases checked before single words.
UNIT_PHRASES = _table(
    "grad_celsius degrees_celsius:°C square_kilometres square_kilometers:km²"
    " square_metres square_meters:m² kilowatt_hours kilowatt-hours:kWh"
)
#: Symbols that may be glued to the number ("385MW", "1.1C", "-18.3C").
ATTACHED_UNITS = _table(
    "km:km cm:cm mm:mm kg:kg mw:MW gw:GW kw:kW kwh:kWh mwh:MWh gwh:GWh twh:TWh mph:mph"
    " c °c °:°C f °f:°F ha:ha t:t m:m"
)

#: Number words; German compounds ("fünfundzwanzig") are parsed from these parts.
UNITS_DE = {
    k: int(v)
    for k, v in _numbers(
        "ein eins:1 zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9"
    ).items()
}
TEENS_DE = {
    k: int(v)
    for k, v in _numbers(
        "zehn:10 elf:11 zwölf:12 dreizehn:13 vierzehn:14 fünfzehn:15 sechzehn:16 siebzehn:17"
        " achtzehn:18 neunzehn:19"
    ).items()
}
TENS_DE = {
    k: int(v)
    for k, v in _numbers(
        "zwanzig:20 dreißig:30 vierzig:40 fünfzig:50 sechzig:60 siebzig:70 achtzig:80 neunzig:90"
    ).items()
}
WORDS_EN = {
    k: int(v)
    for k, v in _numbers(
        "two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12"
        " thirteen:13 fourteen:14 fifteen:15 sixteen:16 seventeen:17 eighteen:18 nineteen:19"
        " twenty:20 thirty:30 forty:40 fifty:50 sixty:60 seventy:70 eighty:80 ninety:90"
        " hundred a_hundred one_hundred:100 a_thousand one_thousand:1000 a_dozen dozen:12"
    ).items()
}
#: Articles that count as "one" only before a scale word or a fraction.
ONE_WORDS = frozenset({"ein", "eine", "einem", "einen", "einer", "a", "an", "one"})

#: Denominators of fractions, singular and plural, German and English.
FRACTIONS = {
    k: int(v)
    for k, v in _numbers(
        "drittel third thirds:3 viertel quarter quarters:4 fünftel fifth fifths:5"
        " sechstel sixth sixths:6 siebtel:7 achtel:8 neuntel:9 zehntel tenth tenths:10"
    ).items()
}
#: Ordinals used in "jeder fünfte", "zweitgrößte", "third-largest".
ORDINALS = {
    k: int(v)
    for k, v in _numbers(
        "zweit zweite second:2 dritt dritte third:3 viert vierte fourth:4 fünft fünfte fifth:5"
        " sechst sechste sixth:6 siebt siebte seventh:7 acht achte eighth:8 neunt neunte ninth:9"
        " zehnt zehnte tenth:10"
    ).items()
}

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "januar jänner jan january",
        "februar feber feb febr february",
        "märz mär march mar",
        "april apr",
        "mai may",
        "juni jun june",
        "juli jul july",
        "august aug",
        "september sep sept",
        "oktober okt october oct",
        "november nov",
        "dezember dez december dec",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first so that prefixes never win."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


MONTH_RE = alternation(name.capitalize() for name in MONTHS)

#: Phrases before a number that make it a lower bound, an upper bound or approximate.
LOWER_BOUND = "mehr als|über|mindestens|wenigstens|more than|over|at least|upwards of|in excess of"
UPPER_BOUND = (
    "weniger als|unter|höchstens|maximal|bis zu|less than|fewer than|under|below|up to"
    "|at most|no more than"
)
APPROXIMATE = (
    "rund|etwa|ca\\.|circa|zirka|ungefähr|knapp|fast|beinahe|nahezu|annähernd|gut"
    "|schätzungsweise|geschätzte|geschätzten|geschätzt|um die|an die|about|around|roughly"
    "|approximately|approx\\.|some|nearly|almost|close to|an estimated|estimated|just over"
    "|just under"
)
#: Words before a number that make it an identifier rather than an amount.
IDENTIFIER_BEFORE = (
    "S\\.|Seite|Seiten|p\\.|pp\\.|page|pages|Gleis|platform|Artikel|Art\\.|article|§|§§"
    "|Paragraf|Paragraph|section|Kapitel|chapter|Abs\\.|Absatz|Linie|line|Route|Version"
    "|version|Folge|episode|Windows|iPhone|Bus|Tor|gate|Zimmer|room|Raum|Band|vol\\."
)
#: Words before a number that mark a rank.
RANK_BEFORE = "Platz|Rang|place|No\\.|Nr\\.|Nummer"
#: Words before a four-digit number that make it a year.
YEAR_BEFORE = _words(
    "jahr jahre jahres seit bis ab von vor nach ende anfang mitte frühjahr sommer herbst"
    " winter in im since by until from year of the für wie than und and or oder"
)

#: Words that end the search for a counted noun after a number (lower-cased).
NOUN_STOP = _words(
    "der die das den dem des ein eine einen einem einer in im an am auf aus bei beim mit"
    " nach von vom zu zum zur für über unter pro je und oder bis als wie seit gegen ohne um"
    " wurden werden waren sind seien haben hatten hat ist war weniger mehr sollen es sich of"
    " the a on at to for from by with and or than per each this that these those last next"
    " were was are is be been have has had will would could may might more fewer less still"
    " who which its their his her our your against since until ago about around across plus"
    " minus times also only just did do does"
)
#: English plurals without a final "s".
IRREGULAR_PLURALS = _words(
    "people children men women staff police cattle personnel data media feet teeth mice"
    " sheep fish deer crew"
)
#: English words ending in "s" that are not plural nouns.
NOT_PLURAL = _words(
    "this its his hers theirs ours yours plus less across always perhaps sometimes"
    " afterwards towards whereas thus various previous famous serious series news bus status"
    " census gas analysis basis crisis us as is was has does yes unless nearly besides"
)
#: Capitalised German words after a number that are not counted things.
NOT_NOUNS_DE = {"Uhr", "Mal", "Prozent", "Euro", "Dollar", "Cent"}


def german_number(word: str) -> float | None:
    """The value of a German number word, compounds included ("dreihundertzwanzig")."""
    if "tausend" in word:
        left, _, right = word.partition("tausend")
        lv = _german_below_1000(left) if left else 1
        rv = _german_below_1000(right) if right else 0
        return None if lv is None or rv is None else lv * 1000 + rv
    return _german_below_1000(word)


def _german_below_1000(word: str) -> float | None:
    if "hundert" in word:
        left, _, right = word.partition("hundert")
        lv = UNITS_DE.get(left) if left else 1
        rv = _german_below_100(right) if right else 0
        return None if lv is None or rv is None else lv * 100 + rv
    return _german_below_100(word)


def _german_below_100(word: str) -> float | None:
    for table in (UNITS_DE, TEENS_DE, TENS_DE):
        if word in table:
            return float(table[word])
    unit, sep, tens = word.partition("und")
    if sep and unit in UNITS_DE and tens in TENS_DE:
        return float(UNITS_DE[unit] + TENS_DE[tens])
    return None


def english_number(word: str) -> float | None:
    """The value of an English number word ("twenty-five", "a dozen")."""
    word = re.sub(r"\s+", " ", word.lower())
    if word in {"a", "an", "one"}:
        return 1.0
    if word in WORDS_EN:
        return float(WORDS_EN[word])
    tens, _, unit = word.partition("-")
    if tens in WORDS_EN and unit in WORDS_EN:
        return float(WORDS_EN[tens] + WORDS_EN[unit])
    return None
