"""The desktop app at newsroom scale: start-up, 200,000 claims, a 1 MB article, slow fetches.

Run by hand (under Xvfb for a real window system, or with QT_QPA_PLATFORM=offscreen):

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python tests/benchmarks/bench_gui.py
    .venv/bin/python tests/benchmarks/bench_gui.py --keep bench-gui   # reuse the big library
    .venv/bin/python tests/benchmarks/bench_gui.py --claims 1000000 --only big --json
    .venv/bin/python tests/benchmarks/bench_gui.py --tiny --json     # a quick check of itself

Every figure is printed with its target; --json prints them all as JSON on standard output.
Memory is measured in a fresh process that only opens the app on the big library, so nothing
the benchmark itself built is counted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from workbench.core.library.store import Library  # noqa: E402

RESULTS: list[tuple[str, str, str, bool]] = []
#: Every figure of the run, as --json prints it.
FIGURES: dict[str, Any] = {}
#: Where the human-readable lines go (standard error when --json owns standard output).
OUT = sys.stdout

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            print("painted", flush=True)
            sys.exit(0)
        return False
hook = Painted()
app.installEventFilter(hook)
window = QMainWindow()
window.resize(1440, 900)
window.show()
app.exec()
"""

#: Modules the app should not load until they are needed (extraction, NLP, the network).
HEAVY = (
    "trafilatura",
    "pypdf",
    "somajo",
    "lxml",
    "requests",
    "workbench.core.evidence.extract",
    "workbench.core.language.suggest",
)

APP = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow
from workbench.gui.app import application, run
app = application()
class Painted(QObject):
    first = True
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            if self.first:
                self.first = False
                print("painted", flush=True)
            elif getattr(obj, "loaded", False) and obj.article_view.article is not None:
                heavy = [m for m in HEAVY if m in sys.modules]
                print("filled", ",".join(heavy), flush=True)
                os._exit(0)
        return False
hook = Painted()
app.installEventFilter(hook)
run(Path(sys.argv[1]), demo_if_new=True)
""".replace("HEAVY", repr(HEAVY))


def report(name: str, value: str, target: str, ok: bool) -> None:
    RESULTS.append((name, value, target, ok))
    print(
        f"{'ok  ' if ok else 'MISS'} {name:<58} {value:>14}   target {target}",
        file=OUT,
        flush=True,
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


# -- start-up ------------------------------------------------------------------------------------


def first_paint(code: str, *args: str, env: dict[str, str]) -> tuple[float, float, list[str]]:
    """Seconds from starting a Python process to its window's first paint (and, for the app,
    to the paint that shows the library's article, with the heavy modules loaded by then)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=REPO,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    painted = time.perf_counter() - started
    if "painted" not in line:
        raise RuntimeError("the window was not painted")
    filled, heavy = painted, []
    if "demo" in " ".join(args):
        line = process.stdout.readline()
        if not line.startswith("filled"):
            raise RuntimeError("the article was not shown")
        filled = time.perf_counter() - started
        heavy = [m for m in line.split()[1:2] for m in m.split(",") if m]
    process.wait(timeout=30)
    return painted, filled, heavy


