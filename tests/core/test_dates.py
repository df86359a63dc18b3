"""Claim dates are dates: the common German and English forms become ISO, the rest is refused."""

from __future__ import annotations

import pytest

from workbench.core.dates import optional_date, parse_date
from workbench.core.errors import InputError


@pytest.mark.parametrize(
    "typed",
    [
        "2025-01-28",
        "28.01.2025",
        "28.1.2025",
        "28. Januar 2025",
        "28 Januar 2025",
        "28. Jan. 2025",
        "January 28, 2025",
        "Jan 28 2025",
        "28 Jan 2025",
        "28th January 2025",
        " January  28th, 2025 ",
        "2025-01-28T09:30:00+01:00",
    ],
)
def test_common_forms_become_iso(typed):
    assert "2025-01-28" == parse_date(typed)


def test_umlauts_and_austrian_months():
    assert ("2024-03-05", "2024-01-02") == (
        parse_date("5. März 2024"),
        parse_date("2. Jänner 2024"),
    )


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("gestern", "'gestern' is not a date; write it as 2025-01-28, 28.01.2025"),
        ("1/2/2025", "is not a date"),
        ("28.01.25", "is not a date"),
        ("31.02.2025", "'31.02.2025' is not a day in the calendar."),
        ("28. Brumaire 2025", "is not a date"),
        ("2025", "is not a date"),
    ],
)
def test_anything_else_is_refused_with_a_clear_line(typed, message):
    with pytest.raises(InputError, match=message[:40].replace(".", r"\.")):
        parse_date(typed)


def test_an_empty_optional_date_stays_empty():
    assert (None, None, "2025-01-28") == (
        optional_date(None),
        optional_date("  "),
        optional_date("28.01.2025"),
    )
