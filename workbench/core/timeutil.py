"""Timestamps as the library stores them: ISO 8601 in UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    """The current time in UTC, with microseconds so that ordering by it is stable."""
    return datetime.now(UTC).isoformat(timespec="microseconds")
