"""Which language a text is written in, from its most frequent short words and its script.

A list of function words per language is enough for news text, costs nothing at start-up
and needs no model files; see tests/benchmarks/bench_suggest.py for how it compares.
"""

from __future__ import annotations

import re
from collections import Counter

#: Languages the suggestions and figures understand; others get "no suggestions yet".
SUPPORTED = ("de", "en")

#: Frequent function words (and a few news verbs) per language.
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "de": "der die das und ist nicht ein eine einer einen einem dem den des zu mit von im"
        " auf für sich auch es sie er wir ich bei nach wie als aus noch wird werden wurde"
        " wurden hat haben sind war waren dass oder aber um über vor nur am zum zur sagte"
        " sagt laut mehr seit durch bis schon kann soll diese dieser dieses ihr ihre sein"
        " seine gegen unter wenn weil man jetzt hier dann sei habe keine kein beim vom nun"
        " etwa rund zwei drei jahr jahren prozent uns euch doch ob wer was wann in so sehr viel"
        " ab zu noch immer bereits heute gestern",
        "en": "the of and to in is that for on with as by at from it this be are not but or an"
        " which who their they he she his her its been had has have was were will would"
        " said says more than after also about into over when could can should there what"
        " if no we our you your all one new up out just so did do does year years percent"
        " how why where these those while because between",
        "fr": "le la les des du un une et est dans que qui pour pas sur au aux avec ce cette"
        " il elle ils sont été par plus ont mais ou nous vous leur selon été avait fait",
        "es": "el la los las del un una y es en que por para con no se su sus al lo como más"
        " pero fue ha son este esta según también entre sobre años",
        "it": "il lo la gli le dei delle un una e è che per con non si del della al alla sono"
        " come più ma ha anche nel nella questo questa secondo anni",
        "nl": "de het een en van is dat op te in met voor niet zijn er aan ook als bij door"
        " maar om dan nog wordt werd heeft hebben deze die wat",
        "pt": "o a os as do da dos das um uma e é em que para com não se por mais como mas"
        " foi ao no na seu sua também são segundo anos",
        "pl": "i w z na do nie się że to jest o jak po przez od za jego jej był była są tak"
        " ale czy już oraz który która według roku",
        "sv": "och att det som en på är av för med till den har de inte om ett han hon var"
        " sig men från vid också enligt kan",
        "tr": "ve bir bu da de için ile olarak daha çok gibi ama en olan var göre sonra kadar"
        " ise değil yüzde yılında",
    }.items()
}
_WORD = re.compile(r"[^\W\d_]+")
_SCRIPTS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\uac00-\ud7af]"), "ko"),
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),
    (re.compile(r"[\u0600-\u06ff]"), "ar"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
    (re.compile(r"[\u0400-\u04ff]"), "ru"),
]
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
#: Spellings typical of German or English words, to decide when function words are few.
_SPELLING: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"sch|[äöüßz]|(?<!s)ch|ei|\w(?:ung|heit|keit|lich|isch)\b|\bge\w+t\b"),
    "en": re.compile(r"th|wh|y|ou|ea|oo|\w(?:ing|ed|ly|ness|ship)\b|\w'[st]\b"),
}
#: How much of a long text is looked at; the opening is representative for articles.
_SAMPLE = 20_000


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when there is too little to tell."""
    sample = text[:_SAMPLE]
    words = _WORD.findall(sample.lower())
    if not words:
        return None
    letters = sum(len(word) for word in words)
    for pattern, code in _SCRIPTS:
        if len(pattern.findall(sample)) > letters * 0.3:
            return "uk" if code == "ru" and _UKRAINIAN.search(sample) else code
    counts = Counter(words)
    hits = {
        lang: float(sum(n for word, n in counts.items() if word in stopwords))
        for lang, stopwords in _STOPWORDS.items()
    }
    lowered = sample.lower()
    for lang, pattern in _SPELLING.items():  # a tie-breaker: never worth more than one word
        hits[lang] += min(1.0, 0.15 * len(pattern.findall(lowered)))
    ranked = sorted(hits.items(), key=lambda item: item[1], reverse=True)[:2]
    if ranked[0][1] < 0.6:
        return None
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def is_supported(language: str | None) -> bool:
    """Whether suggestions and figures understand the language."""
    return language in SUPPORTED
