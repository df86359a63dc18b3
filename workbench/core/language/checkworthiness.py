"""The learned check-worthiness model: a logistic regression over the cues and words of a
sentence, shipped inside the package as a small JSON file and run in plain Python.

The weights were learned from labelled debate and news sentences (see the model's notes and
``tools/train_checkworthiness.py``). A sentence's score is the logistic function of the sum
of its features' weights; that sum is also the explanation, so every reason shown to the
fact-checker carries the weight it added to or took from the score.
"""

from __future__ import annotations

import gzip
import heapq
import json
import math
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from workbench.core.errors import WorkbenchError
from workbench.core.language.checkworthiness_features import (
    CUES,
    PIECE_VALUE,
    View,
    cue_features,
    tokens,
    word_features,
    word_pieces,
)
from workbench.core.language.figures import Figure

MODEL_PACKAGE = "workbench.resources"
MODEL_FILE = "checkworthiness.json.gz"
#: The model file's layout; the training script writes it and this module reads it.
MODEL_FORMAT = 1

_FIGURE_NAMES = {
    "money": ("an amount of money", "einen Geldbetrag"),
    "percent": ("a percentage", "einen Prozentwert"),
    "count": ("a count", "eine Anzahl"),
    "quantity": ("a quantity", "eine Menge"),
    "fraction": ("a fraction", "einen Anteil"),
    "factor": ("a factor", "einen Faktor"),
    "rank": ("a rank", "einen Rang"),
    "number": ("a number", "eine Zahl"),
    "age": ("an age", "ein Alter"),
    "date": ("a date", "ein Datum"),
    "year": ("a year", "eine Jahreszahl"),
    "time": ("a time of day", "eine Uhrzeit"),
    "score": ("a score", "einen Spielstand"),
}
_FIGURE_ORDER = tuple(_FIGURE_NAMES)

#: Features made of two cues, explained in words of their own.
_COMBINED = {
    "question&amount": ("A question that carries a figure", "Eine Frage, die eine Zahl enthält"),
    "question&negation": (
        "A question that asserts something (\u201cisn't it ...?\u201d)",
        "Eine Frage, die etwas behauptet (\u201eist es nicht ...?\u201c)",
    ),
    "question&why_question": (
        "Asks why or whether a stated fact is so",
        "Fragt, warum oder ob eine genannte Tatsache so ist",
    ),
    "question&attribution": (
        "A question about what a source said",
        "Eine Frage zu dem, was eine Quelle sagte",
    ),
    "prediction&amount": ("A forecast with a figure", "Eine Prognose mit einer Zahl"),
    "service&figure": (
        "A price or time in service information",
        "Ein Preis oder eine Uhrzeit in einer Serviceinformation",
    ),
    "hedged_claim&amount": (
        "A hedged figure (what circulates gets checked)",
        "Eine unbestätigte Zahl (was kursiert, wird geprüft)",
    ),
    "negation&causal": ("Denies a cause or effect", "Bestreitet eine Ursache oder Wirkung"),
    "question": ("Phrased as a question", "Als Frage formuliert"),
    "acronym": (
        "Names an organisation by its abbreviation",
        "Nennt eine Organisation mit ihrer Abkürzung",
    ),
}
_CUE_TEXTS = {c.code: (c.en_text, c.de_text) for c in CUES}
_WORDS_UP = ("Wording typical of check-worthy statements", "Wortwahl prüfenswerter Aussagen")
_WORDS_DOWN = (
    "Wording typical of statements not worth checking",
    "Wortwahl von Aussagen, die keine Prüfung brauchen",
)
_LENGTH = {
    "short": ("A short sentence", "Ein kurzer Satz"),
    "medium": ("A sentence of middle length", "Ein mittellanger Satz"),
    "long": ("A long sentence", "Ein langer Satz"),
}
#: Reasons whose weight is smaller than this are left out of the explanation.
MIN_REASON_WEIGHT = 0.05


class ModelError(WorkbenchError):
    """The check-worthiness model shipped with the workbench can't be read."""


@dataclass(frozen=True)
class Contribution:
    """One reason behind a score: a stable code, its texts in English and German, and the
    weight it added (positive) or took away (negative), in the model's log-odds."""

    code: str
    text: str
    text_de: str
    weight: float


@dataclass(frozen=True)
class Model:
    """Learned weights and what the training measured."""

    weights: dict[str, float]
    bias: dict[str, float]
    notes: dict[str, Any]
    #: What the pieces of a German word add up to, by word (filled as words are met).
    piece_sums: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def score(
        self, text: str, language: str, figures: Iterable[Figure]
    ) -> tuple[float, list[tuple[str, float]]]:
        """The score of one sentence (0 to 1) and what each of its features added."""
        lang = "de" if language == "de" else "en"
        view = View(text)
        words = tokens(view)
        features = cue_features(text, lang, figures, view)
        features.update(word_features(words, lang, pieces=False))
        weights = self.weights
        total = self.bias[lang]
        active: list[tuple[str, float]] = []
        for name, value in features.items():
            w = weights.get(name)
            if w is not None:
                active.append((name, w * value))
                total += w * value
        if lang == "de":
            for word in words:
                if len(word) > 4:
                    w = self._pieces(word)
                    active.append(("c:de:" + word, w))
                    total += w
        return 1.0 / (1.0 + math.exp(-total)), active

    def _pieces(self, word: str) -> float:
        """The summed weight of a German word's pieces, remembered per word."""
        found = self.piece_sums.get(word)
        if found is None:
            if len(self.piece_sums) > 200_000:
                self.piece_sums.clear()
            weights = self.weights
            found = PIECE_VALUE * sum(weights.get("c:de:" + p, 0.0) for p in word_pieces(word))
            self.piece_sums[word] = found
        return found