def installed_env(folder: Path) -> dict[str, str]:
    """The environment of a started app: its own settings and data, and compiled bytecode.

    An installed app keeps its modules compiled; a shell with PYTHONDONTWRITEBYTECODE would make
    every start compile them again. The bytecode goes to a cache folder of the benchmark's, so
    the checkout gets no __pycache__ folders; the first (unmeasured) start fills it.
    """
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def bench_startup(folder: Path, rounds: int) -> None:
    env = installed_env(folder)
    demo = folder / "demo.sqlite"
    subprocess.run(
        [sys.executable, "-c", APP, str(demo)],
        env=env,
        check=True,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=60,
    )
    bare, ours, full = [], [], []
    for _ in range(rounds):
        bare.append(first_paint(BARE, env=env)[0])
        painted, filled, heavy = first_paint(APP, str(demo), env=env)
        ours.append(painted)
        full.append(filled)
    b, o, f = statistics.median(bare), statistics.median(ours), statistics.median(full)
    report(f"bare PySide6 window: start to first paint (median of {rounds})", ms(b), "-", True)
    report("app on the demo library: start to first paint", ms(o), f"<= {ms(2 * b)}", o <= 2 * b)
    report("ratio app / bare window", f"{o / b:.2f}x", "<= 2.00x", o <= 2 * b)
    report(
        "  ... to the paint that shows the demo article",
        f"{ms(f)} ({f / b:.2f}x)",
        f"<= {ms(2 * b)}",
        f <= 2 * b,
    )
    loaded = ", ".join(heavy) or "none"
    report("heavy modules loaded once the demo article is shown", loaded, "none", not heavy)
    FIGURES["startup"] = {
        "bare_ms": round(b * 1000, 1),
        "painted_ms": round(o * 1000, 1),
        "filled_ms": round(f * 1000, 1),
        "painted_ratio": round(o / b, 3),
        "filled_ratio": round(f / b, 3),
        "bare_all_ms": [round(x * 1000, 1) for x in bare],
        "filled_all_ms": [round(x * 1000, 1) for x in full],
        "heavy_modules": heavy,
    }


# -- helpers for in-process measurements ----------------------------------------------------------


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> float:
    started = time.perf_counter()
    while not done():
        app.processEvents()
        if time.perf_counter() - started > timeout:
            raise TimeoutError("gave up waiting")
        time.sleep(0.0005)
    return time.perf_counter() - started


