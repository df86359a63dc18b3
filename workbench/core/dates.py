"""Dates as fact-checkers type them, read into ISO 8601 ("2025-01-28").

Accepted: ISO ("2025-01-28"), German ("28.01.2025", "28. Januar 2025", "28. Jan. 2025") and
English ("January 28, 2025", "28 Jan 2025", "Jan. 28 2025"). Anything else ("gestern",
"1/2/2025", which could be either of two days) is refused with a line saying what to write,
so that a claim date is always a date a ClaimReview can carry.
"""

from __future__ import annotations

import re
from datetime import date

from workbench.core.errors import InputError

_MONTHS = {
    "januar": 1,
    "jänner": 1,
    "january": 1,
    "jan": 1,
    "jän": 1,
    "februar": 2,
    "february": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "march": 3,
    "mär": 3,
    "mar": 3,
    "mrz": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "december": 12,
    "dez": 12,
    "dec": 12,
}
_MONTH = r"(?P<month>[^\W\d_]+)\.?"
_YEAR = r"(?P<year>\d{4})"
_DAY = r"(?P<day>\d{1,2})"
_FORMS = [
    re.compile(rf"{_YEAR}-(?P<mm>\d{{2}})-(?P<dd>\d{{2}})(?:[T ][\d:.+\-Z]*)?"),
    re.compile(rf"(?P<dd>\d{{1,2}})\.(?P<mm>\d{{1,2}})\.{_YEAR}"),
    re.compile(rf"{_DAY}(?:\.|st|nd|rd|th)?\s+{_MONTH}\s+{_YEAR}"),
    re.compile(rf"{_MONTH}\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}"),
]
EXAMPLES = "2025-01-28, 28.01.2025, 28. Januar 2025 or January 28, 2025"


def parse_date(text: str) -> str:
    """The date as ISO "YYYY-MM-DD"; InputError for anything that is not a whole date."""
    value = " ".join(str(text).split())
    for form in _FORMS:
        match = form.fullmatch(value)
        if match is None:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        day = int(parts.get("dd") or parts.get("day") or 0)
        if parts.get("mm"):
            month = int(parts["mm"])
        else:
            month = _MONTHS.get((parts.get("month") or "").lower(), 0)
            if not month:
                break
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            raise InputError(f"{value!r} is not a day in the calendar.") from None
    raise InputError(f"{value!r} is not a date; write it as {EXAMPLES}.")


def optional_date(text: str | None) -> str | None:
    """parse_date for a field that may be left empty (None or blank stays None)."""
    if text is None or not str(text).strip():
        return None
    return parse_date(text)
