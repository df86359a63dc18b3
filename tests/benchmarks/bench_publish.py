"""Publishing at scale: a report on an article with 200 claims, CSV of the 200,000-claim library.

The report figure is the median of several runs of building it from the library and rendering
both HTML and Markdown. The CSV figure is the time to write every claim of the synthetic
library, and its memory is the peak of Python's allocations while writing (tracemalloc, in a
second run, since tracing slows the first) beside the size of the file written: bounded memory
means the peak stays flat while the file grows. Similar claims are timed on the same library.

    .venv/bin/python tests/benchmarks/bench_publish.py [--keep DIR] [--json]
    .venv/bin/python tests/benchmarks/bench_publish.py --tiny --json   # a quick check of itself
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import build, proportions  # noqa: E402

from workbench.core.library.store import Library  # noqa: E402
from workbench.core.publish import report, similar, spreadsheet  # noqa: E402

TARGET_REPORT_S = 1.0


def report_library(path: Path, claims: int = 200) -> str:
    """One article with `claims` claims, each with a verdict, two pieces of evidence and a
    snapshot of one source."""
    lib = Library.open(path, actor="bench")
    sentences = [
        f"Satz {n}: Die Behörde meldete {n},5 Prozent mehr Fälle als im Vorjahr."
        for n in range(claims)
    ]
    article = lib.articles.add(
        "\n".join(sentences) + "\n",
        title="Zweihundert Behauptungen",
        url="https://example.org/200",
        site="Beispiel",
        language="de",
    ).article
    with lib.transaction():
        for n, sentence in enumerate(sentences):
            claim = lib.claims.add(article.id, quote=sentence, status="published")
            source = lib.sources.add(url=f"https://example.org/quelle/{n}", title=f"Quelle {n}")
            lib.snapshots.add(url=source.url or "", body=f"Seite {n}".encode(), source_id=source.id)
            lib.evidence.add(claim.id, source.id, stance="supports", excerpt=sentence[:40])
            lib.evidence.add(claim.id, source.id, stance="context", excerpt=sentence[-30:])
            lib.verdicts.add(claim.id, "richtig", scale="correctiv", rationale=f"Beleg {n}.")
    lib.close()
    return article.id


def time_report(folder: Path) -> dict[str, float]:
    path = folder / "report.sqlite"
    if path.exists():
        path.unlink()
    article_id = report_library(path)
    lib = Library.open(path)
    runs = []
    size = 0
    for _ in range(5):
        started = time.perf_counter()
        built = report.build_report(lib, article_id)
        html_text = report.render_html(built)
        markdown = report.render_markdown(built)
        runs.append(time.perf_counter() - started)
        size = len(html_text.encode()) + len(markdown.encode())
    lib.close()
    return {"claims": 200, "median_s": statistics.median(runs), "bytes": size}


def time_csv(path: Path, out: Path) -> dict[str, float]:
    lib = Library.open(path)
    started = time.perf_counter()
    rows = spreadsheet.write_csv(lib, out)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    spreadsheet.write_csv(lib, out)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    query = lib.claims.list(limit=1)[0]
    similar_runs = []
    for _ in range(5):
        started = time.perf_counter()
        similar.similar_to_claim(lib, query.id)
        similar_runs.append(time.perf_counter() - started)
    lib.close()
    return {
        "rows": rows,
        "seconds": seconds,
        "rows_per_s": rows / seconds,
        "peak_python_mb": peak / 1e6,
        "file_mb": out.stat().st_size / 1e6,
        "similar_median_s": statistics.median(similar_runs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="Build (or reuse) the libraries in this folder.")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON only.")
    parser.add_argument("--tiny", action="store_true", help="A library of 400 claims for the CSV.")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-publish-"))
    folder.mkdir(parents=True, exist_ok=True)
    say = (lambda *a, **k: None) if args.json else print
    say("report on an article with 200 claims ...", flush=True)
    figures: dict[str, dict[str, float]] = {"report": time_report(folder)}
    claims = 400 if args.tiny else 200_000
    path = folder / ("synthetic.sqlite" if claims == 200_000 else f"synthetic-{claims}.sqlite")
    if not path.exists():
        say(f"building the synthetic library ({claims:,} claims) ...", flush=True)
        build(path, **proportions(claims))
    say("CSV of every claim ...", flush=True)
    figures["csv"] = time_csv(path, folder / "claims.csv")
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    r, c = figures["report"], figures["csv"]
    verdict = "ok" if r["median_s"] < TARGET_REPORT_S else "SLOWER THAN TARGET"
    print(
        f"report, 200 claims:   {r['median_s'] * 1000:7.0f} ms (HTML + Markdown, median of 5;"
        f" target < {TARGET_REPORT_S:.0f} s: {verdict})"
    )
    print(
        f"CSV, {c['rows']:,.0f} claims: {c['seconds']:7.1f} s ({c['rows_per_s']:,.0f} rows/s),"
        f" file {c['file_mb']:.0f} MB, peak Python memory {c['peak_python_mb']:.1f} MB"
    )
    print(f"similar claims:       {c['similar_median_s'] * 1000:7.0f} ms on the same library")


if __name__ == "__main__":
    main()