def explain(active: list[tuple[str, float]], figures: tuple[Figure, ...]) -> list[Contribution]:
    """Group the weights of a sentence's features into reasons a fact-checker can read,
    largest weight first."""
    figure_weight = 0.0
    kinds: list[str] = []
    words_up: list[tuple[float, str, str]] = []
    words_down: list[tuple[float, str, str]] = []
    out: list[Contribution] = []
    for name, weight in active:
        kind, _, rest = name.partition(":")
        if kind in ("w", "b", "s", "c"):
            (words_up if weight > 0 else words_down).append((weight, kind, rest))
        elif kind in ("figure", "digits"):
            figure_weight += weight
            if rest in _FIGURE_NAMES:
                kinds.append(rest)
        elif kind == "cue":
            en, de = _CUE_TEXTS.get(rest) or _COMBINED.get(rest, (rest, rest))
            out.append(Contribution(rest, en, de, weight))
        elif kind == "length":
            en, de = _LENGTH.get(rest, (rest, rest))
            out.append(Contribution("length", en, de, weight))
        elif name in _COMBINED:
            en, de = _COMBINED[name]
            out.append(Contribution(name.replace("&", "_"), en, de, weight))
    if figure_weight or figures:
        out.append(_figure_contribution(figure_weight, kinds, figures))
    for code, (en, de), group in (
        ("wording", _WORDS_UP, words_up),
        ("wording_against", _WORDS_DOWN, words_down),
    ):
        if group:
            shown: list[str] = []
            # Enough of the weightiest to find three worth showing, without sorting them all.
            for _, kind, rest in heapq.nlargest(12, group, key=lambda x: abs(x[0])):
                word = _shown_words(kind, rest)
                if word and word not in shown:
                    shown.append(word)
                    if len(shown) == 3:
                        break
            listed = ", ".join(f"\u201c{w}\u201d" for w in shown)
            suffix = f": {listed}" if listed else ""
            out.append(Contribution(code, en + suffix, de + suffix, sum(w for w, _, _ in group)))
    kept = [
        Contribution(c.code, c.text, c.text_de, round(c.weight, 2))
        for c in out
        if abs(c.weight) >= MIN_REASON_WEIGHT
    ]
    return sorted(kept, key=lambda c: -abs(c.weight))


def _shown_words(kind: str, rest: str) -> str:
    """The words of a word feature as a reader would recognise them ("" when not worth it)."""
    _, _, words = rest.partition(":")
    if kind == "s":
        return ""
    parts = words.split()
    if "<s>" in parts or "</s>" in parts or any(not t.strip("0") for t in parts):
        return ""
    # Short function words ("die", "of") weigh in the score but say nothing to a reader.
    if all(len(t) < 4 for t in parts):
        return ""
    return words


def _figure_contribution(
    weight: float, kinds: list[str], figures: tuple[Figure, ...]
) -> Contribution:
    """One reason for all figures of a sentence, naming the weightiest kind and the figures."""
    code = (
        "figure"
        if weight >= 0 and any(k not in ("date", "year", "time") for k in kinds)
        else "date"
    )
    if not figures:
        return Contribution(code, "Contains digits", "Enthält Ziffern", weight)
    ordered = sorted(set(kinds), key=_FIGURE_ORDER.index)
    en_kind, de_kind = _FIGURE_NAMES[ordered[0]] if ordered else ("a figure", "eine Zahl")
    shown = ", ".join(f.text for f in figures[:3]) + (", ..." if len(figures) > 3 else "")
    return Contribution(code, f"Contains {en_kind}: {shown}", f"Enthält {de_kind}: {shown}", weight)


_lock = threading.Lock()
_model: Model | None = None


def load_model() -> Model:
    """The shipped model, read once per process."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = read_model(
                    resources.files(MODEL_PACKAGE).joinpath("models", MODEL_FILE).read_bytes()
                )
    return _model


def read_model(data: bytes) -> Model:
    """A model from the bytes of a model file (gzip-compressed JSON)."""
    try:
        raw = json.loads(gzip.decompress(data))
    except (OSError, ValueError) as exc:
        raise ModelError(f"The check-worthiness model file is damaged: {exc}") from exc
    if not isinstance(raw, dict) or raw.get("format") != MODEL_FORMAT:
        raise ModelError(
            "The check-worthiness model file was written for another version of the workbench."
        )
    return Model(
        weights={str(k): float(v) for k, v in raw["weights"].items()},
        bias={str(k): float(v) for k, v in raw["bias"].items()},
        notes=dict(raw.get("notes", {})),
    )


def write_model(weights: dict[str, float], bias: dict[str, float], notes: dict[str, Any]) -> bytes:
    """The bytes of a model file; the same input gives the same bytes."""
    raw = {
        "format": MODEL_FORMAT,
        "notes": notes,
        "bias": {k: round(v, 5) for k, v in sorted(bias.items())},
        "weights": {k: round(v, 4) for k, v in sorted(weights.items())},
    }
    text = json.dumps(raw, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
