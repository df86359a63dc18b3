"""Quality and speed of suggestions, figures, sentence splitting and language detection.

Run by hand:
    .venv/bin/python tests/benchmarks/bench_suggest.py            # print the figures
    .venv/bin/python tests/benchmarks/bench_suggest.py --json     # and as JSON
    .venv/bin/python tests/benchmarks/bench_suggest.py --readme   # and write them into README
    .venv/bin/python tests/benchmarks/bench_suggest.py --tiny --json   # a quick check of itself

Quality is measured on sentences the model never saw in training: the training script's
cross-validation on ../shared/checkworthiness (needs the dev extra; without it the figures the
shipped model's notes recorded are shown). Targets: F1 >= 0.70 on debate sentences, >= 0.65 on
German and English news; a 6,000-character article <= 50 ms once warm, 1 MB <= 3 s, loading the
model <= 100 ms, the model adds <= 5 MB to the package.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.util
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from workbench.core.language.checkworthiness import load_model  # noqa: E402
from workbench.core.language.detect import detect_language  # noqa: E402
from workbench.core.language.sentences import split_sentences  # noqa: E402
from workbench.core.language.suggest import DEFAULT_THRESHOLD, suggest  # noqa: E402
from workbench.core.language.suggest_eval import evaluate, load_labelled  # noqa: E402

LABELLED = REPO / "tests" / "data" / "checkworthiness.jsonl"
NEWS = REPO.parent / "shared" / "checkworthiness" / "news-gold.jsonl"
MODEL = REPO / "resources" / "models" / "checkworthiness.json.gz"
MODEL_CODE = [
    REPO / "workbench" / "core" / "language" / name
    for name in ("checkworthiness.py", "checkworthiness_features.py")
]
README = REPO / "README.md"
START, END = "<!-- bench_suggest:start -->", "<!-- bench_suggest:end -->"

Figures = dict[str, Any]
#: --tiny: the model's recorded held-out figures, one load, 100 kB instead of 1 MB.
TINY = False


def paragraphs(sentences: list[str], seed: int, size: int = 5) -> list[list[str]]:
    """Sentences shuffled into paragraphs, so the true sentence ends are known."""
    order = list(sentences)
    random.Random(seed).shuffle(order)
    return [order[i : i + size] for i in range(0, len(order), size)]


def article_of(sentences: list[str], chars: int, seed: int = 1) -> str:
    parts: list[str] = []
    total = 0
    while total < chars:
        for para in paragraphs(sentences, seed + len(parts)):
            parts.append(" ".join(para))
            total += len(parts[-1]) + 2
            if total >= chars:
                break
    return "\n\n".join(parts)[:chars]


def _prf(r: dict[str, Any]) -> str:
    return f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}"


def held_out(out: Figures) -> None:
    """Precision, recall and F1 on sentences no model was trained on, beside the digit-only
    baseline (a sentence with a digit is check-worthy)."""
    try:
        if TINY:
            raise ImportError("a tiny run does not retrain")
        import sklearn  # noqa: F401
    except ImportError:
        report = dict(load_model().notes.get("held-out figures", {}))
        report["threshold"] = load_model().notes.get("threshold on held-out folds")
        source = "as recorded in the shipped model's notes (install the dev extra to rerun)"
    else:
        spec = importlib.util.spec_from_file_location(
            "train_checkworthiness", REPO / "tools" / "train_checkworthiness.py"
        )
        assert spec and spec.loader
        trainer = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(trainer)
        data = trainer.load()
        feats = {group: trainer.featurise(items) for group, items in data.items()}
        report = trainer.measure(data, trainer.cross_validate(data, feats))
        source = "5-fold cross-validation (news folds by page), rerun now"
    out["held-out"] = report
    print(f"Held-out quality, {source}:")
    print(f"  one threshold for both languages: {report['threshold']} (a score of 0.5)")
    for name, r in report["model"].items():
        base = report["digit baseline"][name]
        print(
            f"  {name:<13} {_prf(r)}  (n={r['n']}, {r['positives']} check-worthy);"
            f" digit baseline F1 {base['f1']:.3f}"
        )


def regression(records: list[dict], out: Figures) -> None:
    s = evaluate(records)
    out["regression set"] = {
        "precision": round(s.precision, 3),
        "recall": round(s.recall, 3),
        "f1": round(s.f1, 3),
        "figures exact": round(s.figures_exact, 3),
        "n": s.sentences,
    }
    print(
        f"Regression set {LABELLED.relative_to(REPO)} (part of the training data, so no measure of"
        f" quality): precision {s.precision:.3f}, recall {s.recall:.3f}, F1 {s.f1:.3f};"
        f" figures exactly right in {s.figures_exact:.1%} of {s.sentences} sentences"
    )


def segmentation(records: list[dict]) -> None:
    print("Sentence splitting of the labelled sentences put into paragraphs (exact sentences):")
    for language in ("de", "en"):
        paras = paragraphs([r["text"] for r in records if r["language"] == language], seed=7)
        text = "\n\n".join(" ".join(p) for p in paras)
        gold = {s for p in paras for s in p}
        for engine in ("rules", "somajo"):
            split_sentences("Warm. Up.", language, engine=engine)  # type: ignore[arg-type]
            started = time.perf_counter()
            found = [s.text for s in split_sentences(text, language, engine=engine)]  # type: ignore[arg-type]
            elapsed = time.perf_counter() - started
            right = len(gold & set(found))
            print(
                f"  {language} {engine:<6} {right}/{len(gold)} right, {len(found)} found,"
                f" {len(found) / elapsed:,.0f} sentences/s"
            )


def text_sentences(records: list[dict], language: str) -> list[str]:
    """Real news sentences when the shared data is here, else the regression set's."""
    if NEWS.exists():
        news = [json.loads(line) for line in NEWS.read_text("utf-8").splitlines() if line]
        return [r["text"] for r in news if r["lang"] == language]
    return [r["text"] for r in records if r["language"] == language]


