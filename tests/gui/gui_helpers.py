"""Helpers shared by the GUI tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def rows(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Read the library file as another program would: a fresh sqlite3 connection."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