class PaintWatch(QObject):
    """Notes when a widget was last painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = 0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted += 1
        return False


def painted(app: QApplication, watch: PaintWatch, action: Callable[[], object]) -> float:
    """Seconds from starting an action until the next paint has happened."""
    before = watch.painted
    started = time.perf_counter()
    action()
    wait_until(app, lambda: watch.painted > before)
    return time.perf_counter() - started


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def open_window(path: Path, settings_file: Path):  # noqa: ANN201
    from workbench.gui.mainwindow import MainWindow
    from workbench.gui.session import Session
    from workbench.gui.tasks import TaskRunner

    session = Session(Library.open(path))
    window = MainWindow(
        session, TaskRunner(), QSettings(str(settings_file), QSettings.Format.IniFormat)
    )
    return window


# -- 200,000 claims ------------------------------------------------------------------------------


def big_library(folder: Path, claims: int) -> Path:
    """The synthetic library of this many claims (shared with bench_core.py under --keep)."""
    from synthetic import build, proportions

    path = folder / f"synthetic-{claims}.sqlite"
    if not path.exists():
        print(f"building the synthetic library ({claims:,} claims)…", file=OUT, flush=True)
        build(path, **proportions(claims))
    return path


#: The claim list's columns that sort, as the header sorts them.
SORT_COLUMNS = ((4, "updated"), (1, "status"), (2, "rating"), (0, "claim text"))


def bench_big_library(app: QApplication, path: Path, claims: int) -> None:
    watch = PaintWatch()
    started = time.perf_counter()
    window = open_window(path, path.with_suffix(".ini"))
    window.installEventFilter(watch)
    window.show()
    wait_until(app, lambda: watch.painted > 0)
    opened = time.perf_counter() - started
    report(
        f"{claims:,} claims: the window opens (to first paint)", ms(opened), "< 1000 ms", opened < 1
    )
    panel, model = window.claim_list, window.claim_model
    table = panel.table

    def shown() -> bool:
        """Whether the rows in view are there (not placeholders)."""
        if model.rowCount() == 0:
            return False
        top = max(0, table.rowAt(0))
        bottom = table.rowAt(table.viewport().height() - 1)
        bottom = bottom if bottom >= 0 else model.rowCount() - 1
        return all(model.claim_at(r) is not None for r in range(top, bottom + 1))

    def quiet() -> None:
        """Each action is measured from a quiet state: no page still being read."""
        loader = window.loader
        if loader is not None:
            wait_until(app, loader.idle, timeout=120)

    quiet()
    t = time.perf_counter()
    panel.set_scope("all")
    scope_ui = time.perf_counter() - t
    wait_until(app, shown)
    first_rows = time.perf_counter() - t
    report(
        f"claim list scoped to all {claims:,}: UI thread busy",
        ms(scope_ui),
        "< 100 ms",
        scope_ui < 0.1,
    )
    report("  ... until the first rows are shown", ms(first_rows), "< 100 ms", first_rows < 0.1)
    report(
        "rows held by the claim list",
        f"{model.loaded_rows():,}",
        f"< {claims:,} (paged)",
        model.loaded_rows() < model.rowCount() or claims <= 1000,
    )
    header = table.horizontalHeader()
    orders: dict[str, dict[str, Any]] = {}
    for column, name in SORT_COLUMNS:
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            label = f"{name} {'desc' if order == Qt.SortOrder.DescendingOrder else 'asc'}"
            quiet()
            t = time.perf_counter()
            header.setSortIndicator(column, order)
            sort_ui = time.perf_counter() - t
            wait_until(app, shown)
            sort_took = time.perf_counter() - t
            report(
                f"re-sort by {label}: UI thread busy / rows shown",
                f"{ms(sort_ui)} / {ms(sort_took)}",
                "< 100 ms",
                sort_took < 0.1,
            )
            quiet()
            t = time.perf_counter()
            table.scrollToBottom()
            app.processEvents()
            end_ui = time.perf_counter() - t
            wait_until(app, shown)
            end_took = time.perf_counter() - t
            report(
                f"  scroll to the end ({label}): UI busy / rows shown",
                f"{ms(end_ui)} / {ms(end_took)}",
                "< 100 ms",
                end_took < 0.1,
            )
            orders[label] = {
                "order": label,
                "sort_ms": round(sort_took * 1000, 1),
                "sort_ui_ms": round(sort_ui * 1000, 1),
                "end_ms": round(end_took * 1000, 1),
                "end_ui_ms": round(end_ui * 1000, 1),
            }
            table.scrollToTop()
            app.processEvents()
    quiet()
    FIGURES["big"] = {
        "claims": claims,
        "window_ms": round(opened * 1000, 1),
        "scope_ui_ms": round(scope_ui * 1000, 1),
        "first_rows_ms": round(first_rows * 1000, 1),
        "rows_held": model.loaded_rows(),
        "orders": orders,
    }
    window.close()
    window.session.close()
    window.deleteLater()
    app.processEvents()


MEMORY_PROBE = """
import sys, time
sys.path.insert(0, sys.argv[2])
import bench_gui
from workbench.gui.app import application
app = application()
print(json.dumps(bench_gui.memory_probe(app, bench_gui.Path(sys.argv[1]))), flush=True)
""".replace("import sys, time", "import json, sys, time")


def memory_probe(app: QApplication, path: Path) -> dict[str, float]:
    """In a fresh process: open the app's window on the library, list all claims, scroll."""
    window = open_window(path, path.with_suffix(".memory.ini"))
    window.show()
    wait_until(app, window.isVisible)
    window.claim_list.set_scope("all")
    model, table = window.claim_model, window.claim_list.table
    wait_until(app, lambda: model.rowCount() > 0 and model.claim_at(0) is not None)
    table.scrollToBottom()
    wait_until(app, lambda: model.claim_at(model.rowCount() - 1) is not None)
    if window.loader is not None:
        wait_until(app, window.loader.idle)
    app.processEvents()
    status = Path("/proc/self/status").read_text("ascii").splitlines()
    fields = {line.split(":")[0]: int(line.split()[1]) / 1024 for line in status if "kB" in line}
    return {"rss_mb": round(fields["VmRSS"], 1), "peak_mb": round(fields["VmHWM"], 1)}


def bench_memory(path: Path, claims: int, folder: Path) -> None:
    env = installed_env(folder)
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(path), str(HERE)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=300,
        check=True,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    report(
        f"memory with the {claims:,}-claim library open (fresh process)",
        f"{figures['rss_mb']:.0f} MB",
        "< 150 MB",
        figures["rss_mb"] < 150,
    )
    report("  peak resident memory of that process", f"{figures['peak_mb']:.0f} MB", "-", True)
    FIGURES["memory"] = {"claims": claims, **figures}


# -- a 1 MB article with 2,000 claims -----------------------------------------------------------


