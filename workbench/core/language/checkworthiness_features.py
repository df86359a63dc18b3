"""What the check-worthiness model looks at in a sentence: cues a fact-checker would name
(figures by kind, attribution, hedges, questions, opinions, service text, ...) and the words
themselves.

Cues are named the same in German and English, so what the model learns about a hedge or a
percentage from English debates also holds for German news; words and word pieces are kept
per language. Training and scoring use this one module, so they see the same features.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from workbench.core.language.figures import Figure

_TOKEN_WORD = re.compile(r"\w+(?:['’]\w+)*")


class View:
    """One sentence as the cues read it: its text, its lower-case words, and every beginning
    and ending of those words, so that word lists are matched with set lookups."""

    __slots__ = ("text", "lowered", "words", "started", "ends")

    def __init__(self, text: str) -> None:
        self.text = text
        #: The words in order, lower case, with one kind of apostrophe.
        self.lowered: list[str] = _TOKEN_WORD.findall(text.lower().replace("’", "'"))
        words = set(self.lowered)
        self.words = words
        #: The word lists (by number) one of whose beginnings starts a word of the sentence.
        self.started = {
            number for w in words for start, number in _STARTS.get(w[:3], ()) if w.startswith(start)
        }
        self.ends = {w[-k:] for w in words for k in _END_LENGTHS if k < len(w)}


#: Word beginnings by their first three letters, with the number of their word list; and
#: the lengths of word endings some word list asks for.
_STARTS: dict[str, list[tuple[str, int]]] = {}
_END_LENGTHS: set[int] = set()
_WORD_LISTS: list[Words] = []


class Words:
    """Whole words, case-insensitive: plain words, ``stem\\w*`` beginnings and ``\\w+end``
    endings are looked up in sets; phrases and anything else go to one regular expression."""

    def __init__(self, words: str) -> None:
        exact: set[str] = set()
        starts: set[str] = set()
        ends: set[str] = set()
        rest: list[str] = []
        for entry in _alternatives(words):
            if re.fullmatch(r"[\w']+", entry):
                exact.add(entry.lower())
            elif m := re.fullmatch(r"([\w']+)\?", entry):
                exact.update((m.group(1).lower(), m.group(1)[:-1].lower()))
            elif m := re.fullmatch(r"([\w']+)\[(\w+)\]\?", entry):
                stem = m.group(1).lower()
                exact.update([stem] + [stem + c for c in m.group(2)])
            elif (m := re.fullmatch(r"([\w']+)\\w[+*]", entry)) and len(m.group(1)) >= 3:
                starts.add(m.group(1).lower())
            elif m := re.fullmatch(r"\\w\+([\w']+)", entry):
                ends.add(m.group(1).lower())
            else:
                rest.append(entry)
        self.exact = frozenset(exact)
        self.number = len(_WORD_LISTS)
        _WORD_LISTS.append(self)
        self.has_starts = bool(starts)
        for start in starts:
            _STARTS.setdefault(start[:3], []).append((start, self.number))
        self.ends = frozenset(ends)
        _END_LENGTHS.update(len(x) for x in ends)
        self.rest = (
            re.compile(r"(?<![\w-])(?:" + "|".join(rest) + r")(?![\w-])", re.I) if rest else None
        )
        # A phrase can only match when its first word is in the sentence: look that up first.
        leads = [re.match(r"([^\W\d_][\w']*)(?=[ -]|$)", entry) for entry in rest]
        self.leads: frozenset[str] | None = (
            frozenset(m.group(1).lower() for m in leads if m) if all(leads) else None
        )

    def search(self, view: View) -> bool:
        return (
            not self.exact.isdisjoint(view.words)
            or (self.has_starts and self.number in view.started)
            or not self.ends.isdisjoint(view.ends)
            or (
                self.rest is not None
                and (self.leads is None or not self.leads.isdisjoint(view.words))
                and self.rest.search(view.text) is not None
            )
        )


class Regex:
    """A regular expression over the sentence's text; ``needs`` names words (``|``-separated)
    of which one must be in the sentence for the expression to have a chance."""

    def __init__(self, pattern: str, flags: int = 0, needs: str = "") -> None:
        self.pattern = re.compile(pattern, flags)
        self.needs = frozenset(needs.lower().split("|")) if needs else None

    def search(self, view: View) -> bool:
        if self.needs is not None and self.needs.isdisjoint(view.words):
            return False
        return self.pattern.search(view.text) is not None


Matcher = Words | Regex


def _alternatives(words: str) -> list[str]:
    """The top-level ``|``-separated entries of a pattern (groups stay whole)."""
    out: list[str] = []
    depth = 0
    current = ""
    for ch in words:
        if ch == "|" and depth == 0:
            out.append(current)
            current = ""
            continue
        depth += (ch == "(") - (ch == ")")
        current += ch
    out.append(current)
    return [e for e in out if e]


def _words(words: str) -> Words:
    """Whole-word, case-insensitive alternation of ``|``-separated phrases."""
    return Words(words)


@dataclass(frozen=True)
class Cue:
    """A kind of wording, with its patterns per language and its explanation in both."""

    code: str
    en_text: str
    de_text: str
    patterns: dict[str, Matcher]


# Broad word classes, written from grammar and newsroom usage, not from single sentences.
CUES: tuple[Cue, ...] = (
    Cue(
        "attribution",
        "Attributed to a source",
        "Einer Quelle zugeschrieben",
        {
            "de": _words(
                r"laut|zufolge|nach (?:eigenen |offiziellen )?Angaben|teilte\w*|sagte\w*|sagt"
                r"|erklärte\w*|berichtete\w*|meldete\w*|bestätigte\w*|behauptete\w*|betonte\w*"
                r"|räumte|gab .{0,40}bekannt|wies .{0,40}zurück|bestritt\w*|dementierte\w*"
                r"|schätzt\w*|Schätzung\w*|Studie\w*|Umfrage\w*|Bericht\w*|Statistik\w*"
                r"|Daten|Angaben|Zahlen|Medienberichten|wirft|warf|kritisierte\w*|heißt es"
            ),
            "en": _words(
                r"according to|said|says|told|reported|reports|announced|confirmed|claimed"
                r"|claims|stated|states|insisted|admitted|denied|denies|found|showed|shows"
                r"|study|studies|survey|poll|polls|report|data|statistics|estimated?|estimates"
                r"|accused|testified|wrote|revealed|disclosed"
            ),
        },
    ),
    Cue(
        "reported",
        "Reports what someone said as fact",
        "Gibt Gesagtes als Tatsache wieder",
        {
            "de": Regex(
                r"\b(?:sagte\w*|erklärte\w*|betonte\w*|behauptete\w*|berichtete\w*|teilte\w*"
                r"|bestätigte\w*|räumte|bestritt\w*)\b.{0,60}?(?:\bdass\b|\b(?:sei|seien|habe"
                r"|hätten|habe|gebe|gäbe|liege|liegen|gehe|werde)\b)"
            ),
            "en": Regex(
                r"\b(?:said|says|told|claimed|confirmed|announced|insisted|admitted|denied"
                r"|reported|found|showed|stressed)\b(?: [\w,]+){0,4}? that\b",
                re.I,
            ),
        },
    ),
    Cue(
        "quote",
        "Quotes someone",
        "Zitiert jemanden",
        {
            "de": Regex(r"[„“\"»«].{3,}?[“”\"«»]"),
            "en": Regex(r"[“\"].{3,}?[”\"]"),
        },
    ),
    Cue(
        "superlative",
        "Claims a record, a first or a superlative",
        "Nennt einen Rekord, ein Erstes oder einen Superlativ",
        {
            "de": _words(
                r"Rekord\w*|erstmals|erste|ersten|erstem|erster|erstes|zum ersten Mal|am \w+sten|so \w+ wie nie"
                r"|wie nie|noch nie|seit Beginn|seit Jahren|seit Jahrzehnten|höchste\w*"
                r"|niedrigste\w*|größte\w*|kleinste\w*|meiste\w*|wenigste\w*|stärkste\w*"
                r"|schwächste\w*|teuerste\w*|älteste\w*|einzige\w*|\w+ste|\w+sten|\w+stem|\w+ster|\w+stes"
            ),
            "en": _words(
                r"record\w*|first|for the first time|highest|lowest|largest|biggest|smallest"
                r"|most|least|worst|best|\w+est|ever|all-time|unprecedented|only|never before"
                r"|since \d{4}|in history"
            ),
        },
    ),
    Cue(
        "comparison",
        "Compares or reports a change",
        "Vergleicht oder nennt eine Veränderung",
        {
            "de": _words(
                r"mehr|weniger|höher|niedriger|größer|kleiner|als|doppelt|verdoppelt\w*"
                r"|verdreifacht\w*|halbiert\w*|Vergleich|gegenüber|Vorjahr\w*|Plus|Minus"
                r"|gestiegen|gesunken|stieg\w*|sank\w*|wuchs|wachsen|schrumpfte\w*|kletterte\w*"
                r"|fiel\w*|verlor\w*|zugenommen|abgenommen|Anstieg|Rückgang|Zunahme|Abnahme"
                r"|erhöht\w*|gesenkt|gekürzt"
            ),
            "en": _words(
                r"more|less|fewer|higher|lower|than|twice|double[ds]?|tripled|halved"
                r"|compared|rose|risen|rise|fell|fallen|grew|grown|shrank|climbed|dropped"
                r"|increased?|increases|decreased?|decreases|declined?|cut|raised|lowered"
                r"|up|down|increase|decline|growth"
            ),
        },
    ),
    Cue(
        "causal",
        "States a cause or effect",
        "Nennt eine Ursache oder Wirkung",
        {
            "de": _words(
                r"verursach\w*|führte zu|führten zu|führt zu|führen zu|wegen|aufgrund|infolge|weil"
                r"|deshalb"
                r"|daher|dank|sorgte für|sorgten für|sorgt für|sorgen für|ausgelöst|löste\w*|zur Folge|Folge"
                r"|Ursache\w*|schuld|verantwortlich|beeinträchtigt\w*|bewirkt\w*|hängt .{0,20}ab"
            ),
            "en": _words(
                r"caused?|causes|causing|because|due to|led to|leads to|lead to|result of"
                r"|as a result|resulted in|results in|blamed|thanks to|linked to|responsible"
                r"|so that|therefore|contribute to|contributes to|contributed to"
            ),
        },
    ),
    Cue(
        "event",
        "Reports something that happened",
        "Berichtet, was geschehen ist",
        {
            "de": Regex(
                r"(?<!\w)(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|worden)\b"
                r".{0,80}?\b(?:ge\w+|\w+iert)(?:t|en)\b",
                re.I,
                needs="hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|worden",
            ),
            "en": Regex(
                r"\b(?:has|have|had|was|were)\b(?: \w+){0,3}? \w+(?:ed|en|wn|lt|ght)\b"
                r"|\b\w{3,}ed\b",
                re.I,
            ),
        },
    ),
    Cue(
        "past",
        "Told in the past tense",
        "In der Vergangenheit erzählt",
        {
            "de": _words(
                r"war|waren|hatte|hatten|wurde|wurden|gab|kam|kamen|ging|gingen|lag|lagen"
                r"|\w+te|\w+ten|vergangene\w*|letzte\w*|damals|zuvor|bereits|im Jahr \d{4}"
            ),
            "en": _words(
                r"was|were|had|did|went|came|gave|took|made|last year|last month|ago|in \d{4}"
                r"|previously|already|once|former"
            ),
        },
    ),
    Cue(
        "negation",
        "Denies or negates something",
        "Verneint etwas",
        {
            "de": _words(r"kein\w*|nicht|nie|niemals|nichts|niemand|weder"),
            "en": _words(r"no|not|\w+n't|never|none|nobody|nothing|neither|nor"),
        },
    ),
    Cue(
        "hedge",
        "Hedged, reported or contested",
        "Vorsichtig formuliert, unbestätigt oder umstritten",
        {
            "de": _words(
                r"vielleicht|möglicherweise|eventuell|womöglich|vermutlich|wahrscheinlich"
                r"|angeblich|offenbar|offensichtlich|anscheinend|scheinbar|mutmaßlich\w*"
                r"|könnte|könnten|dürfte|dürften|soll|sollen|solle|wohl|unklar|umstritten"
                r"|unbestätigt\w*|Gerücht\w*|Schätzung\w*|schätzungsweise|rund|etwa|ca"
            ),
            "en": _words(
                r"might|could|may|possibly|probably|perhaps|likely|unlikely|reportedly"
                r"|allegedly|apparently|seemingly|supposedly|purportedly|rumor|rumors|rumour|rumours|rumored|rumoured"
                r"|unconfirmed|disputed|contested|unclear|estimated|roughly|about|around"
                r"|approximately|nearly|almost"
            ),
        },
    ),
    Cue(
        "hedged_claim",
        "A hedged claim about what is or was",
        "Eine vorsichtig formulierte Behauptung über Geschehenes",
        {
            "de": Regex(
                r"\b(?:soll|sollen|solle|könnte|könnten|dürfte|dürften)\b.{0,80}?"
                r"\b(?:haben|sein|worden)\b|\b(?:offenbar|angeblich|mutmaßlich\w*|vermutlich"
                r"|Berichten zufolge)\b",
                re.I,
                needs="soll|sollen|solle|könnte|könnten|dürfte|dürften|offenbar|angeblich"
                "|mutmaßlich|mutmaßliche|mutmaßlichen|mutmaßlicher|mutmaßliches|vermutlich"
                "|berichten",
            ),
            "en": Regex(
                r"\b(?:may|might|could|must)(?: not)? have\b|\b(?:reportedly|allegedly"
                r"|apparently|supposedly|purportedly)\b|\bis (?:said|thought|believed|alleged"
                r"|reported) to\b",
                re.I,
                needs="may|might|could|must|reportedly|allegedly|apparently|supposedly"
                "|purportedly|is",
            ),
        },
    ),
    Cue(
        "prediction",
        "A forecast, plan or promise",
        "Eine Prognose, ein Plan oder ein Versprechen",
        {
            "de": _words(
                r"wird|werden|würde|würden|erwartet|erwarten|rechnet\w*|prognostiziert\w*"
                r"|Prognose\w*|voraussichtlich|geplant|plant|planen|will|wollen|künftig"
                r"|in Zukunft|kommende\w*|nächste\w*|bald|demnächst|morgen|kündigte\w*"
                r"|bis \d{4}|bis zum Jahr \d{4}"
                r"|ankündig\w*|vorhaben|beabsichtig\w*"
            ),
            "en": _words(
                r"will|won't|would|'ll|expects?|expected|forecasts?|predicts?|predicted"
                r"|plans?|planned|aims?|going to|set to|next|coming|tomorrow|soon|future"
                r"|hopes?|intends?|promised?|promises|gonna|by \d{4}|by the end of"
            ),
        },
    ),
    Cue(
        "hedged_future",
        "Speculates about what may happen",
        "Spekuliert darüber, was geschehen könnte",
        {
            "de": Regex(
                r"\b(?:könnte|könnten|dürfte|dürften|würde|würden)\b"
                r"(?!.{0,80}?\b(?:haben|worden)\b)",
                re.I,
                needs="könnte|könnten|dürfte|dürften|würde|würden",
            ),
            "en": Regex(
                r"\b(?:might|could|would|(?-i:may))(?: not| well| soon| even| also)? "
                r"(?!have\b|been\b)\w+",
                re.I,
                needs="might|could|would|may",
            ),
        },
    ),
    Cue(
        "opinion",
        "Opinion, demand or advice",
        "Meinung, Forderung oder Rat",
        {
            "de": _words(
                r"finde|finden|findet|glaube|glauben|glaubt|meine|meinen|meint|Meinung"
                r"|überzeugt|hoffe|hoffen|hofft|sollte|sollten|muss|müssen|müsste|müssten"
                r"|fordern|fordert|Forderung|brauchen|braucht|leider|zum Glück|Ansicht"
                r"|Erachtens|aus \w+ Sicht|wünsche\w*|empfehle\w*|empfiehlt|besser|lieber"
            ),
            "en": _words(
                r"think|thinks|believe|believes|feel|feels|opinion|view|should|must|ought"
                r"|need to|needs to|have to|has to|got to|want|wants|hope|fortunately"
                r"|unfortunately|frankly|argue[sd]?|demand|demands|urge[sd]?|recommend\w*"
                r"|better|rather|let's|let us"
            ),
        },
    ),
    Cue(
        "evaluative",
        "Judges rather than states",
        "Wertet statt festzustellen",
        {
            "de": _words(
                r"gut\w*|schlecht\w*|schön\w*|großartig\w*|wunderbar\w*|spannend\w*|toll\w*"
                r"|furchtbar\w*|schrecklich\w*|katastrophal\w*|skandalös\w*|absurd\w*"
                r"|lächerlich\w*|fantastisch\w*|hervorragend\w*|peinlich\w*|traurig\w*"
                r"|dumm\w*|plausibel\w*|vernünftig\w*|richtig\w*|falsch\w*|gefährlich\w*"
                r"|wichtig\w*|interessant\w*|enttäusch\w*|grotesk\w*|unglaublich\w*"
                r"|beeindruckend\w*|erstaunlich\w*|sinnvoll\w*|fair\w*|unfair\w*"
            ),
            "en": _words(
                r"good|bad|great|wonderful|terrible|awful|horrible|fantastic|excellent"
                r"|ridiculous|absurd|outrageous|sad|shameful|amazing|brilliant|stupid"
                r"|plausible|reasonable|right|wrong|dangerous|important|interesting"
                r"|disappointing|incredible|impressive|fair|unfair|strong|weak|tough"
                r"|failed|failure|mess|disaster|wise|smart|crazy|proud"
            ),
        },
    ),
    Cue(
        "first_person",
        "Speaks for oneself",
        "Spricht von sich selbst",
        {
            "de": _words(r"ich|mich|mir|mein\w*|wir|uns|unser\w*"),
            "en": _words(r"I|me|my|mine|we|us|our|ours|I'm|I've|we're|we've"),
        },
    ),
    Cue(
        "address",
        "Speaks to the reader or listener",
        "Spricht die Leserschaft an",
        {
            "de": Regex(r"(?<![\w-])(?:du|dich|dir|dein\w*|euch|ihr|Sie|Ihnen|Ihr\w*)(?![\w-])"),
            "en": _words(r"you|your|yours|you're|you've"),
        },
    ),
    Cue(
        "service",
        "Service information, not a claim",
        "Serviceinformation, keine Behauptung",
        {
            "de": _words(
                r"Tickets?|Eintritt\w*|Karten|Öffnungszeit\w*|geöffnet|Anmeldung|anmelden"
                r"|Newsletter|abonnier\w*|Abo|bestellen|erhältlich|kostenlos\w*|gratis"
                r"|Infos?|Informationen unter|Hotline|Telefon|E-Mail|Website|Webseite|online"
                r"|Link|klicken|hier|lesen Sie|Mehr dazu|Anzeige|Werbung|Rabatt|Gutschein"
                r"|Preis ab|Preise ab|ab \d+[,.]?\d* Euro|Uhr|Programm|Veranstaltung\w*|Termin\w*"
                r"|aktualisiert|Update|Foto|Bild|Quelle|Redaktion|Kommentare?|Folgen Sie"
            ),
            "en": _words(
                r"tickets?|admission|opening hours|open daily|sign up|subscribe\w*|newsletter"
                r"|order|available|free|info|information|hotline|call|email|e-mail|website"
                r"|online|link|click|here|read more|advertisement|sponsored|discount|coupon"
                r"|from \$\d+|schedule|event|events|updated?|photo"
                r"|image|source|editor|comments?|follow us|newsletter"
            ),
        },
    ),
    Cue(
        "boilerplate",
        "An update note, credit or pointer, not a statement",
        "Ein Aktualisierungshinweis, eine Quellenangabe oder ein Verweis, keine Aussage",
        {
            "de": Regex(
                r"^\W*(?:(?:zuletzt )?aktualisiert|update|stand|veröffentlicht|erschienen"
                r"|foto|fotos|bild|bilder|grafik|quelle|quellen|mitarbeit|lesen sie auch"
                r"|mehr zum thema|auch interessant|anzeige|hinweis|korrektur)\b",
                re.I,
            ),
            "en": Regex(
                r"^\W*(?:(?:last )?updated?|posted|published|photo|photos|image|credit"
                r"|source|sources|read more|related|see also|advertisement|editor's note"
                r"|correction|additional reporting)\b",
                re.I,
            ),
        },
    ),
    Cue(
        "reference",
        "Points to an issue, page, chapter or episode",
        "Verweist auf eine Ausgabe, Seite, ein Kapitel oder eine Folge",
        {
            "de": _words(
                r"Ausgabe|Ausgaben|Heft|Nr|Seite|Seiten|Kapitel|Folge|Folgen|Band|Absatz"
                r"|Version|Staffel|Episode|Abbildung|Tabelle"
            ),
            "en": _words(
                r"issue|page|pages|chapter|episode|volume|vol|section|version|edition"
                r"|season|table|appendix"
            ),
        },
    ),
    Cue(
        "relative_time",
        "A time relative to now (update notes, schedules)",
        "Eine Zeitangabe relativ zu jetzt (Aktualisierungen, Termine)",
        {
            "de": _words(
                r"vor \d+ (?:Sekunden|Minuten|Stunden|Tagen)|heute|gestern|morgen|soeben"
                r"|gerade eben|um \d{1,2}(?:[.:]\d\d)? Uhr|ab sofort"
            ),
            "en": _words(
                r"\d+ (?:seconds|minutes|hours|days) ago|today|yesterday|tomorrow|just now"
                r"|at \d{1,2}(?::\d\d)? ?(?:a\.?m\.?|p\.?m\.?)|tonight|this morning"
            ),
        },
    ),
    Cue(
        "institution",
        "Names an institution, country or office",
        "Nennt eine Institution, ein Land oder ein Amt",
        {
            "de": _words(
                r"Regierung|Bundes\w+|Ministeri\w+|Minister\w*|Kanzler\w*|Präsident\w*"
                r"|Parlament|Bundestag|Landtag|Gericht\w*|Polizei|Staatsanwaltschaft|Behörde\w*"
                r"|EU|UN|UNO|NATO|WHO|Konzern\w*|Unternehmen\w*|Partei\w*|Staat\w*|Land|Länder"
                r"|Deutschland|Österreich|Schweiz|USA|China|Russland|Ukraine|Europa\w*"
                r"|Stadt|Gemeinde|Kommission|Bank\w*|Institut\w*|Universität\w*|Armee"
            ),
            "en": _words(
                r"government|federal|ministry|minister|president|congress|senate|parliament"
                r"|court|police|agency|department|administration|EU|UN|NATO|WHO|company"
                r"|companies|corporation|party|state|states|country|countries|America"
                r"|American|United States|China|Russia|Soviet|Europe\w*|city|commission"
                r"|bank|banks|institute|university|military|army|budget|taxes?|jobs"
            ),
        },
    ),
    Cue(
        "imperative",
        "An appeal or instruction to the reader",
        "Ein Appell oder eine Anleitung an die Leserschaft",
        {
            "de": Regex(r"^\W*\w+en Sie\b|!\W*$|^\W*(?:Lesen|Mehr|Hier|Jetzt)\b"),
            "en": Regex(r"!\W*$|^\W*(?:Read|Click|Subscribe|Sign|Follow|Let's|Please)\b"),
        },
    ),
    Cue(
        "why_question",
        "Asks why or whether something that is claimed is so",
        "Fragt, warum oder ob etwas Behauptetes so ist",
        {
            "de": Regex(
                r"^\W*(?:warum|wieso|weshalb|ist|sind|war|waren|hat|haben|hatte|stimmt"
                r"|trifft)\b",
                re.I,
            ),
            "en": Regex(
                r"^\W*(?:why|is|isn't|are|aren't|was|wasn't|were|did|didn't|does|doesn't"
                r"|has|hasn't|have|haven't)\b",
                re.I,
            ),
        },
    ),
)

_QUESTION = re.compile(r"\?[\s\"'“”»«)]*$")
_DIGIT = re.compile(r"\d")
_ACRONYM = re.compile(r"\b[A-ZÄÖÜ]{2,6}\b")

CUE_CODES = tuple(c.code for c in CUES)
#: Words count for less than cues, so that many rare words can't outvote what generalises.
WORD_VALUE = 0.5
#: Pieces of German words (four and five letters) count for half a word.
PIECE_VALUE = 0.25


def cue_features(
    text: str, language: str, figures: Iterable[Figure], view: View | None = None
) -> dict[str, float]:
    """The cues of one sentence, as feature name -> value (1.0 when present)."""
    found: dict[str, float] = {}
    view = view or View(text)
    question = bool(_QUESTION.search(text))
    for cue in CUES:
        if (question or cue.code != "why_question") and cue.patterns[language].search(view):
            found["cue:" + cue.code] = 1.0
    kinds = {f.kind for f in figures}
    for kind in kinds:
        found["figure:" + kind] = 1.0
    amounts = kinds & {"money", "percent", "count", "quantity", "fraction", "factor", "rank"}
    if amounts:
        found["figure:amount"] = 1.0
    elif _DIGIT.search(text):
        found["digits"] = 1.0
    if question:
        found["cue:question"] = 1.0
        for other in ("figure:amount", "cue:negation", "cue:why_question", "cue:attribution"):
            if other in found:
                found["question&" + other.split(":")[1]] = 1.0
    if "cue:prediction" in found and "figure:amount" in found:
        found["prediction&amount"] = 1.0
    if "cue:service" in found and ("figure:money" in found or "figure:time" in found):
        found["service&figure"] = 1.0
    if "cue:hedged_claim" in found and "figure:amount" in found:
        found["hedged_claim&amount"] = 1.0
    if "cue:negation" in found and "cue:causal" in found:
        found["negation&causal"] = 1.0
    if _ACRONYM.search(text):
        found["acronym"] = 1.0
    return found


_ZEROS = str.maketrans("123456789", "000000000")


def tokens(view: View) -> list[str]:
    """Lower-case words, with every digit written as 0 so that numbers of a shape match."""
    return [t.translate(_ZEROS) for t in view.lowered]


def word_pieces(word: str) -> list[str]:
    """The four- and five-letter pieces of a German word of more than four letters, with
    ``<`` and ``>`` marking its start and end; none for shorter words."""
    if len(word) <= 4:
        return []
    marked = "<" + word + ">"
    return [marked[i : i + 4] for i in range(len(marked) - 3)] + [
        marked[i : i + 5] for i in range(len(marked) - 4)
    ]


def word_features(words: list[str], language: str, pieces: bool = True) -> dict[str, float]:
    """Words, word pairs and word endings of one language; for German also the pieces of
    longer words (each time they occur), so that compounds share what their parts say.
    ``pieces=False`` leaves the pieces out, for a caller that adds them up word by word."""
    found: dict[str, float] = {}
    prefix = language + ":"
    previous = "<s>"
    german = pieces and language == "de"
    for word in words:
        found["w:" + prefix + word] = WORD_VALUE
        found["b:" + prefix + previous + " " + word] = WORD_VALUE
        if len(word) > 5:
            found["s:" + prefix + word[-4:]] = WORD_VALUE
        if german:
            for piece in word_pieces(word):
                name = "c:" + prefix + piece
                found[name] = found.get(name, 0.0) + PIECE_VALUE
        previous = word
    found["b:" + prefix + previous + " </s>"] = WORD_VALUE
    n = len(words)
    found["length:" + ("short" if n < 8 else "medium" if n < 25 else "long")] = 1.0
    return found


def sentence_features(text: str, language: str, figures: Iterable[Figure]) -> dict[str, float]:
    """Every feature of one sentence: cues, figures and words."""
    lang = "de" if language == "de" else "en"
    view = View(text)
    found = cue_features(text, lang, figures, view)
    found.update(word_features(tokens(view), lang))
    found["lang:" + lang] = 1.0
    return found
