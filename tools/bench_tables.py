"""Write README's performance tables from the benchmarks' JSON output, so no figure is typed.

    .venv/bin/python tests/benchmarks/bench_core.py --json > tests/benchmarks/results/core-200000.json
    .venv/bin/python tests/benchmarks/bench_gui.py --json > tests/benchmarks/results/gui-200000.json
    .venv/bin/python tools/bench_tables.py            # rewrite the marked blocks in README
    .venv/bin/python tools/bench_tables.py --check    # exit 1 if README differs from the files

The blocks are marked `<!-- bench:NAME -->` ... `<!-- /bench:NAME -->` (core, gui, curve);
everything between the markers is replaced, everything else is left alone.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "tests" / "benchmarks" / "results"
README = REPO / "README.md"
MAIN_SIZE = 200_000
CURVE_SIZES = (10_000, 100_000, 200_000, 1_000_000)

Json = dict[str, Any]


def load(name: str, folder: Path = RESULTS) -> Json | None:
    path = folder / f"{name}.json"
    if not path.is_file():
        return None
    data: Json = json.loads(path.read_text("utf-8"))
    return data


def ms(value: float | None) -> str:
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:,.0f} ms"
    if value >= 10:
        return f"{value:.1f} ms"
    return f"{value:.2f} ms"


def ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}x"


def verdict(ok: bool | None) -> str:
    return "–" if ok is None else ("met" if ok else "**missed**")


# -- the library -----------------------------------------------------------------------------

#: key in core JSON -> (what the row says, target text, check of the figure)
CORE_TARGETS: dict[str, tuple[str, Callable[[Json], bool | None]]] = {
    "open": ("<= 1.5x and < 50 ms", lambda f: f["ratio"] <= 1.5 and f["ms"] < 50),
    "page": ("<= 1.2x", lambda f: f["ratio"] <= 1.2),
    "count": ("–", lambda f: None),
    "search_common": ("<= 1.5x and < 30 ms", lambda f: f["ratio"] <= 1.5 and f["ms"] < 30),
    "search_rare": ("<= 1.5x and < 30 ms", lambda f: f["ratio"] <= 1.5 and f["ms"] < 30),
    "add": ("< 20 ms", lambda f: f["ms"] < 20),
}


def core_target(key: str) -> tuple[str, Callable[[Json], bool | None]]:
    if key.startswith("page"):
        return CORE_TARGETS["page"]
    return CORE_TARGETS.get(key, ("–", lambda f: None))


def core_table(core: Json) -> str:
    library = core["library"]
    lines = [
        f"Measured on {core['date']} by `bench_core.py` on a library of {library['claims']:,}"
        f" claims, {library['articles']:,} articles, {library['sources']:,} sources,"
        f" {library['evidence']:,} pieces of evidence and {library['verdicts']:,} verdicts"
        f" ({library['file_mb']:,.0f} MB); medians of {core['repeat']} calls. Raw is the very"
        " same SQL, traced from that one call and replayed through `sqlite3` in a fresh"
        " connection with the same pragmas; both sides ran the number of statements shown.",
        "",
        "| operation | workbench | raw sqlite3, same SQL | ratio | statements | target | |",
        "|---|---|---|---|---|---|---|",
    ]
    for key, figure in core.items():
        if not isinstance(figure, dict) or "ms" not in figure:
            continue
        target, check = core_target(key)
        ok = check(figure) if figure["ratio"] is not None or key == "add" else None
        same = "" if figure["same_sql"] else f" ({figure.get('compared_with', 'other SQL')})"
        lines.append(
            f"| {figure['label']} | {ms(figure['ms'])} | {ms(figure['raw_ms'])}{same}"
            f" | {ratio(figure['ratio'])} | {figure['statements']} | {target} | {verdict(ok)} |"
        )
    return "\n".join(lines)


# -- the app ---------------------------------------------------------------------------------


def gui_table(gui: Json) -> str:
    rows: list[tuple[str, str, str, bool | None]] = []
    start = gui.get("startup")
    if start:
        bare = start["bare_ms"]
        rows += [
            ("bare PySide6 window: start to first paint", ms(bare), "–", None),
            (
                "app on the demo library: start to first paint",
                f"{ms(start['painted_ms'])} ({ratio(start['painted_ratio'])})",
                "<= 2x bare",
                start["painted_ratio"] <= 2,
            ),
            (
                "... until the demo article is painted",
                f"{ms(start['filled_ms'])} ({ratio(start['filled_ratio'])})",
                "<= 2x bare",
                start["filled_ratio"] <= 2,
            ),
            (
                "heavy modules (extraction, NLP) loaded at start",
                ", ".join(start["heavy_modules"]) or "none",
                "none",
                not start["heavy_modules"],
            ),
        ]
    big = gui.get("big")
    if big:
        n = f"{big['claims']:,}"
        rows += [
            (f"{n} claims: the window opens (first paint)", ms(big["window_ms"]), "< 1 s", None),
            (
                f"claim list over all {n} claims: first rows shown (UI thread busy)",
                f"{ms(big['first_rows_ms'])} ({ms(big['scope_ui_ms'])})",
                "< 100 ms",
                big["first_rows_ms"] < 100,
            ),
            ("rows the claim list holds", f"{big['rows_held']:,}", "never all", None),
        ]
        sorts = big["orders"]
        worst_sort = max(sorts.values(), key=lambda o: o["sort_ms"])
        worst_end = max(sorts.values(), key=lambda o: o["end_ms"])
        rows += [
            (
                f"re-sort, {len(sorts)} orders: slowest to rows shown ({worst_sort['order']})",
                ms(worst_sort["sort_ms"]),
                "< 100 ms",
                worst_sort["sort_ms"] < 100,
            ),
            (
                f"scroll to the end, {len(sorts)} orders: slowest ({worst_end['order']})",
                ms(worst_end["end_ms"]),
                "< 100 ms",
                worst_end["end_ms"] < 100,
            ),
        ]
        rows.append(
            (
                "  every order: scroll to the end",
                ", ".join(f"{o['order']} {o['end_ms']:.0f}" for o in sorts.values()) + " ms",
                "< 100 ms",
                None,
            )
        )
    memory = gui.get("memory")
    if memory:
        rows.append(
            (
                f"memory of the app with the {memory['claims']:,}-claim library open"
                " (resident, a fresh process)",
                f"{memory['rss_mb']:.0f} MB (peak {memory['peak_mb']:.0f} MB)",
                "< 150 MB",
                memory["rss_mb"] < 150,
            )
        )
    long = gui.get("long_article")
    if long:
        rows += [
            (
                f"{long['characters'] / 1e6:.1f} MB article, {long['claims']:,} claims:"
                " all highlights painted",
                ms(long["paint_ms"]),
                "< 500 ms",
                long["paint_ms"] < 500,
            ),
            (
                "select a claim: the article scrolls to it (median / worst)",
                f"{ms(long['select_median_ms'])} / {ms(long['select_worst_ms'])}",
                "< 50 ms",
                long["select_worst_ms"] < 50,
            ),
        ]
    fetches = gui.get("fetches")
    if fetches:
        rows.append(
            (
                f"{fetches['fetches']} slow fetches in the background: longest UI stall",
                f"{fetches['stall_ms']:.0f} ms",
                "< 50 ms",
                fetches["stall_ms"] < 50,
            )
        )
    lines = [
        f"Measured on {gui['date']} by `bench_gui.py` ({gui['platform']}); start-up figures are"
        f" medians of {gui['rounds']} starts, the bare window started in the same run.",
        "",
        "| measure | result | target | |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {name} | {value} | {target} | {verdict(ok)} |" for name, value, target, ok in rows
    ]
    return "\n".join(lines)


# -- the curve -------------------------------------------------------------------------------

CURVE_ROWS: tuple[tuple[str, str, Callable[[Json], str]], ...] = (
    ("file size", "core", lambda c: f"{c['library']['file_mb']:,.0f} MB"),
    ("open the library", "core", lambda c: ms(c["open"]["ms"])),
    ("a page of 100 claims (rating, newest first)", "core", lambda c: ms(c["page"]["ms"])),
    ("... sorted by status", "core", lambda c: ms(c["page_by_status"]["ms"])),
    ("... sorted by rating", "core", lambda c: ms(c["page_by_rating_value"]["ms"])),
    (
        "... sorted by place in the text (reads every match)",
        "core",
        lambda c: ms(c["page_by_start"]["ms"]),
    ),
    ("count the claims rated 'Falsch'", "core", lambda c: ms(c["count"]["ms"])),
    (
        "search, two common words",
        "core",
        lambda c: f"{ms(c['search_common']['ms'])} ({c['search_common']['hits']} hits)",
    ),
    (
        "search, a rare word",
        "core",
        lambda c: f"{ms(c['search_rare']['ms'])} ({c['search_rare']['hits']} hits)",
    ),
    ("add a claim with its verdict", "core", lambda c: ms(c["add"]["ms"])),
    ("the app: first rows of the whole claim list", "gui", lambda g: ms(g["big"]["first_rows_ms"])),
    (
        "the app: slowest scroll to the end",
        "gui",
        lambda g: ms(max(o["end_ms"] for o in g["big"]["orders"].values())),
    ),
)


def curve_table(folder: Path = RESULTS) -> str | None:
    runs = [(n, load(f"core-{n}", folder), load(f"gui-{n}", folder)) for n in CURVE_SIZES]
    runs = [(n, core, gui) for n, core, gui in runs if core is not None]
    if len(runs) < 2:
        return None
    dates = sorted({core["date"] for _, core, _ in runs if core})
    lines = [
        f"Measured on {', '.join(dates)} by `bench_core.py --claims N` and `bench_gui.py"
        " --claims N --only big`; each library keeps the proportions of the 200,000 one.",
        "",
        "| claims | " + " | ".join(f"{n:,}" for n, _, _ in runs) + " |",
        "|---|" + "---|" * len(runs),
    ]
    for name, kind, cell in CURVE_ROWS:
        cells = []
        for _, core, gui in runs:
            data = core if kind == "core" else gui
            try:
                cells.append(cell(data) if data else "–")
            except KeyError:
                cells.append("–")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


# -- README ----------------------------------------------------------------------------------


def blocks(folder: Path = RESULTS) -> dict[str, str]:
    out: dict[str, str] = {}
    core = load(f"core-{MAIN_SIZE}", folder)
    if core:
        out["core"] = core_table(core)
    gui = load(f"gui-{MAIN_SIZE}", folder)
    if gui:
        out["gui"] = gui_table(gui)
    curve = curve_table(folder)
    if curve:
        out["curve"] = curve
    return out


def fill(text: str, generated: dict[str, str]) -> str:
    for name, body in generated.items():
        pattern = re.compile(
            rf"(<!-- bench:{name} -->\n).*?(<!-- /bench:{name} -->)", flags=re.DOTALL
        )
        if not pattern.search(text):
            raise SystemExit(f"README has no <!-- bench:{name} --> block.")
        text = pattern.sub(lambda m, body=body: m.group(1) + body + "\n" + m.group(2), text)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    parser.add_argument("--results", type=Path, default=RESULTS, help="folder of the JSON files")
    parser.add_argument("--readme", type=Path, default=README)
    args = parser.parse_args(argv)
    text = args.readme.read_text("utf-8")
    updated = fill(text, blocks(args.results))
    if args.check:
        if updated != text:
            print("README's benchmark tables differ from the results; run tools/bench_tables.py")
            return 1
        return 0
    if updated != text:
        args.readme.write_text(updated, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