def build_long_article(path: Path, size: int = 1_000_000, claims: int = 2000) -> str:
    """One article of about size characters with claims, inserted in one transaction."""
    rng = random.Random(3)
    words = [
        "Regierung",
        "Konzern",
        "Aktie",
        "Börsenwert",
        "Milliarden",
        "Prozent",
        "Studie",
        "Bericht",
        "Daten",
        "Kosten",
        "Training",
        "Modell",
        "Chips",
        "😀",
        "Inflation",
    ]
    paragraphs = []
    while sum(len(p) + 2 for p in paragraphs) < size:
        paragraphs.append(" ".join(rng.choice(words) for _ in range(80)) + ".")
    text = "\n\n".join(paragraphs) + "\n"
    lib = Library.open(path)
    article = lib.articles.add(text, title="Ein sehr langer Bericht").article
    now = "2025-01-28T10:00:00.000000+00:00"
    spacing = len(text) // claims
    rows = []
    for i in range(claims):
        start = i * spacing + 5
        end = start + 40
        rows.append(
            {
                "id": str(uuid.uuid4()),
                "article_id": article.id,
                "quote": text[start:end],
                "prefix": text[max(0, start - 32) : start],
                "suffix": text[end : end + 32],
                "start": start,
                "end": end,
                "orphaned": 0,
                "anchored_by": "created",
                "status": "open",
                "priority": 0,
                "created_at": now,
                "updated_at": now,
                "scale": "five-point" if i % 3 else None,
                "rating": ("true", "false")[i % 2] if i % 3 else None,
            }
        )
    with lib.transaction() as db:
        db["claims"].insert_all(rows, batch_size=500)
    lib.close()
    return article.id


def bench_long_article(
    app: QApplication, folder: Path, size: int = 1_000_000, claims: int = 2000
) -> None:
    path = folder / "long.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    article_id = build_long_article(path, size, claims)
    window = open_window(path, folder / "long.ini")
    window.show()
    wait_until(app, lambda: window.isVisible())
    window.open_article(None)
    app.processEvents()
    watch = PaintWatch()
    window.article_view.text.viewport().installEventFilter(watch)
    took = painted(app, watch, lambda: window.open_article(article_id))
    count = window.article_view.highlight_count()
    report(
        f"{size / 1e6:.2g} MB article, {count:,} claims: open and paint all highlights",
        ms(took),
        "< 500 ms",
        took < 0.5 and count == claims,
    )
    listed = window.session.library.claims.list(article_id=article_id)
    rng = random.Random(5)
    picks = min(25, len(listed))
    times = [
        painted(app, watch, lambda c=c: window.select_claim(c.id))
        for c in rng.sample(listed, picks)
    ]
    report(
        "select a claim: scroll the article to it (median / worst of 25)",
        f"{ms(statistics.median(times))} / {ms(max(times))}",
        "< 50 ms",
        max(times) < 0.05,
    )
    view_times = [
        painted(app, watch, lambda c=c: window.article_view.select_claim(c.id))
        for c in rng.sample(listed, picks)
    ]
    report(
        "  article view alone: scroll to a claim (worst of 25)",
        ms(max(view_times)),
        "< 50 ms",
        max(view_times) < 0.05,
    )
    FIGURES["long_article"] = {
        "characters": size,
        "claims": count,
        "paint_ms": round(took * 1000, 1),
        "select_median_ms": round(statistics.median(times) * 1000, 1),
        "select_worst_ms": round(max(times) * 1000, 1),
        "view_worst_ms": round(max(view_times) * 1000, 1),
    }
    window.close()
    window.session.close()
    window.deleteLater()
    app.processEvents()


# -- 20 slow fetches ---------------------------------------------------------------------------


