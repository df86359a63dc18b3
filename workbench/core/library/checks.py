"""Checks of a library file: SQLite's own, the search index, the guards of history, the chain.

`check_library` runs everything `workbench check` reports; `quick` runs SQLite's quick check
only, cheap enough for the app's start. Nothing here writes to the library.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.library.migrations import AUDIT_CHAINED, GUARD_TRIGGERS, audit_hash
from workbench.core.library.settings import Scales

FTS_TABLES = ("articles_fts", "claims_fts", "sources_fts", "evidence_fts")


@dataclass(frozen=True)
class Finding:
    """One thing a check found wrong, in words a fact-checker can act on."""

    check: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"check": self.check, "message": self.message}


@dataclass
class CheckReport:
    """What the checks found; ok when nothing."""

    checks_run: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def add(self, check: str, message: str) -> None:
        self.findings.append(Finding(check, message))

    def to_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "checks": list(self.checks_run),
            "findings": [f.to_dict() for f in self.findings],
        }


def _rows(conn: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.execute(sql).fetchall()]


def _integrity(conn: sqlite3.Connection, report: CheckReport, *, quick: bool) -> bool:
    name = "quick_check" if quick else "integrity_check"
    report.checks_run.append(name)
    try:
        rows = _rows(conn, f"PRAGMA {name}")
    except sqlite3.DatabaseError as exc:
        report.add(name, f"SQLite can't read the file: {exc}.")
        return False
    problems = [str(r[0]) for r in rows if r and r[0] != "ok"]
    for problem in problems[:20]:
        report.add(name, problem)
    if len(problems) > 20:
        report.add(name, f"... and {len(problems) - 20} more problems.")
    return not problems


def _foreign_keys(conn: sqlite3.Connection, report: CheckReport) -> None:
    report.checks_run.append("foreign_key_check")
    try:
        rows = _rows(conn, "PRAGMA foreign_key_check")
    except sqlite3.DatabaseError as exc:
        report.add("foreign_key_check", f"can't run: {exc}.")
        return
    for table, rowid, parent, _ in rows[:20]:
        report.add("foreign_key_check", f"row {rowid} of {table} points to a missing {parent}.")
    if len(rows) > 20:
        report.add("foreign_key_check", f"... and {len(rows) - 20} more rows.")


def _search_index(conn: sqlite3.Connection, report: CheckReport) -> None:
    report.checks_run.append("fts5 integrity-check")
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in FTS_TABLES:
        if table not in present:
            report.add("fts5 integrity-check", f"the search index {table} is missing.")
            continue
        try:
            # FTS5's integrity-check compares the index with the rows it indexes.
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            if "readonly" in str(exc) or "read-only" in str(exc):
                report.checks_run[-1] = "fts5 integrity-check (skipped: read-only)"
                return
            report.add("fts5 integrity-check", f"the search index {table} is damaged: {exc}.")


def _guards(conn: sqlite3.Connection, report: CheckReport) -> None:
    report.checks_run.append("append-only guards")
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for name in GUARD_TRIGGERS:
        if name not in present:
            table = name.split("_no_")[0]
            report.add(
                "append-only guards",
                f"the guard {name} is missing: {table} could be rewritten without a trace.",
            )


def verify_audit_chain(conn: sqlite3.Connection) -> list[str]:
    """Where the audit log's SHA-256 chain breaks: an entry changed, removed or slipped in."""
    problems: list[str] = []
    previous: str | None = None
    expected_seq: int | None = None
    cursor = conn.execute(f"SELECT seq, hash, {AUDIT_CHAINED} FROM audit_log ORDER BY seq")
    for seq, stored, *row in cursor:
        link = audit_hash(previous, tuple(row))
        if stored != link:
            problems.append(
                f"audit entry {seq} does not match the chain: it, or an entry before it,"
                " was changed, removed or inserted outside the workbench."
            )
            if len(problems) >= 20:
                break
            link = stored or link
        if expected_seq is not None and seq != expected_seq:
            problems.append(f"audit entries {expected_seq} to {seq - 1} are missing.")
        expected_seq = seq + 1
        previous = link
    return problems


def _chain(conn: sqlite3.Connection, report: CheckReport) -> None:
    report.checks_run.append("audit chain")
    for problem in verify_audit_chain(conn):
        report.add("audit chain", problem)


def _scales(conn: sqlite3.Connection, report: CheckReport) -> None:
    report.checks_run.append("rating scales")
    conn.row_factory = sqlite3.Row
    try:
        for row in conn.execute("SELECT * FROM scales"):
            if Scales.from_row(dict(row)) is None:
                report.add(
                    "rating scales",
                    f"the scale {row['short_name']!r} has a definition that can't be read.",
                )
    finally:
        conn.row_factory = None


def check_connection(
    conn: sqlite3.Connection,
    *,
    quick: bool = False,
    history: bool = True,
    progress: Callable[[str], None] | None = None,
) -> CheckReport:
    """Run the checks on an open connection; quick runs SQLite's quick_check only. history=False
    leaves out the guards and the audit chain, for a file of an older schema without them."""
    report = CheckReport()
    say = progress or (lambda _name: None)
    say("integrity")
    readable = _integrity(conn, report, quick=quick)
    if quick or not readable:
        return report
    steps: list[tuple[str, Callable[[sqlite3.Connection, CheckReport], None]]] = [
        ("foreign keys", _foreign_keys),
        ("search index", _search_index),
        ("scales", _scales),
    ]
    if history:
        steps += [("guards", _guards), ("audit chain", _chain)]
    for name, step in steps:
        say(name)
        try:
            step(conn, report)
        except sqlite3.DatabaseError as exc:
            report.add(name, f"can't run: {exc}.")
    return report


def check_file(path: Path, *, quick: bool = False) -> CheckReport:
    """Check a library file from a read-only connection of its own (safe beside open ones)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        report = CheckReport()
        report.add("open", f"SQLite can't open the file: {exc}.")
        return report
    try:
        return check_connection(conn, quick=quick)
    finally:
        conn.close()
