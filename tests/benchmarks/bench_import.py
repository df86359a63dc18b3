"""Import throughput and memory, run by hand: python tests/benchmarks/bench_import.py [rounds]

    .venv/bin/python tests/benchmarks/bench_import.py --json      # every figure as JSON
    .venv/bin/python tests/benchmarks/bench_import.py --tiny --json   # a quick check of itself

Throughput over the real-world pages: load_url from a local server, extract() on the same
bytes, and trafilatura called directly on those bytes (target: extract <= 1.2x of it).
Memory: the peak while a 100 MB body and a gzip bomb are refused (target < 50 MB above
the baseline), by tracemalloc and by resident set size.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1]))

from httpfakes import (  # noqa: E402
    MB,
    REALWORLD,
    RawServer,
    gzip_bomb,
    huge,
    serve_bytes,
)

from workbench.core.errors import FetchError  # noqa: E402
from workbench.core.evidence.documents import load_url  # noqa: E402
from workbench.core.evidence.extract import extract  # noqa: E402
from workbench.core.evidence.fetch import FetchConfig, fetch  # noqa: E402

#: Where the human-readable lines go (standard error when --json owns standard output).
OUT = sys.stdout


def say(*parts: object) -> None:
    print(*parts, file=OUT, flush=True)


def rss_bytes() -> int:
    """Current resident set size (Linux /proc), else the peak so far."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def rss_peak_while(action: Callable[[], object]) -> int:
    """Peak RSS above the level before the action, sampled every 2 ms."""
    baseline = rss_bytes()
    peak = baseline
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, rss_bytes())
            time.sleep(0.002)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        action()
    except FetchError:
        pass
    finally:
        done.set()
        sampler.join()
    return max(peak, rss_bytes()) - baseline


def traced_peak_while(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        baseline = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        with contextlib.suppress(FetchError):
            action()
        return tracemalloc.get_traced_memory()[1] - baseline
    finally:
        tracemalloc.stop()


def refuse(route: str, measure: str) -> tuple[float, float]:
    """Fetch an oversized body on a fresh server; the peak (MB) and the time to refusal."""
    with RawServer() as server:
        server.routes["/stream"] = huge(length_header=False)
        server.routes["/bomb"] = serve_bytes(
            gzip_bomb(), {"Content-Type": "text/html", "Content-Encoding": "gzip"}
        )
        config = FetchConfig(timeout_read=5, deadline=30)
        url = server.url(route)
        start = time.perf_counter()
        peak_of = rss_peak_while if measure == "rss" else traced_peak_while
        peak = peak_of(lambda: fetch(url, config=config))
        return peak / MB, time.perf_counter() - start


def memory(measures: tuple[str, ...] = ("tracemalloc", "rss")) -> dict[str, Any]:
    """Each figure from a fresh process, so memory freed by one run can't hide the next."""
    say("Memory while a body over the 20 MB cap is refused (peak above baseline):")
    out: dict[str, Any] = {}
    for key, label, route in (
        ("stream_100mb", "100 MB stream", "/stream"),
        ("gzip_bomb_200mb", "gzip bomb, 200 MB", "/bomb"),
    ):
        figures = {}
        for measure in measures:
            child = subprocess.run(
                [sys.executable, __file__, "--refuse", route, measure],
                capture_output=True,
                text=True,
                check=True,
            )
            figures[measure] = [float(x) for x in child.stdout.split()]
        traced = (
            f"tracemalloc {figures['tracemalloc'][0]:5.1f} MB, " if "tracemalloc" in figures else ""
        )
        say(
            f"  {label:18} {traced}"
            f"RSS {figures['rss'][0]:5.1f} MB, refused after {figures['rss'][1]:.2f} s"
            " (target < 50 MB)"
        )
        out[key] = {
            "rss_peak_mb": round(figures["rss"][0], 1),
            "tracemalloc_peak_mb": (
                round(figures["tracemalloc"][0], 1) if "tracemalloc" in figures else None
            ),
            "refused_after_s": round(figures["rss"][1], 2),
        }
    return out


def throughput(server: RawServer, rounds: int, limit: int | None = None) -> dict[str, Any]:
    import trafilatura

    expectations = json.loads((REALWORLD / "expectations.json").read_text(encoding="utf-8"))
    names = list(expectations)[:limit]
    pages = {name: (REALWORLD / name).read_bytes() for name in names}
    for name, data in pages.items():
        server.routes[f"/{name}"] = serve_bytes(data, {"Content-Type": "text/html"})
    config = FetchConfig(timeout_read=5, deadline=30)

    def direct() -> None:
        for name, data in pages.items():
            trafilatura.bare_extraction(
                data,
                url=server.url(f"/{name}"),
                with_metadata=True,
                favor_precision=True,
                include_comments=False,
            )

    def ours() -> None:
        for name, data in pages.items():
            extract(data, content_type="text/html", url=server.url(f"/{name}"))

    def via_url() -> None:
        for name in pages:
            load_url(server.url(f"/{name}"), config=config)

    runs: dict[str, list[float]] = {"trafilatura": [], "extract": [], "load_url": []}
    for action in (direct, ours, via_url):  # warm caches and lazy imports
        action()
    for _ in range(rounds):
        for key, action in (("trafilatura", direct), ("extract", ours), ("load_url", via_url)):
            start = time.perf_counter()
            action()
            runs[key].append(time.perf_counter() - start)

    count = len(pages)
    say(f"\nImport throughput over {count} real-world pages, median of {rounds} rounds:")
    median = {key: statistics.median(times) for key, times in runs.items()}
    for key, took in median.items():
        say(f"  {key:12} {count / took:6.1f} pages/s  ({took / count * 1000:5.1f} ms/page)")
    say(
        f"  ratio extract / trafilatura direct:  {median['extract'] / median['trafilatura']:.2f}x"
        " (target <= 1.2x)"
    )
    say(f"  ratio load_url / trafilatura direct: {median['load_url'] / median['trafilatura']:.2f}x")
    return {
        "pages": count,
        "rounds": rounds,
        **{f"{key}_pages_per_s": round(count / took, 2) for key, took in median.items()},
        "extract_ratio": round(median["extract"] / median["trafilatura"], 3),
        "load_url_ratio": round(median["load_url"] / median["trafilatura"], 3),
    }


def main(argv: list[str] | None = None) -> None:
    global OUT
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--refuse"]:
        print(*refuse(argv[1], argv[2]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", type=int, nargs="?", default=5)
    parser.add_argument("--tiny", action="store_true", help="3 pages, one round, RSS only")
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    args = parser.parse_args(argv)
    if args.json:
        OUT = sys.stderr
    limit = 3 if args.tiny else None
    rounds = 1 if args.tiny else args.rounds
    out: dict[str, Any] = {"benchmark": "import", "date": dt.date.today().isoformat()}
    out["memory"] = memory(("rss",) if args.tiny else ("tracemalloc", "rss"))
    if (REALWORLD / "expectations.json").is_file():
        with RawServer() as server:
            out["throughput"] = throughput(server, rounds, limit)
    else:
        say(f"\n{REALWORLD} is missing: no throughput figures.")
        out["throughput"] = None
    say(f"\nPython {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    if args.json:
        print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
