"""Helpers shared by the GUI tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: The article of the GUI tests' library (see conftest.article_id).
ARTICLE = (
    "Die Aktie des Chipherstellers Nvidia fiel am Montag um rund 17 Prozent.\n"
    "Damit verlor das Unternehmen 592,7 Milliarden Dollar an Börsenwert.\n"
    "Ein US-Investor sprach vom „Sputnik-Moment“ 🚀 der KI-Branche.\n"
    "Das Training soll nur 5,6 Millionen Dollar gekostet haben.\n"
)


def rows(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Read the library file as another program would: a fresh sqlite3 connection."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
