"""Words the user sees for the core's codes (statuses, stances, kinds, ratings), translated.

The core stores English codes such as "researching" or "refutes"; the window shows them in the
interface language, so a German newsroom never reads a database value.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from workbench.core.library.models import Claim, ClaimStatus, SourceKind, Stance
from workbench.core.library.scales import Scale

translate = QCoreApplication.translate
NEUTRAL_COLOR = "#8d99ae"


def status_label(status: str) -> str:
    """The claim status as a word in the interface language."""
    names: dict[str, str] = {
        ClaimStatus.OPEN: translate("Labels", "open"),
        ClaimStatus.RESEARCHING: translate("Labels", "researching"),
        ClaimStatus.DRAFTED: translate("Labels", "drafted"),
        ClaimStatus.REVIEWED: translate("Labels", "reviewed"),
        ClaimStatus.PUBLISHED: translate("Labels", "published"),
        ClaimStatus.DISMISSED: translate("Labels", "dismissed"),
    }
    return names.get(status, status)


def stance_label(stance: str) -> str:
    names: dict[str, str] = {
        Stance.SUPPORTS: translate("Labels", "supports"),
        Stance.REFUTES: translate("Labels", "refutes"),
        Stance.CONTEXT: translate("Labels", "context"),
    }
    return names.get(stance, stance)


def kind_label(kind: str) -> str:
    """A kind of source, or of search hit."""
    names: dict[str, str] = {
        SourceKind.WEB: translate("Labels", "web page"),
        SourceKind.DOCUMENT: translate("Labels", "document"),
        SourceKind.DATASET: translate("Labels", "dataset"),
        SourceKind.PERSON: translate("Labels", "person"),
        SourceKind.FACT_CHECK: translate("Labels", "fact-check"),
        "article": translate("Labels", "Articles"),
        "claim": translate("Labels", "Claims"),
        "source": translate("Labels", "Sources"),
        "evidence": translate("Labels", "Evidence"),
    }
    return names.get(kind, kind)


def scale_name(scale: Scale) -> str:
    """A built-in scale's name in the interface language; a library's own scale as named."""
    names: dict[str, str] = {
        "five-point": translate("Labels", "Five-point scale"),
        "correctiv": translate("Labels", "Correctiv"),
        "politifact": translate("Labels", "PolitiFact Truth-O-Meter"),
        "meta": translate("Labels", "Meta fact-checking labels"),
        "dpa": translate("Labels", "dpa-Faktencheck"),
    }
    return names.get(scale.short_name, scale.name) if scale.builtin else scale.name


def scale_description(scale: Scale) -> str:
    """What a built-in scale is, in the interface language."""
    texts: dict[str, str] = {
        "five-point": translate("Labels", "A generic scale from True to False."),
        "correctiv": translate(
            "Labels", "The ratings Correctiv.Faktencheck uses since October 2024."
        ),
        "politifact": translate("Labels", "PolitiFact's six ratings."),
        "meta": translate("Labels", "The labels of Meta's third-party fact-checking programme."),
        "dpa": translate("Labels", "The four verdicts of dpa's fact-checking team."),
    }
    return texts.get(scale.short_name, scale.description) if scale.builtin else scale.description


def no_verdict_label() -> str:
    return translate("Labels", "no verdict")


def ui_language() -> str:
    """The interface language code ("en" or "de") the labels of ratings follow."""
    from workbench.gui import i18n

    return i18n.current_language()


def rating_label(scale: Scale | None, key: str | None, fallback: str | None = None) -> str:
    """A rating's label in the interface language, or the label the core gave."""
    if not key:
        return no_verdict_label()
    rating = scale.get(key) if scale is not None else None
    if rating is None:
        return fallback or key
    return rating.label(ui_language())


def claim_color(claim: Claim) -> QColor:
    """The colour of a claim's verdict; open claims get a neutral grey-blue."""
    return QColor(claim.rating_color or NEUTRAL_COLOR)


def short_time(iso: str | None) -> str:
    """An ISO timestamp from the library as local date and time, to the minute."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def compact_time(iso: str | None) -> str:
    """Today's times as hours and minutes, older ones as a date: enough for a table cell."""
    full = short_time(iso)
    today = datetime.now().strftime("%Y-%m-%d")
    return full[11:] if full.startswith(today) else full[:10]


def one_line(text: str | None, limit: int = 160) -> str:
    """Text for a single table cell: no line breaks, and not longer than limit characters."""
    if not text:
        return ""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def plain_tooltip(text: str | None, limit: int = 600) -> str:
    """Text from the library as a tooltip that Qt shows as written, never as markup.

    Qt guesses whether a tooltip is rich text; a title such as "<b>Breaking</b>" would be
    rendered. Escaped inside <qt> it is always shown as the characters typed, line breaks kept.
    """
    if not text:
        return ""
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    lines = (html.escape(line) for line in text.splitlines())
    return "<qt>" + "<br>".join(lines) + "</qt>"
