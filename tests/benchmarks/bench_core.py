"""The library at newsroom scale: open, page of claims, search and a new claim with verdict.

Each figure is also given as the ratio to the same SQL run through Python's sqlite3 directly,
measured in the same run, since absolute times on a shared machine are noisy.

    .venv/bin/python tests/benchmarks/bench_core.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import build  # noqa: E402

from workbench.core.library.store import Library  # noqa: E402

TARGETS = {"open": 100, "page": 30, "search": 30, "add": 20}


def median_ms(fn: Callable[[], object], repeat: int = 25) -> float:
    fn()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


class Captured:
    """The SQL and parameters the library sent, so raw sqlite3 can run exactly the same."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def __call__(self, sql: str, params: object) -> None:
        self.calls.append((sql, params))


def raw_runner(conn: sqlite3.Connection, calls: list[tuple[str, object]]) -> Callable[[], None]:
    def run() -> None:
        for sql, params in calls:
            conn.execute(sql, params or []).fetchall()

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="Build (or reuse) the library in this folder.")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-core-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "synthetic.sqlite"
    if not path.exists():
        print("building the synthetic library ...", flush=True)
        started = time.perf_counter()
        timings = build(path)
        print(
            f"  built in {time.perf_counter() - started:.1f} s "
            + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items())
        )
    size_mb = path.stat().st_size / 1e6

    def open_library() -> None:
        Library.open(path).close()

    def open_raw() -> None:
        conn = sqlite3.connect(str(path))
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("SELECT name FROM _sqlite_migrations").fetchall()
        conn.close()

    results: dict[str, tuple[float, float]] = {}
    results["open"] = (median_ms(open_library), median_ms(open_raw))

    lib = Library.open(path)
    raw = sqlite3.connect(str(path))
    captured = Captured()
    lib.db._tracer = captured  # type: ignore[attr-defined]

    def page() -> None:
        lib.claims.list(rating="Falsch", order_by="updated_at", descending=True, limit=100)

    page()
    page_calls = list(captured.calls)
    captured.calls.clear()
    results["page"] = (median_ms(page), median_ms(raw_runner(raw, page_calls)))

    query = "Börsenwert Milliarden"
    lib.search.find(query)
    search_calls = list(captured.calls)
    captured.calls.clear()
    results["search"] = (
        median_ms(lambda: lib.search.find(query)),
        median_ms(raw_runner(raw, search_calls)),
    )
    hits = len(lib.search.find(query))
    lib.db._tracer = None  # type: ignore[attr-defined]

    article = lib.articles.list(limit=1)[0]
    text = lib.articles.get(article.id).text or ""
    counter = iter(range(10_000))

    def add() -> None:
        n = next(counter)
        start = (n * 37) % max(1, len(text) - 60)
        claim = lib.claims.add(article.id, start=start, end=start + 40)
        lib.verdicts.add(claim.id, "Falsch", scale="correctiv", rationale="Benchmark")

    def add_raw() -> None:
        n = next(counter)
        with raw:
            claim_id = f"raw-{n}-{time.perf_counter_ns()}"
            raw.execute(
                "INSERT INTO claims (id, article_id, quote, prefix, suffix, start, end,"
                " status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [claim_id, article.id, "x", "", "", 0, 1, "open", "t", "t"],
            )
            raw.execute(
                "INSERT INTO verdicts (id, claim_id, scale, rating, created_at) VALUES (?,?,?,?,?)",
                [claim_id + "v", claim_id, "correctiv", "false", "t"],
            )
            raw.execute("UPDATE claims SET rating = 'false' WHERE id = ?", [claim_id])

    results["add"] = (median_ms(add, repeat=40), median_ms(add_raw, repeat=40))
    lib.close()
    raw.close()

    claims = sqlite3.connect(str(path)).execute("SELECT count(*) FROM claims").fetchone()[0]
    print(f"library: {claims:,} claims, {size_mb:.0f} MB on disk (target < 400 MB)")
    labels = {
        "open": "open the library",
        "page": "100 claims by rating, newest first",
        "search": f"full-text search ({hits} hits)",
        "add": "add a claim with its verdict",
    }
    for key, (ours, rawms) in results.items():
        ratio = ours / rawms if rawms else float("nan")
        print(
            f"{labels[key]:<40} {ours:8.2f} ms   raw sqlite3 {rawms:8.2f} ms   "
            f"ratio {ratio:5.2f}x   target < {TARGETS[key]} ms"
        )


if __name__ == "__main__":
    main()