def loading(out: Figures) -> None:
    code = (
        "import time; t = time.perf_counter();"
        "from workbench.core.language import checkworthiness as c; i = time.perf_counter();"
        "p = time.process_time(); c.load_model(); e = time.perf_counter();"
        "print(i - t, e - i, time.process_time() - p)"
    )
    runs = []
    for _ in range(1 if TINY else 5):
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
        )
        runs.append([float(x) for x in done.stdout.split()])
    imports = statistics.median(r[0] for r in runs)
    load = statistics.median(r[1] for r in runs)
    load_cpu = statistics.median(r[2] for r in runs)
    size = MODEL.stat().st_size
    code_size = sum(p.stat().st_size for p in MODEL_CODE)
    out["loading"] = {
        "import ms": round(imports * 1000, 1),
        "load ms": round(load * 1000, 1),
        "load cpu ms": round(load_cpu * 1000, 1),
    }
    out["package growth bytes"] = size + code_size
    print(
        f"Loading the model in a fresh process: {load * 1000:.0f} ms ({load_cpu * 1000:.0f} ms of"
        f" CPU; target <= 100 ms), after"
        f" {imports * 1000:.0f} ms of imports; the model file is {size / 1e6:.2f} MB and its code"
        f" {code_size / 1e3:.0f} kB (target: the package grows <= 5 MB)"
    )


def speed(records: list[dict], out: Figures) -> None:
    article = article_of(text_sentences(records, "de"), 6000)
    suggest(article, language="de")
    runs = []
    cpu = []
    for _ in range(3 if TINY else 20):
        started, on_cpu = time.perf_counter(), time.process_time()
        suggest(article)
        runs.append(time.perf_counter() - started)
        cpu.append(time.process_time() - on_cpu)
    out["6000 characters ms"] = round(statistics.median(runs) * 1000, 1)
    out["6000 characters cpu ms"] = round(statistics.median(cpu) * 1000, 1)
    print(
        f"Speed: 6,000 characters of German news, warm, language detected: median"
        f" {statistics.median(runs) * 1000:.1f} ms (max {max(runs) * 1000:.1f} ms,"
        f" {statistics.median(cpu) * 1000:.1f} ms of CPU; target <= 50 ms)"
    )
    size, label = (100_000, "0.1 MB") if TINY else (1_000_000, "1 MB")
    for language in ("de", "en"):
        big = article_of(text_sentences(records, language), size, seed=3)
        started = time.perf_counter()
        sentences = split_sentences(big, language)
        split_time = time.perf_counter() - started
        started, on_cpu = time.perf_counter(), time.process_time()
        result = suggest(big, language=language)
        total = time.perf_counter() - started
        total_cpu = time.process_time() - on_cpu
        out[f"{label} {language} s"] = round(total, 2)
        out[f"{label} {language} cpu s"] = round(total_cpu, 2)
        print(
            f"  {label} {language}: {total:.2f} s ({total_cpu:.2f} s of CPU)"
            f" for {len(sentences):,} sentences"
            f" ({len(sentences) / total:,.0f} sentences/s; target <= 3 s),"
            f" {len(result.suggestions):,} suggested; the segmenter alone:"
            f" {split_time:.2f} s ({len(sentences) / split_time:,.0f} sentences/s)"
        )


