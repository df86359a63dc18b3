"""Rating scales as real fact-checkers use them, with their ClaimReview numbers.

Each rating carries an English and a German label, a colour for the app and the numbers that
ClaimReview's reviewRating expects. Values follow each scale's published order, best first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from workbench.core.errors import InputError


@dataclass(frozen=True)
class Rating:
    key: str
    label_en: str
    label_de: str
    value: int
    color: str
    alternate_name: str

    def label(self, lang: str = "en") -> str:
        return self.label_de if lang == "de" else self.label_en

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label_en": self.label_en,
            "label_de": self.label_de,
            "value": self.value,
            "color": self.color,
            "alternate_name": self.alternate_name,
        }


@dataclass(frozen=True)
class Scale:
    short_name: str
    name: str
    description: str
    language: str
    ratings: tuple[Rating, ...] = field(default_factory=tuple)
    builtin: bool = False

    @property
    def best(self) -> int:
        return max(r.value for r in self.ratings)

    @property
    def worst(self) -> int:
        return min(r.value for r in self.ratings)

    def find(self, text: str) -> Rating:
        """The rating a user means: a label in either language, its key, or its value."""
        wanted = fold(text)
        for rating in self.ratings:
            if wanted in (fold(rating.label_en), fold(rating.label_de), fold(rating.key)):
                return rating
        if re.fullmatch(r"-?\d+", text.strip()):
            for rating in self.ratings:
                if rating.value == int(text):
                    return rating
        choices = ", ".join(r.label(self.language) for r in self.ratings)
        raise InputError(
            f"{text!r} is not a rating on the {self.short_name} scale; use one of: {choices}."
        )

    def get(self, key: str) -> Rating | None:
        return next((r for r in self.ratings if r.key == key), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "short_name": self.short_name,
            "name": self.name,
            "description": self.description,
            "language": self.language,
            "builtin": self.builtin,
            "best_rating": self.best,
            "worst_rating": self.worst,
            "ratings": [r.to_dict() for r in self.ratings],
        }


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a label ("größtenteils" matches "Grösstenteils")."""
    text = text.strip().casefold().replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


# Colours run from green (holds) through amber (mixed or missing context) to red (false).
GREEN, LIGHT_GREEN, AMBER, ORANGE, RED, DARK_RED = (
    "#2e7d32",
    "#7cb342",
    "#f9a825",
    "#ef6c00",
    "#c62828",
    "#6a1b1b",
)
GREY, PURPLE, BLUE = "#757575", "#6a1b9a", "#1565c0"


def _scale(
    short: str, name: str, description: str, language: str, rows: list[tuple[str, str, str]]
) -> Scale:
    """Build a scale from (English, German, colour) rows listed best first."""
    count = len(rows)
    ratings = tuple(
        Rating(
            key=_slug(en),
            label_en=en,
            label_de=de,
            value=count - index,
            color=colour,
            alternate_name=de if language == "de" else en,
        )
        for index, (en, de, colour) in enumerate(rows)
    )
    return Scale(short, name, description, language, ratings, builtin=True)


BUILTIN_SCALES: tuple[Scale, ...] = (
    _scale(
        "five-point",
        "Five-point scale",
        "A generic scale from True to False.",
        "en",
        [
            ("True", "Richtig", GREEN),
            ("Mostly true", "Größtenteils richtig", LIGHT_GREEN),
            ("Half true", "Halb richtig", AMBER),
            ("Mostly false", "Größtenteils falsch", ORANGE),
            ("False", "Falsch", RED),
        ],
    ),
    _scale(
        "correctiv",
        "Correctiv",
        "The ratings Correctiv.Faktencheck uses since October 2024.",
        "de",
        [
            ("Correct", "Richtig", GREEN),
            ("Mostly correct", "Größtenteils richtig", LIGHT_GREEN),
            ("Unproven", "Unbelegt", GREY),
            ("Partly false", "Teilweise falsch", AMBER),
            ("Missing context", "Fehlender Kontext", BLUE),
            ("Manipulated", "Manipuliert", PURPLE),
            ("Mostly false", "Größtenteils falsch", ORANGE),
            ("False", "Falsch", RED),
        ],
    ),
    _scale(
        "politifact",
        "PolitiFact Truth-O-Meter",
        "PolitiFact's six ratings.",
        "en",
        [
            ("True", "Wahr", GREEN),
            ("Mostly True", "Größtenteils wahr", LIGHT_GREEN),
            ("Half True", "Halb wahr", AMBER),
            ("Mostly False", "Größtenteils falsch", ORANGE),
            ("False", "Falsch", RED),
            ("Pants on Fire", "Frei erfunden", DARK_RED),
        ],
    ),
    _scale(
        "meta",
        "Meta fact-checking labels",
        "The labels of Meta's third-party fact-checking programme.",
        "en",
        [
            ("True", "Wahr", GREEN),
            ("Satire", "Satire", BLUE),
            ("Missing Context", "Fehlender Kontext", AMBER),
            ("Partly False", "Teilweise falsch", ORANGE),
            ("Altered", "Verändert", PURPLE),
            ("False", "Falsch", RED),
        ],
    ),
    _scale(
        "dpa",
        "dpa-Faktencheck",
        "The four verdicts of dpa's fact-checking team.",
        "de",
        [
            ("True", "stimmt", GREEN),
            ("Mostly true", "stimmt überwiegend", LIGHT_GREEN),
            ("Mostly not true", "stimmt überwiegend nicht", ORANGE),
            ("Not true", "stimmt nicht", RED),
        ],
    ),
)


def scale_from_dict(data: dict[str, Any]) -> Scale:
    """A user's own scale from JSON; ratings are listed best first, values may be given."""
    try:
        short = _slug(str(data["short_name"]))
        rows = data["ratings"]
        if not short or not isinstance(rows, list) or len(rows) < 2:
            raise InputError("A scale needs a short_name and at least two ratings.")
        language = str(data.get("language", "en"))
        ratings = []
        for index, row in enumerate(rows):
            en = str(row.get("label_en") or row.get("label") or "").strip()
            de = str(row.get("label_de") or en).strip()
            if not en:
                raise InputError(f"Rating {index + 1} of scale {short!r} has no label.")
            ratings.append(
                Rating(
                    key=_slug(row.get("key") or en),
                    label_en=en,
                    label_de=de,
                    value=int(row.get("value", len(rows) - index)),
                    color=str(row.get("color", GREY)),
                    alternate_name=str(
                        row.get("alternate_name") or (de if language == "de" else en)
                    ),
                )
            )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"This is not a scale definition: {exc}.") from exc
    if len({r.key for r in ratings}) != len(ratings):
        raise InputError(f"Scale {short!r} has two ratings with the same label.")
    return Scale(
        short,
        str(data.get("name", short)),
        str(data.get("description", "")),
        language,
        tuple(ratings),
        builtin=False,
    )
