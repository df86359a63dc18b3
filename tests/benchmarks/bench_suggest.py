"""Quality and speed of suggestions, figures, sentence splitting and language detection.

Run by hand: .venv/bin/python tests/benchmarks/bench_suggest.py
Targets: suggestions F1 >= 0.8, figures >= 95% exact, 6,000 characters <= 150 ms once warm,
1 MB <= 5 s.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from workbench.core.language.detect import detect_language  # noqa: E402
from workbench.core.language.sentences import split_sentences  # noqa: E402
from workbench.core.language.suggest import DEFAULT_THRESHOLD, suggest  # noqa: E402
from workbench.core.language.suggest_eval import evaluate, load_labelled  # noqa: E402

LABELLED = REPO / "tests" / "data" / "checkworthiness.jsonl"


def paragraphs(sentences: list[str], seed: int, size: int = 5) -> list[list[str]]:
    """The labelled sentences shuffled into paragraphs, so the true sentence ends are known."""
    order = list(sentences)
    random.Random(seed).shuffle(order)
    return [order[i : i + size] for i in range(0, len(order), size)]


def article_of(records: list[dict], language: str, chars: int, seed: int = 1) -> str:
    sentences = [r["text"] for r in records if r["language"] == language]
    parts: list[str] = []
    total = 0
    while total < chars:
        for para in paragraphs(sentences, seed + len(parts)):
            parts.append(" ".join(para))
            total += len(parts[-1]) + 2
            if total >= chars:
                break
    return "\n\n".join(parts)[:chars]


def quality(records: list[dict]) -> None:
    print(f"Labelled sentences: {len(records)} ({LABELLED.relative_to(REPO)})")
    print(f"Suggestions at the default threshold {DEFAULT_THRESHOLD}:")
    groups = {
        "all": records,
        "German": [r for r in records if r["language"] == "de"],
        "English": [r for r in records if r["language"] == "en"],
        "odd ids": [r for r in records if int(r["id"][-3:]) % 2],
        "even ids": [r for r in records if not int(r["id"][-3:]) % 2],
    }
    for name, group in groups.items():
        s = evaluate(group)
        print(
            f"  {name:<9} precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}"
            f"  accuracy {s.accuracy:.3f}  (n={s.sentences})"
        )
    for name, rule in (
        ("every sentence", lambda r: True),
        ("has a digit", lambda r: any(c.isdigit() for c in r["text"])),
    ):
        tp = sum(rule(r) and r["checkworthy"] for r in records)
        predicted = sum(bool(rule(r)) for r in records)
        precision, recall = tp / predicted, tp / sum(r["checkworthy"] for r in records)
        print(f"  baseline '{name}': F1 {2 * precision * recall / (precision + recall):.3f}")
    s = evaluate(records)
    print(
        f"Figures: {s.figures_exact:.1%} of sentences exactly right (value, unit, bounds, kind);"
        f" per figure precision {s.figure_precision:.3f}, recall {s.figure_recall:.3f}"
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


def speed(records: list[dict]) -> None:
    article = article_of(records, "de", 6000)
    suggest(article, language="de")
    runs = []
    for _ in range(20):
        started = time.perf_counter()
        suggest(article)
        runs.append(time.perf_counter() - started)
    print(
        f"Speed: 6,000 characters, warm, language detected: median {statistics.median(runs) * 1000:.1f} ms"
        f" (max {max(runs) * 1000:.1f} ms; target <= 150 ms)"
    )
    for language in ("de", "en"):
        big = article_of(records, language, 1_000_000, seed=3)
        started = time.perf_counter()
        sentences = split_sentences(big, language)
        split_time = time.perf_counter() - started
        started = time.perf_counter()
        result = suggest(big, language=language)
        total = time.perf_counter() - started
        print(
            f"  1 MB {language}: {total:.2f} s for {len(sentences):,} sentences"
            f" ({len(sentences) / total:,.0f} sentences/s; target <= 5 s),"
            f" {len(result.suggestions):,} suggested; the segmenter alone:"
            f" {split_time:.2f} s ({len(sentences) / split_time:,.0f} sentences/s)"
        )
        sample = big[:60_000]
        started = time.perf_counter()
        somajo = split_sentences(sample, language, engine="somajo")
        rate = len(somajo) / (time.perf_counter() - started)
        print(
            f"  SoMaJo on 60,000 characters of it: {rate:,.0f} sentences/s"
            f" (a megabyte would take {len(sentences) / rate:.1f} s)"
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
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        print("  (lingua is not installed: no comparison)")
        return
    started = time.perf_counter()
    detector = LanguageDetectorBuilder.from_languages(
        Language.GERMAN,
        Language.ENGLISH,
        Language.FRENCH,
        Language.SPANISH,
        Language.ITALIAN,
        Language.DUTCH,
        Language.PORTUGUESE,
        Language.POLISH,
        Language.TURKISH,
        Language.RUSSIAN,
    ).build()
    detector.detect_language_of("warm up")
    load = time.perf_counter() - started
    started = time.perf_counter()
    found = [detector.detect_language_of(text) for _, text in items]
    elapsed = time.perf_counter() - started
    right = sum(
        f is not None and f.iso_code_639_1.name.lower() == lang
        for (lang, _), f in zip(items, found, strict=True)
    )
    print(
        f"  lingua (10 languages): {right}/{len(items)} right, {elapsed / len(items) * 1e6:.0f} µs each,"
        f" {load:.2f} s to load its models"
    )


def main() -> None:
    records = load_labelled(LABELLED)
    quality(records)
    segmentation(records)
    speed(records)
    languages(records)


if __name__ == "__main__":
    main()