SLOW_SERVER = """
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class SlowPage(BaseHTTPRequestHandler):
    # An article page, different at each address, sent in 20 pieces over two seconds.
    def do_GET(self):
        paragraph = ("<p>Die Aktie des Chipherstellers fiel am Montag um rund 17 Prozent, der "
                     "Boersenwert sank um 592,7 Milliarden Dollar (%s, Absatz %d).</p>")
        body = ("<html><head><title>Langsame Seite %s</title></head><body><article>"
                % self.path + "".join(paragraph % (self.path, i) for i in range(60))
                + "</article></body></html>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        size = len(body) // 20 + 1
        for i in range(20):
            time.sleep(0.1)
            self.wfile.write(body[i * size:(i + 1) * size])
            self.wfile.flush()

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), SlowPage)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


def bench_slow_fetches(app: QApplication, folder: Path, fetches: int = 20) -> None:
    # The server runs in its own process, as a slow web server would.
    server = subprocess.Popen(
        [sys.executable, "-c", SLOW_SERVER], stdout=subprocess.PIPE, text=True
    )
    assert server.stdout is not None
    port = int(server.stdout.readline())
    path = folder / "fetch.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    window = open_window(path, folder / "fetch.ini")
    window.show()
    app.processEvents()
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    probe = QTimer()
    probe.setInterval(5)
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.timeout.connect(tick)
    probe.start()
    started = time.perf_counter()
    for i in range(fetches):
        window.io.import_url(f"http://127.0.0.1:{port}/seite/{i}")
    wait_until(app, lambda: not window.runner.active, timeout=120)
    took = time.perf_counter() - started
    probe.stop()
    articles = len(window.session.library.articles.list())
    stall = max(gaps) - 5 if gaps else float("nan")
    late = sum(1 for g in gaps if g > 25)
    report(
        f"{fetches} slow fetches ({articles} imported in {took:.1f} s): longest UI stall",
        f"{stall:.0f} ms",
        "< 50 ms",
        stall < 50 and articles == fetches,
    )
    report("  UI probe ticks over 20 ms late", str(late), "-", True)
    FIGURES["fetches"] = {
        "fetches": fetches,
        "imported": articles,
        "seconds": round(took, 2),
        "stall_ms": round(stall, 1),
        "late_ticks": late,
    }
    window.close()
    window.session.close()
    server.terminate()
    server.wait(timeout=10)
    app.processEvents()


PARTS = ("startup", "big", "memory", "long", "fetches")


def main(argv: list[str] | None = None) -> None:
    global OUT
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build (or reuse) the libraries in this folder")
    parser.add_argument("--claims", type=int, default=200_000, help="size of the big library")
    parser.add_argument("--rounds", type=int, default=7, help="starts of each window to time")
    parser.add_argument("--only", action="append", choices=PARTS, help="run only these parts")
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--tiny", action="store_true", help="small libraries, one start each")
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    args = parser.parse_args(argv)
    parts = set(args.only or PARTS) - ({"startup"} if args.skip_startup else set())
    size, long_claims, fetches = 1_000_000, 2000, 20
    if args.tiny:
        args.claims, args.rounds = 400, 1
        size, long_claims, fetches = 20_000, 40, 2
    if args.json:
        OUT = sys.stderr
    platform = os.environ.get("QT_QPA_PLATFORM") or "xcb/wayland"
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        os.environ["XDG_DATA_HOME"] = str(folder / "data")
        print(f"platform: {platform}", file=OUT, flush=True)
        if "startup" in parts:
            bench_startup(folder, args.rounds)
        from workbench.gui.app import application

        app = application()
        if parts & {"big", "memory"}:
            path = big_library(folder, args.claims)
            if "big" in parts:
                bench_big_library(app, path, args.claims)
            if "memory" in parts:
                bench_memory(path, args.claims, folder)
        if "long" in parts:
            bench_long_article(app, folder, size, long_claims)
        if "fetches" in parts:
            bench_slow_fetches(app, folder, fetches)
    missed = [name for name, _, _, ok in RESULTS if not ok]
    print(
        textwrap.dedent(f"""
        {len(RESULTS) - len(missed)} of {len(RESULTS)} figures within target."""),
        file=OUT,
        flush=True,
    )
    for name in missed:
        print(f"  missed: {name}", file=OUT)
    if args.json:
        out = {
            "benchmark": "gui",
            "date": dt.date.today().isoformat(),
            "platform": platform,
            "rounds": args.rounds,
            **FIGURES,
            "missed": missed,
        }
        print(json.dumps(out, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
