"""Comparing the workbench with raw sqlite3 on exactly the same SQL, and nothing else.

An operation of the library is traced with `conn.set_trace_callback` for that one call only.
The raw side replays exactly those statements, in its own `sqlite3` connection opened with the
same pragmas, and is traced too: a ratio is reported only when both sides ran the same
statements, the same number of times. Anything else is labelled for what it is.

SQLite's trace also shows what runs inside a statement: the statements of a virtual table
(full-text search reads its shadow tables) start with "--" or name the schema as 'main'., and a statement that fires triggers
is reported again for each trigger, with the same text. Those come with the statement on both
sides; only the statements the program itself sent are compared and replayed.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

#: The pragmas every connection of the library runs with (see workbench/core/library/store.py).
LIBRARY_PRAGMAS = (
    "PRAGMA busy_timeout=10000",
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
)


def median_ms(fn: Callable[[], object], repeat: int = 25, warmup: int = 1) -> float:
    """The median time of fn in milliseconds, after warmup calls that are not counted."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def paired_medians(
    ours: Callable[[], object], theirs: Callable[[], object], repeat: int = 25
) -> tuple[float, float]:
    """Median milliseconds of two functions timed in turns, so both meet the same load.

    On a shared machine the load changes from one second to the next; timing one side's
    calls all before the other's would put that change into the ratio.
    """
    ours()
    theirs()
    a: list[float] = []
    b: list[float] = []
    for _ in range(repeat):
        for fn, times in ((ours, a), (theirs, b)):
            started = time.perf_counter()
            fn()
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(a), statistics.median(b)


@contextmanager
def traced(conn: sqlite3.Connection) -> Iterator[list[str]]:
    """The statements conn runs inside the block, and only those."""
    lines: list[str] = []
    conn.set_trace_callback(lines.append)
    try:
        yield lines
    finally:
        conn.set_trace_callback(None)


def raw_connection(path: object) -> sqlite3.Connection:
    """A fresh sqlite3 connection with the library's pragmas, transactions left to the SQL."""
    conn = sqlite3.connect(str(path), timeout=10, isolation_level=None)
    for pragma in LIBRARY_PRAGMAS:
        conn.execute(pragma).fetchall()
    return conn


def top_level(trace: list[str]) -> list[str]:
    """The statements the program sent, without what SQLite ran inside them."""
    statements: list[str] = []
    for text in trace:
        if text.startswith("--") or "'main'." in text:
            continue  # SQLite's own, inside a virtual table (FTS5 reads its shadow tables)
        if statements and statements[-1] == text and _writes(text):
            continue  # reported again for a trigger it fired
        statements.append(text)
    return statements


def _writes(text: str) -> bool:
    """Whether a statement can fire triggers (and so be traced again for each of them)."""
    words = text.split(None, 1)
    return bool(words) and words[0].upper() in {"INSERT", "UPDATE", "DELETE", "REPLACE"}


def replay(conn: sqlite3.Connection, statements: list[str]) -> list[str]:
    """Run the statements on conn; returns what conn's own trace shows it sent."""
    own: list[str] = []
    conn.set_trace_callback(own.append)
    try:
        for text in statements:
            conn.execute(text).fetchall()
    finally:
        conn.set_trace_callback(None)
    return top_level(own)


def runner(conn: sqlite3.Connection, statements: list[str]) -> Callable[[], None]:
    def run() -> None:
        for text in statements:
            conn.execute(text).fetchall()

    return run


@dataclass
class Figure:
    """One operation's figures, as printed and as given in --json."""

    label: str
    ms: float
    raw_ms: float | None = None
    statements: int | None = None
    raw_statements: int | None = None
    same_sql: bool = False
    compared_with: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        """Ours to raw, only where both sides ran the very same SQL."""
        if not self.same_sql or not self.raw_ms:
            return None
        return self.ms / self.raw_ms

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "label": self.label,
            "ms": round(self.ms, 4),
            "raw_ms": None if self.raw_ms is None else round(self.raw_ms, 4),
            "ratio": None if self.ratio is None else round(self.ratio, 3),
            "same_sql": self.same_sql,
            "statements": self.statements,
            "raw_statements": self.raw_statements,
        }
        if self.compared_with:
            out["compared_with"] = self.compared_with
        out.update(self.extra)
        return out

    def line(self) -> str:
        text = f"{self.label:<52} {self.ms:9.2f} ms"
        if self.raw_ms is not None:
            text += f"   raw {self.raw_ms:8.2f} ms"
        if self.ratio is not None:
            text += f"   {self.ratio:5.2f}x same SQL ({self.statements} statements)"
        elif self.compared_with:
            text += f"   (not the same SQL: {self.compared_with})"
        return text


class SqlMismatch(AssertionError):
    """The raw side did not run what the library ran: no ratio may be printed."""


def same_sql_figure(
    label: str,
    operation: Callable[[], object],
    conn: sqlite3.Connection,
    raw: sqlite3.Connection,
    *,
    repeat: int = 25,
) -> Figure:
    """Time a read-only operation and the very same SQL through raw sqlite3.

    The operation is traced on its second call (the first may fill caches), and again on a
    third to make sure it is stable; raw replays that trace and is traced itself.
    """
    operation()
    with traced(conn) as lines:
        operation()
    with traced(conn) as again:
        operation()
    trace = top_level(lines)
    if trace != top_level(again):
        raise SqlMismatch(f"{label}: the library ran different SQL on two calls")
    replayed = replay(raw, trace)
    check_same(label, trace, replayed)
    ours, theirs = paired_medians(operation, runner(raw, trace), repeat)
    return Figure(
        label,
        ours,
        theirs,
        statements=len(trace),
        raw_statements=len(replayed),
        same_sql=True,
    )


def check_same(label: str, trace: list[str], replayed: list[str]) -> None:
    if len(trace) != len(replayed):
        raise SqlMismatch(f"{label}: the library ran {len(trace)} statements, raw {len(replayed)}")
    if trace != replayed:
        raise SqlMismatch(f"{label}: raw sqlite3 ran other statements than the library")
