"""The library at newsroom scale: open, pages of claims in every order, search, a new claim.

Each operation is timed through the workbench and as the very same SQL through Python's sqlite3
in the same run (see harness.py): the library's statements for that one call are traced and
replayed in a fresh connection with the same pragmas. A ratio is printed only where both sides
ran identical statements; the run stops if they did not.

    .venv/bin/python tests/benchmarks/bench_core.py [--claims 200000] [--keep DIR] [--json]
    .venv/bin/python tests/benchmarks/bench_core.py --tiny --json     # a quick check of itself
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness import (  # noqa: E402
    Figure,
    check_same,
    paired_medians,
    raw_connection,
    replay,
    same_sql_figure,
    top_level,
    traced,
)
from synthetic import build, proportions  # noqa: E402

from workbench.core.library import store  # noqa: E402
from workbench.core.library.store import Library  # noqa: E402

#: Sort columns of the claim list (the app's columns first), each read as one filtered page.
SORTS = ("updated_at", "status", "rating_value", "quote", "start", "created_at", "sources")
COMMON = "Börsenwert Milliarden"
RARE = "wort4711"
TINY_CLAIMS = 400


def open_figure(path: Path, repeat: int) -> Figure:
    """Library.open and close against the same connections and statements through sqlite3.

    Every connection the library makes while opening is recorded (its arguments and its SQL);
    raw makes the same connections and runs the same statements.
    """
    real_connect = sqlite3.connect
    connections: list[tuple[tuple[Any, ...], dict[str, Any], list[str]]] = []

    def recording_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)
        lines: list[str] = []
        conn.set_trace_callback(lines.append)
        connections.append((args, kwargs, lines))
        return conn

    Library.open(path).close()  # warm
    store.sqlite3.connect = recording_connect  # type: ignore[attr-defined]
    try:
        lib = Library.open(path)
    finally:
        store.sqlite3.connect = real_connect  # type: ignore[attr-defined]
    lib.db.conn.set_trace_callback(None)
    lib.close()

    def open_raw(trace: bool = False) -> list[list[str]]:
        seen: list[list[str]] = []
        for args, kwargs, lines in connections:
            conn = real_connect(*args, **kwargs)
            if trace:
                seen.append(replay(conn, top_level(lines)))
            else:
                for text in top_level(lines):
                    conn.execute(text).fetchall()
            conn.close()
        return seen

    replayed = open_raw(trace=True)
    ours_trace = [line for _, _, lines in connections for line in top_level(lines)]
    raw_trace = [line for lines in replayed for line in lines]
    check_same("open", ours_trace, raw_trace)
    ours, theirs = paired_medians(lambda: Library.open(path).close(), open_raw, repeat)
    return Figure(
        "open the library (checks, pragmas, schema), close",
        ours,
        theirs,
        statements=len(ours_trace),
        raw_statements=len(raw_trace),
        same_sql=True,
        extra={"connections": len(connections)},
    )


def add_figure(lib: Library, path: Path, folder: Path, repeat: int) -> Figure:
    """A claim with its verdict, two transactions with their audit entries, as the CLI does it.

    Raw replays each call's statements in a copy of the library taken just before, so both
    sides write the same rows into the same state. Both sides are traced on every call.
    """
    copy = folder / "replay.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    target = sqlite3.connect(str(copy))
    lib.db.conn.backup(target)
    target.close()
    raw = raw_connection(copy)
    article = lib.articles.list(limit=1)[0]
    text = lib.articles.get(article.id).text or ""
    ours: list[float] = []
    theirs: list[float] = []
    statements = raw_statements = 0
    for n in range(repeat + 1):
        start = (n * 37) % max(1, len(text) - 60)
        started = time.perf_counter()
        with traced(lib.db.conn) as lines:
            claim = lib.claims.add(article.id, start=start, end=start + 40)
            lib.verdicts.add(claim.id, "Falsch", scale="correctiv", rationale="Benchmark")
        took = time.perf_counter() - started
        trace = top_level(lines)
        started = time.perf_counter()
        replayed = replay(raw, trace)
        raw_took = time.perf_counter() - started
        check_same("add", trace, replayed)
        if n:  # the first call warms both sides
            ours.append(took * 1000)
            theirs.append(raw_took * 1000)
            statements += len(trace)
            raw_statements += len(replayed)
    raw.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    ours.sort()
    theirs.sort()
    return Figure(
        "add a claim with its verdict (2 transactions, audit)",
        ours[len(ours) // 2],
        theirs[len(theirs) // 2],
        statements=statements // repeat,
        raw_statements=raw_statements // repeat,
        same_sql=True,
        extra={"traced_both_sides": True},
    )


def search_figure(lib: Library, raw: sqlite3.Connection, query: str, repeat: int) -> Figure:
    hits = len(lib.search.find(query))
    figure = same_sql_figure(
        f"search {query!r}", lambda: lib.search.find(query), lib.db.conn, raw, repeat=repeat
    )
    figure.label = f"full-text search {query!r} ({hits} hits)"
    figure.extra["hits"] = hits
    return figure


def measure(path: Path, folder: Path, repeat: int) -> dict[str, Any]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    counts = {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("articles", "claims", "sources", "evidence", "verdicts")
    }
    conn.close()
    figures: dict[str, Figure] = {"open": open_figure(path, repeat)}
    lib = Library.open(path)
    raw = raw_connection(path)
    try:
        for sort in SORTS:
            key = "page" if sort == "updated_at" else f"page_by_{sort}"
            figures[key] = same_sql_figure(
                f"100 claims rated 'Falsch', by {sort}, descending",
                lambda sort=sort: lib.claims.list(
                    rating="Falsch", order_by=sort, descending=True, limit=100
                ),
                lib.db.conn,
                raw,
                repeat=repeat,
            )
        figures["page_all_by_status"] = same_sql_figure(
            "100 of all claims by status, ascending",
            lambda: lib.claims.list(order_by="status", limit=100),
            lib.db.conn,
            raw,
            repeat=repeat,
        )
        figures["count"] = same_sql_figure(
            "count the claims rated 'Falsch'",
            lambda: lib.claims.count(rating="Falsch"),
            lib.db.conn,
            raw,
            repeat=repeat,
        )
        figures["search_common"] = search_figure(lib, raw, COMMON, repeat)
        figures["search_rare"] = search_figure(lib, raw, RARE, repeat)
        raw.close()
        figures["add"] = add_figure(lib, path, folder, max(5, repeat))
    finally:
        lib.close()
    size = sum(
        Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists()
    )
    return {
        "benchmark": "core",
        "date": dt.date.today().isoformat(),
        "library": {**counts, "file_mb": round(size / 1e6, 1)},
        "repeat": repeat,
        **{key: figure.to_json() for key, figure in figures.items()},
    }


def prepare(path: Path, claims: int) -> float | None:
    """Build the synthetic library unless it is there already; seconds it took."""
    if path.exists():
        return None
    print(f"building a synthetic library of {claims:,} claims ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    build(path, **proportions(claims))
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=200_000, help="size of the library")
    parser.add_argument("--keep", type=Path, help="build (or reuse) the library in this folder")
    parser.add_argument("--repeat", type=int, default=25, help="timed calls per figure")
    parser.add_argument("--tiny", action="store_true", help=f"{TINY_CLAIMS} claims, 3 calls")
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    args = parser.parse_args(argv)
    if args.tiny:
        args.claims, args.repeat = TINY_CLAIMS, 3
    with tempfile.TemporaryDirectory(prefix="bench-core-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"synthetic-{args.claims}.sqlite"
        built = prepare(path, args.claims)
        result = measure(path, folder, args.repeat)
        if built is not None:
            result["library"]["build_s"] = round(built, 1)
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return
    library = result["library"]
    print(
        f"library: {library['claims']:,} claims, {library['articles']:,} articles,"
        f" {library['file_mb']:.0f} MB on disk; medians of {args.repeat}"
    )
    for value in result.values():
        if isinstance(value, dict) and "ms" in value:
            figure = Figure(
                value["label"],
                value["ms"],
                value["raw_ms"],
                value["statements"],
                value["raw_statements"],
                value["same_sql"],
                value.get("compared_with", ""),
            )
            print(figure.line())


if __name__ == "__main__":
    main()