def languages(records: list[dict]) -> None:
    items = [(r["language"], r["text"]) for r in records]
    started = time.perf_counter()
    right = sum(detect_language(text) == lang for lang, text in items)
    elapsed = time.perf_counter() - started
    print(
        f"Language of single sentences, function words: {right}/{len(items)} right,"
        f" {elapsed / len(items) * 1e6:.0f} µs each"
    )


def readme_block(out: Figures) -> str:
    """The README's paragraph of suggestion figures, from this run."""
    h = out["held-out"]
    m, b = h["model"], h["digit baseline"]
    rows = "\n".join(
        f"| {name} | {r['n']:,} | {r['precision']:.3f} | {r['recall']:.3f} | **{r['f1']:.3f}**"
        f" | {b[name]['f1']:.3f} |"
        for name, r in m.items()
    )
    reg = out["regression set"]
    return f"""{START}
Measured on {out["date"]} by `bench_suggest.py --readme` (this paragraph is written by the run).
Quality on sentences the model was not trained on (5-fold cross-validation; the sentences of
one news page stay in one fold), at the one default threshold {h["threshold"]} chosen on those
folds (shown as a score of 0.5):

| set | sentences | precision | recall | F1 | F1 of "has a digit" |
|---|---|---|---|---|---|
{rows}

The regression set in `tests/data/checkworthiness.jsonl` is part of the training data, so its
F1 of {reg["f1"]:.3f} only guards against breakage. Speed (wall clock, with the CPU time of
the process in brackets; the load average was {out["load average"]:.1f} on {out["cores"]} cores):
a 6,000-character article takes {out["6000 characters ms"]:.0f} ms once warm
({out["6000 characters cpu ms"]:.0f} ms; target 50 ms); 1 MB of German news text
{out["1 MB de s"]:.1f} s ({out["1 MB de cpu s"]:.1f} s) and of English {out["1 MB en s"]:.1f} s
({out["1 MB en cpu s"]:.1f} s), splitting and figures included (target 3 s); loading the model
{out["loading"]["load ms"]:.0f} ms ({out["loading"]["load cpu ms"]:.0f} ms; target 100 ms); the
model and its code add {out["package growth bytes"] / 1e6:.2f} MB to the package (target 5 MB).
{END}"""


def write_readme(out: Figures) -> None:
    text = README.read_text("utf-8")
    block = readme_block(out)
    if START in text and END in text:
        text = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: block, text, flags=re.S)
    else:
        raise SystemExit(f"README has no {START} ... {END} block to fill in.")
    README.write_text(text, "utf-8")
    print("README updated.")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Quality and speed of suggestions.")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--readme", action="store_true", help="write the figures into README")
    parser.add_argument("--tiny", action="store_true", help="a quick run that checks itself")
    args = parser.parse_args(argv)
    global TINY
    TINY = args.tiny
    if args.tiny and args.readme:
        parser.error("a tiny run's figures don't go into README")
    records = load_labelled(LABELLED)
    out: Figures = {
        "date": dt.date.today().isoformat(),
        "threshold": DEFAULT_THRESHOLD,
        "load average": os.getloadavg()[0],
        "cores": os.cpu_count(),
    }
    # With --json the figures alone go to standard output, the report to standard error.
    with contextlib.redirect_stdout(sys.stderr if args.json else sys.stdout):
        held_out(out)
        regression(records, out)
        loading(out)
        speed(records, out)
        segmentation(records)
        languages(records)
    if args.json:
        print(json.dumps(out, indent=2))
    if args.readme:
        write_readme(out)


if __name__ == "__main__":
    main()
