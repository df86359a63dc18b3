"""The cues that make a sentence worth checking, or not, as weighted and explained rules.

Each rule has a stable code (for filters and statistics), a weight added to the score and
a short English text shown to the fact-checker. Words are matched case-insensitively on
whole words; German and English have their own lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One cue: where it matches, how much it moves the score and how it is explained."""

    code: str
    weight: float
    text: str
    patterns: dict[str, re.Pattern[str]]


def _words(words: str, flags: int = re.I) -> re.Pattern[str]:
    """Whole-word, case-insensitive alternation of ``|``-separated phrases."""
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])", flags)


#: Figures by kind: amounts weigh more than dates, because an amount is what gets checked.
FIGURE_WEIGHTS: dict[str, float] = {
    "money": 0.45,
    "percent": 0.45,
    "count": 0.45,
    "quantity": 0.4,
    "fraction": 0.4,
    "factor": 0.4,
    "rank": 0.4,
    "number": 0.35,
    "age": 0.25,
    "date": 0.25,
    "year": 0.25,
    "time": 0.05,
    "score": 0.2,
}

BASE_SCORE = 0.1
#: However many cues point up, hedges and questions must still be able to pull a score down.
MAX_POSITIVE = 0.85

RULES: list[Rule] = [
    Rule(
        "attribution",
        0.25,
        "Attributed to a source",
        {
            "de": _words(
                r"laut|zufolge|nach (?:eigenen )?Angaben|teilte\w* .{0,60}mit|sagte|sagt|sagten"
                r"|erklärte|erklärten|berichtete|berichteten|meldete|meldeten|bestätigte"
                r"|behauptete|behaupten|behauptet|betonte|räumte .{0,40}ein|gab .{0,40}bekannt"
                r"|ergab|ergaben|zeigt|zeigte|Studie|Umfrage|Bericht|Statistik|Daten"
                r"|Geschäftsbericht|Medienberichten|wirft .{0,30}vor|kritisierte"
            ),
            "en": _words(
                r"according to|said|says|told|reported|reports|announced|confirmed|claimed"
                r"|claims|stated|insisted|admitted|found|showed|shows|study|survey|poll|report"
                r"|data|figures show|statistics|accuse[sd]?|estimate[sd]?"
            ),
        },
    ),
    Rule(
        "superlative",
        0.3,
        "Claims a record, a first or a superlative",
        {
            "de": _words(
                r"Rekord\w*|erstmals|am höchsten|am niedrigsten|am meisten|so hoch wie nie"
                r"|so niedrig wie nie|wie nie|wie seit \w+ nicht|seit Beginn|Spitzenreiter"
                r"|\w*(?:größt|höchst|niedrigst|kleinst|stärkst|schwächst|meist|wenigst|teuerst"
                r"|günstigst|reichst|ärmst|wertvollst|tödlichst|heißest|kältest|wärmst|schnellst"
                r"|ältest|schlechtest|wichtigst|unpünktlichst|größt)(?:e|en|er|es|em)"
            ),
            "en": _words(
                r"record\w*|for the first time|first time|highest|lowest|largest|biggest"
                r"|smallest|most|least|worst|deadliest|hottest|warmest|coldest|since records"
                r" began|ever|all-time|unprecedented|\w+-(?:largest|biggest|highest)"
            ),
        },
    ),
    Rule(
        "comparison",
        0.2,
        "Compares or reports a change",
        {
            "de": _words(
                r"mehr als|weniger als|höher als|niedriger als|größer als|kleiner als|als im"
                r"|doppelt|verdoppelt|verdreifacht|halbiert|im Vergleich|gegenüber dem Vorjahr"
                r"|Vorjahr|Plus|Minus|gestiegen|gesunken|stieg|sank|stiegen|sanken|wuchs"
                r"|schrumpfte|kletterte|fiel|verlor|zugenommen|abgenommen"
            ),
            "en": _words(
                r"more than|less than|fewer than|higher than|lower than|than|twice|doubled"
                r"|tripled|halved|compared with|compared to|rose|fell|grew|shrank|climbed"
                r"|dropped|increased|decreased|declined|up|down"
            ),
        },
    ),
    Rule(
        "reported",
        0.15,
        "Reports what someone said as fact",
        {
            "de": re.compile(
                r"\b(?:sagte|sagten|erklärte|erklärten|betonte|behauptete|berichtete|teilte\w*"
                r"|bestätigte|räumte)\b.{0,60}?(?:\bdass\b|\b(?:sei|seien|habe|werde|hätten"
                r"|könne|gebe|gäbe|liege|wolle)\b)"
            ),
            "en": re.compile(
                r"\b(?:said|says|told|claimed|confirmed|announced|insisted|admitted)\b"
                r"(?: [\w,]+){0,4}? that\b",
                re.I,
            ),
        },
    ),
    Rule(
        "causal",
        0.15,
        "States a cause or effect",
        {
            "de": _words(
                r"verursacht\w*|führte zu|führt zu|führen zu|wegen|aufgrund|infolge|weil"
                r"|deshalb|daher|dank|sorgte für|sorgt für|löste .{0,30}aus|zur Folge|Folge von|schuld"
            ),
            "en": _words(
                r"caused?|causes|causing|because|due to|led to|leads to|lead to|result of"
                r"|as a result|resulted in|blamed|thanks to|linked to|kills|killed"
            ),
        },
    ),
    Rule(
        "event",
        0.15,
        "Reports something that happened",
        {
            "de": re.compile(
                r"(?<!\w)(?:hat|haben|hatte|hatten|hätte|hätten|habe|ist|sind|sei|seien|war|waren"
                r"|wurde|wurden|worden)\b.{0,80}?"
                r"\b(?:\w*ge\w+|ent\w+|ver\w+|be\w+|er\w+|zer\w+|\w+iert)(?:t|en)\b|\b(?:stieg|sank|fiel|begann|starben|gewann|lag|lagen|kam|kamen"
                r"|nahm|nahmen|hielt|verlor|gab|erhielt|erreichte|belegte|strich|zahlte|setzte"
                r"|verkaufte|meldete|verhängte|zerstörte|beschloss|beschlossen|stimmte|senkte"
                r"|erhöhte|kürzte|investiert|beschäftigt|zählt|lebten|stammten|verdiente"
                r"|schloss|wuchs|schrumpfte|kletterte|stieß|legten|stellte|lebt|leben)\b"
            ),
            "en": re.compile(
                r"\b(?:has|have|had|was|were)\b.{0,60}?\b\w+(?:ed|en|wn|lt|ght)\b"
                r"|\b(?!(?:expect|plann|need|us|hop|believ|want|aim|ask|decid)ed\b)\w{3,}ed\b"
                r"|\b(?:rose|fell|grew|won|lost|spent|paid|made|took|sold|left|began|shrank"
                r"|employs|holds|has|totalled|cost|sat|hit)\b",
                re.I,
            ),
        },
    ),
    Rule(
        "quote",
        0.1,
        "Quotes a named person or body",
        {
            "de": re.compile(
                r"[„“\"»«].{3,}?[“”\"«»‘].{0,20}\b(?:sagte|sagt|erklärte|behauptete|betonte)\b"
            ),
            "en": re.compile(
                r"[“\"].{3,}?[”\"].{0,20}\b(?:said|says|claimed|told|insisted)\b", re.I
            ),
        },
    ),
    Rule(
        "question",
        -0.6,
        "Phrased as a question",
        {"de": re.compile(r"\?[\s\"'“”»«]*$"), "en": re.compile(r"\?[\s\"'“”»«]*$")},
    ),
    Rule(
        "hedge",
        -0.4,
        "Hedged or speculative",
        {
            "de": _words(
                r"vielleicht|möglicherweise|eventuell|womöglich|vermutlich|wahrscheinlich"
                r"|angeblich|offenbar|könnte|könnten|dürfte|dürften|wohl|hoffentlich"
                r"|unklar|ungewiss|fraglich|umstritten|offen"
            ),
            "en": _words(
                r"might|could|possibly|probably|perhaps|likely|unlikely|reportedly"
                r"|allegedly|apparently|hopefully|remains to be seen|questionable|disputed"
                r"|(?-i:may)"
                r"|unclear|sure to"
            ),
        },
    ),
    Rule(
        "prediction",
        -0.35,
        "A forecast, plan or promise",
        {
            "de": re.compile(
                r"(?<!\w)(?:wird|werden|erwartet|erwarten|rechnen damit|prognostiziert|Prognose"
                r"|voraussichtlich|geplant|plant|will|wollen|sollen|soll(?!.{0,60}\bhaben\b)"
                r"|künftig|in Zukunft|kommenden|nächsten|nächste|bis \d{4} (?:sollen|soll)"
                r"|kündigte .{0,40}an)(?!\w)",
                re.I,
            ),
            "en": _words(
                r"will|won't|expects?|expected to|forecasts?|predicts?|plans? to|aims? to"
                r"|set to|going to|next year|coming years|by 20\d\d|is meant to|hopes?|hoping"
                r"|intends? to|promised"
            ),
        },
    ),
    Rule(
        "opinion",
        -0.4,
        "Opinion, demand or advice",
        {
            "de": _words(
                r"ich finde|finde ich|ich glaube|glauben|meiner Meinung|bin ich überzeugt"
                r"|meint|meinen|findet|hoffen|hofft|zum Glück|leider|sollte|sollten|muss"
                r"|müssen|Kommentar|fordern|fordert|einfach|meines Erachtens|aus meiner Sicht"
            ),
            "en": _words(
                r"I think|I believe|believe|in my view|if you ask me|frankly|fortunately"
                r"|unfortunately|should|must|has to|have to|opinion|argues|thinks|think|demand"
                r"|simply|in our view|we believe"
            ),
        },
    ),
    Rule(
        "evaluative",
        -0.25,
        "Judges rather than states",
        {
            "de": _words(
                r"schön\w*|großartig\w*|wunderbar\w*|spannend\w*|ehrgeizig\w*|schwierig\w*"
                r"|erschütternd\w*|hässlich\w*|nervös|Enttäuschung|Spaß|kostbar\w*|angespannt"
                r"|stolz|optimistisch|genervt|robust|ungesund|teuer|wichtig|toll\w*|furchtbar\w*"
                r"|schrecklich\w*|katastrophal\w*|skandalös\w*|absurd\w*|lächerlich\w*"
                r"|fantastisch\w*|hervorragend\w*|peinlich\w*|traurig\w*|dumm\w*"
            ),
            "en": _words(
                r"beautiful|wonderful|great|exciting|ambitious|difficult|harrowing|ugly"
                r"|nervous|crazy|disappointment|fun|precious|tense|proud|optimism|optimistic"
                r"|annoyed|delighted|robust|expensive|important|good|bad|terrible|awful"
                r"|horrible|fantastic|excellent|ridiculous|absurd|outrageous|sad|shameful"
                r"|amazing|brilliant|stupid"
            ),
        },
    ),
    Rule(
        "imperative",
        -0.3,
        "Advice or an appeal to the reader",
        {
            "de": re.compile(r"^\W*\w+en Sie\b|!\W*$|^\W*(?:Lesen|Mehr dazu)\b"),
            "en": re.compile(r"!\W*$|^\W*(?:Read more|Click|Subscribe|Sign up)\b"),
        },
    ),
]
