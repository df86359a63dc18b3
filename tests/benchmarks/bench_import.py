"""Import throughput and memory, run by hand: python tests/benchmarks/bench_import.py [rounds]

Throughput over the real-world pages: load_url from a local server, extract() on the same
bytes, and trafilatura called directly on those bytes (target: extract <= 1.2x of it).
Memory: the peak while a 100 MB body and a gzip bomb are refused (target < 50 MB above
the baseline), by tracemalloc and by resident set size.
"""

from __future__ import annotations

import contextlib
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "core"))
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


def memory() -> None:
    """Each figure from a fresh process, so memory freed by one run can't hide the next."""
    print("Memory while a body over the 20 MB cap is refused (peak above baseline):")
    for label, route in (("100 MB stream", "/stream"), ("gzip bomb, 200 MB", "/bomb")):
        figures = {}
        for measure in ("tracemalloc", "rss"):
            child = subprocess.run(
                [sys.executable, __file__, "--refuse", route, measure],
                capture_output=True,
                text=True,
                check=True,
            )
            figures[measure] = [float(x) for x in child.stdout.split()]
        print(
            f"  {label:18} tracemalloc {figures['tracemalloc'][0]:5.1f} MB, "
            f"RSS {figures['rss'][0]:5.1f} MB, refused after {figures['rss'][1]:.2f} s"
            " (target < 50 MB)"
        )


def throughput(server: RawServer, rounds: int) -> None:
    import trafilatura

    expectations = json.loads((REALWORLD / "expectations.json").read_text(encoding="utf-8"))
    pages = {name: (REALWORLD / name).read_bytes() for name in expectations}
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
    print(f"\nImport throughput over {count} real-world pages, median of {rounds} rounds:")
    median = {key: statistics.median(times) for key, times in runs.items()}
    for key, took in median.items():
        print(f"  {key:12} {count / took:6.1f} pages/s  ({took / count * 1000:5.1f} ms/page)")
    print(
        f"  ratio extract / trafilatura direct:  {median['extract'] / median['trafilatura']:.2f}x"
        " (target <= 1.2x)"
    )
    print(
        f"  ratio load_url / trafilatura direct: {median['load_url'] / median['trafilatura']:.2f}x"
    )


def main() -> None:
    if sys.argv[1:2] == ["--refuse"]:
        print(*refuse(sys.argv[2], sys.argv[3]))
        return
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    memory()
    if (REALWORLD / "expectations.json").is_file():
        with RawServer() as server:
            throughput(server, rounds)
    else:
        print(f"\n{REALWORLD} is missing: no throughput figures.")
    print(f"\nPython {sys.version.split()[0]}, {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
