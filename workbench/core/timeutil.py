"""Timestamps as the library stores them: ISO 8601 in UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    """The current time in UTC with microseconds and a Z, so that stamps sort as text.

    The same form serves WARC-Date, which allows fractions of a second.
    """
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
