"""Check-worthiness: which sentences of an article a fact-checker should look at first.

Every sentence gets a score from 0 to 1 from the learned check-worthiness model
(``checkworthiness.py``), with the reasons behind it and the weight each one carried:
figures, attribution, events, causes and hedged claims push it up; opinions, forecasts,
open questions and service text push it down. A score of 0.5 is the threshold the model was
tuned to on held-out sentences; a lower minimum finds more claims and more noise.
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass, field, replace
from typing import Any

from workbench.core.language.checkworthiness import explain, load_model
from workbench.core.language.detect import detect_language, is_supported
from workbench.core.language.figures import Figure, extract_figures
from workbench.core.language.sentences import Sentence, has_text, paragraph_spans, split_sentences
from workbench.core.language.thresholds import DEFAULT_THRESHOLD  # noqa: E402
from workbench.core.progress import ProgressCallback, check_cancel, no_progress

__all__ = ["DEFAULT_THRESHOLD"]
_PROGRESS_EVERY = 500


@dataclass(frozen=True)
class Reason:
    """Why a sentence's score went up (positive weight) or down (negative weight).

    ``weight`` is what the reason added to the model's log-odds: +1 roughly multiplies the
    odds of "worth checking" by 2.7. ``text`` is English, ``text_de`` German.
    """

    code: str
    text: str
    weight: float
    text_de: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "text": self.text,
            "text_de": self.text_de,
            "weight": self.weight,
        }


@dataclass(frozen=True)
class Suggestion:
    """A sentence worth checking, as a span of the original text."""

    start: int
    end: int
    text: str
    score: float
    reasons: tuple[Reason, ...]
    figures: tuple[Figure, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": self.score,
            "reasons": [r.to_dict() for r in self.reasons],
            "figures": [f.to_dict() for f in self.figures],
        }


@dataclass(frozen=True)
class SuggestionResult:
    """The suggestions for one text; ``note`` says why there are none when that is so."""

    language: str | None
    suggestions: list[Suggestion] = field(default_factory=list)
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "suggestions": [s.to_dict() for s in self.suggestions],
            "note": self.note,
        }


def suggest(
    text: str,
    *,
    language: str | None = None,
    min_score: float = DEFAULT_THRESHOLD,
    progress: ProgressCallback = no_progress,
    cancel: threading.Event | None = None,
) -> SuggestionResult:
    """The sentences of ``text`` that score at least ``min_score``, in text order."""
    if not has_text(text):
        return SuggestionResult(language, [], "The text is empty.")
    lang = language or detect_language(text)
    if lang is None:
        return SuggestionResult(
            None, [], "Could not tell the language of the text; choose German or English."
        )
    if not is_supported(lang):
        return SuggestionResult(
            lang,
            [],
            f"No suggestions yet for texts in this language ({lang}); only German and English.",
        )
    scored = score_sentences(text, lang, progress=progress, cancel=cancel, explain_from=min_score)
    return SuggestionResult(lang, [s for s in scored if s.score >= min_score], None)


def score_sentences(
    text: str,
    language: str,
    *,
    progress: ProgressCallback = no_progress,
    cancel: threading.Event | None = None,
    explain_from: float = 0.0,
) -> list[Suggestion]:
    """Every sentence of ``text`` with its score, reasons and figures; sentences scoring
    below ``explain_from`` come without reasons (explaining costs time).

    A paragraph long enough to tell is read in its own language when that differs (an English
    quotation in a German article: its "billion" is 10^9, not 10^12).
    """
    runs = language_runs(text, language)
    sentences: list[tuple[Sentence, str]] = []
    figures: list[Figure] = []
    for start, end, lang in runs:
        part = text[start:end]
        sentences += [
            (Sentence(s.start + start, s.end + start, s.text), lang)
            for s in split_sentences(part, lang)
        ]
        figures += [
            replace(f, start=f.start + start, end=f.end + start)
            for f in extract_figures(part, lang)
        ]
    starts = [f.start for f in figures]
    out: list[Suggestion] = []
    total = len(sentences)
    for i, (sentence, lang) in enumerate(sentences):
        if i % _PROGRESS_EVERY == 0:
            check_cancel(cancel)
            progress(i, total, "Scoring sentences")
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        inside = tuple(f for f in figures[lo:hi] if f.end <= sentence.end)
        out.append(score_sentence(sentence, lang, inside, explain_from=explain_from))
    progress(total, total, "Scoring sentences")
    return out


#: A paragraph needs this many words before its own language overrides the text's.
MIN_WORDS_FOR_LANGUAGE = 20


def language_runs(text: str, language: str) -> list[tuple[int, int, str]]:
    """Stretches of the text and the supported language each is read in, in order."""
    runs: list[tuple[int, int, str]] = []
    for start, end in paragraph_spans(text):
        lang = language
        part = text[start:end]
        if len(part.split()) >= MIN_WORDS_FOR_LANGUAGE:
            found = detect_language(part)
            if found and is_supported(found):
                lang = found
        if runs and runs[-1][2] == lang:
            runs[-1] = (runs[-1][0], end, lang)
        else:
            runs.append((start if runs else 0, end, lang))
    if not runs:
        return [(0, len(text), language)]
    # Runs cover the whole text, so that nothing between paragraphs is lost.
    runs[-1] = (runs[-1][0], len(text), runs[-1][2])
    return [
        (s, runs[i + 1][0] if i + 1 < len(runs) else e, lang) for i, (s, e, lang) in enumerate(runs)
    ]


def score_statements(
    statements: list[str],
    language: str,
    *,
    progress: ProgressCallback = no_progress,
    cancel: threading.Event | None = None,
) -> list[Suggestion]:
    """Each statement scored whole, in order (a transcript's lines, posts, collected claims);
    offsets are within the statement."""
    out: list[Suggestion] = []
    total = len(statements)
    for i, statement in enumerate(statements):
        if i % _PROGRESS_EVERY == 0:
            check_cancel(cancel)
            progress(i, total, "Scoring statements")
        out.append(score_sentence(statement, language))
    progress(total, total, "Scoring statements")
    return out


def score_sentence(
    sentence: Sentence | str,
    language: str,
    figures: tuple[Figure, ...] | None = None,
    *,
    explain_from: float = 0.0,
) -> Suggestion:
    """Score one sentence with its reasons (none when it scores below ``explain_from``);
    ``figures`` may be passed when they are already known."""
    if isinstance(sentence, str):
        sentence = Sentence(0, len(sentence), sentence)
    lang = "de" if language == "de" else "en"
    if figures is None:
        figures = tuple(
            replace(f, start=f.start + sentence.start, end=f.end + sentence.start)
            for f in extract_figures(sentence.text, lang)
        )
    score, active = load_model().score(sentence.text, lang, figures)
    score = round(score, 3)
    reasons: tuple[Reason, ...] = ()
    if score >= explain_from:
        reasons = tuple(
            Reason(c.code, c.text, c.weight, c.text_de) for c in explain(active, figures)
        )
    return Suggestion(sentence.start, sentence.end, sentence.text, score, reasons, figures)
