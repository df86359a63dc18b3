"""Train the check-worthiness model and write the file the workbench ships.

    .venv/bin/python tools/train_checkworthiness.py            # measure, then write the model
    .venv/bin/python tools/train_checkworthiness.py --json     # the measurements as JSON too
    .venv/bin/python tools/train_checkworthiness.py --threshold 0.3 --output /tmp/m.json.gz
                                                   # no measuring: train with a known threshold

Data: ../shared/checkworthiness/ (ClaimBuster debate sentences and labelled news sentences)
plus the sentences the project wrote itself (tests/data/checkworthiness.jsonl and
tools/checkworthiness_written.jsonl). Needs the ``dev`` extra (numpy, scikit-learn).

The measure never scores a sentence the model was trained on: debate sentences in 5 folds,
news sentences in 5 folds by page (sentences of one page stay together); each fold is scored
by a model trained on everything else. One threshold for both languages is chosen on these
held-out scores (the best mean F1 of debates, German news and English news), and the model
trained on all data is shifted so that this threshold becomes a score of 0.5.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workbench.core.language.checkworthiness import write_model  # noqa: E402
from workbench.core.language.checkworthiness_features import sentence_features  # noqa: E402
from workbench.core.language.figures import extract_figures  # noqa: E402

DATA = REPO.parent / "shared" / "checkworthiness"
TEAM = REPO / "tests" / "data" / "checkworthiness.jsonl"
WRITTEN = REPO / "tools" / "checkworthiness_written.jsonl"
OUTPUT = REPO / "resources" / "models" / "checkworthiness.json.gz"

#: Regularisation (inverse strength), weight of a news sentence and of a written sentence
#: against a debate sentence, and how often a feature must occur in the training data to count.
C = 1.0
NEWS_WEIGHT = 3.0
#: A news label its annotator marked "low" confidence counts this much of a "high" one.
LOW_CONFIDENCE = 1.0
WRITTEN_WEIGHT = 6.0
MIN_COUNT = 2
FOLDS = 5
SEED = 0

SOURCES = [
    {
        "file": "claimbuster-debates.csv",
        "what": "sentences from U.S. presidential debates 1960-2016, labelled check-worthy or not",
        "credit": 'ClaimBuster dataset: Arslan, Hassan, Li, Tremayne (2020), "A Benchmark Dataset'
        ' of Check-worthy Factual Claims", ICWSM; Zenodo doi 10.5281/zenodo.3609356',
    },
    {
        "file": "news-gold.jsonl",
        "what": "German and English news sentences labelled by the workbench's guidelines",
        "credit": "labels written for the workbench; the sentences are the pages' own text",
    },
    {
        "file": "tests/data/checkworthiness.jsonl, tools/checkworthiness_written.jsonl",
        "what": "sentences written for the workbench, labelled by the same guidelines",
        "credit": "written for the workbench",
    },
]

Item = dict[str, Any]


def load(data: Path = DATA, subset: int | None = None) -> dict[str, list[Item]]:
    """The labelled sentences by group: debates, news, written."""
    with open(data / "claimbuster-debates.csv", encoding="utf-8", newline="") as fh:
        debates = [
            {"text": r["text"], "lang": "en", "label": int(r["label"]), "group": "debates"}
            for r in csv.DictReader(fh)
        ]
    news = [
        {
            "text": r["text"],
            "lang": r["lang"],
            "label": int(r["label"]),
            "page": r["page"],
            "confidence": r.get("confidence"),
            "group": "news-" + r["lang"],
        }
        for r in _jsonl(data / "news-gold.jsonl")
    ]
    written = [
        {
            "text": r["text"],
            "lang": r["language"],
            "label": int(r["checkworthy"]),
            "group": "written",
        }
        for path in (TEAM, WRITTEN)
        if path.exists()
        for r in _jsonl(path)
    ]
    if subset:
        debates, news, written = debates[:subset], news[: subset // 3], written[: subset // 3]
    return {"debates": debates, "news": news, "written": written}


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def featurise(items: list[Item]) -> list[dict[str, float]]:
    """The features the workbench computes at run time, for every sentence."""
    return [
        sentence_features(it["text"], it["lang"], extract_figures(it["text"], it["lang"]))
        for it in items
    ]


def fit(
    features: list[dict[str, float]], labels: list[int], weights: list[float]
) -> tuple[dict[str, float], float]:
    """A logistic regression over the features that occur at least MIN_COUNT times."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for f in features:
        for name in f:
            counts[name] = counts.get(name, 0) + 1
    kept = [{k: v for k, v in f.items() if counts[k] >= MIN_COUNT} for f in features]
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform(kept).tocsr()
    matrix.indices = matrix.indices.astype(np.int32)
    matrix.indptr = matrix.indptr.astype(np.int32)
    model = LogisticRegression(C=C, solver="liblinear", max_iter=5000, random_state=SEED)
    model.fit(matrix, np.array(labels), sample_weight=np.array(weights))
    names = vectoriser.get_feature_names_out()
    coefs = model.coef_[0]
    return {str(n): float(w) for n, w in zip(names, coefs, strict=True) if abs(w) >= 1e-4}, float(
        model.intercept_[0]
    )


def logit(weights: dict[str, float], bias: float, features: dict[str, float]) -> float:
    return bias + sum(weights.get(k, 0.0) * v for k, v in features.items())


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def prf(gold: list[int], predicted: list[bool]) -> dict[str, float]:
    tp = sum(g == 1 and p for g, p in zip(gold, predicted, strict=True))
    fp = sum(g == 0 and p for g, p in zip(gold, predicted, strict=True))
    fn = sum(g == 1 and not p for g, p in zip(gold, predicted, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "n": len(gold),
        "positives": sum(gold),
    }


def folds(items: list[Item], key: str | None) -> list[int]:
    """A fold number per sentence: by page when ``key`` is given, else stratified by label."""
    import random

    if key:
        groups = sorted({it[key] for it in items})
        random.Random(SEED).shuffle(groups)
        fold_of = {g: i % FOLDS for i, g in enumerate(groups)}
        return [fold_of[it[key]] for it in items]
    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)
    out = [0] * len(items)
    for label in (0, 1):
        members = [i for i in order if items[i]["label"] == label]
        for n, i in enumerate(members):
            out[i] = n % FOLDS
    return out


def _confidence(item: Item) -> float:
    return LOW_CONFIDENCE if item.get("confidence") == "low" else 1.0


def cross_validate(
    data: dict[str, list[Item]], feats: dict[str, list[dict[str, float]]]
) -> list[float]:
    """Held-out probabilities for the debate and news sentences, in that order."""
    debates, news = data["debates"], data["news"]
    d_fold, n_fold = folds(debates, None), folds(news, "page")
    held_out = [0.0] * (len(debates) + len(news))
    for k in range(FOLDS):
        x: list[dict[str, float]] = []
        y: list[int] = []
        w: list[float] = []
        for group, fold, weight in (("debates", d_fold, 1.0), ("news", n_fold, NEWS_WEIGHT)):
            for i, it in enumerate(data[group]):
                if fold[i] != k:
                    x.append(feats[group][i])
                    y.append(it["label"])
                    w.append(weight * _confidence(it))
        x += feats["written"]
        y += [it["label"] for it in data["written"]]
        w += [WRITTEN_WEIGHT] * len(data["written"])
        weights, bias = fit(x, y, w)
        for i in range(len(debates)):
            if d_fold[i] == k:
                held_out[i] = sigmoid(logit(weights, bias, feats["debates"][i]))
        for i in range(len(news)):
            if n_fold[i] == k:
                held_out[len(debates) + i] = sigmoid(logit(weights, bias, feats["news"][i]))
        print(f"  fold {k + 1}/{FOLDS} done", file=sys.stderr)
    return held_out


def measure(data: dict[str, list[Item]], held_out: list[float]) -> dict[str, Any]:
    """Choose the threshold and report precision, recall and F1 beside the digit baseline."""
    items = data["debates"] + data["news"]
    groups = {
        "debates (en)": [i for i, it in enumerate(items) if it["group"] == "debates"],
        "news (de)": [i for i, it in enumerate(items) if it["group"] == "news-de"],
        "news (en)": [i for i, it in enumerate(items) if it["group"] == "news-en"],
    }
    groups = {k: v for k, v in groups.items() if v}

    def at(threshold: float) -> dict[str, dict[str, float]]:
        return {
            name: prf([items[i]["label"] for i in idx], [held_out[i] >= threshold for i in idx])
            for name, idx in groups.items()
        }

    # The sum of F1 over the sets is flat near its best; averaging it over a window of +-0.03
    # picks the middle of that plateau, so a small change in the data doesn't swing the choice.
    candidates = [round(0.15 + 0.01 * i, 2) for i in range(56)]
    total = {t: sum(r["f1"] for r in at(t).values()) for t in candidates}
    best = max(
        candidates[3:-3],
        key=lambda t: sum(total[round(t + 0.01 * d, 2)] for d in range(-3, 4)),
    )
    report: dict[str, Any] = {"threshold": best, "model": at(best)}
    report["digit baseline"] = {
        name: prf(
            [items[i]["label"] for i in idx],
            [any(c.isdigit() for c in items[i]["text"]) for i in idx],
        )
        for name, idx in groups.items()
    }
    confident = {
        name: [i for i in idx if items[i].get("confidence") == "high"]
        for name, idx in groups.items()
        if name.startswith("news")
    }
    report["model, high-confidence news labels only"] = {
        name: prf([items[i]["label"] for i in idx], [held_out[i] >= best for i in idx])
        for name, idx in confident.items()
        if idx
    }
    report["other thresholds"] = {str(t): at(t) for t in (0.2, 0.3, 0.4, 0.5, 0.6)}
    return report


def data_digest(data: dict[str, list[Item]]) -> str:
    """A fingerprint of the training sentences and labels, kept in the model's notes."""
    h = hashlib.sha256()
    for group in ("debates", "news", "written"):
        for it in data[group]:
            h.update(f"{it['lang']}\t{it['label']}\t{it['text']}\n".encode())
    return h.hexdigest()[:16]


def train(
    data: dict[str, list[Item]], threshold: float | None = None
) -> tuple[bytes, dict[str, Any]]:
    """Measure by cross-validation and choose the threshold (unless one is given), then train
    on everything; the model file and the report."""
    feats = {group: featurise(items) for group, items in data.items()}
    evaluate = threshold is None
    report: dict[str, Any] = {"threshold": threshold}
    if evaluate:
        report = measure(data, cross_validate(data, feats))
    threshold = report["threshold"]
    x = feats["debates"] + feats["news"] + feats["written"]
    y = [it["label"] for group in ("debates", "news", "written") for it in data[group]]
    w = (
        [1.0] * len(data["debates"])
        + [NEWS_WEIGHT * _confidence(it) for it in data["news"]]
        + [WRITTEN_WEIGHT] * len(data["written"])
    )
    weights, intercept = fit(x, y, w)
    shift = math.log(threshold / (1 - threshold))
    bias = {lang: intercept + weights.pop("lang:" + lang, 0.0) - shift for lang in ("de", "en")}
    notes = {
        "what": "Logistic regression over cues, figures and words of a sentence; a score of 0.5"
        " is the threshold chosen on held-out folds.",
        "sources": SOURCES,
        "sentences": {group: len(items) for group, items in data.items()},
        "data digest": data_digest(data),
        "threshold on held-out folds": threshold,
        "settings": {
            "C": C,
            "news weight": NEWS_WEIGHT,
            "low-confidence weight": LOW_CONFIDENCE,
            "written weight": WRITTEN_WEIGHT,
            "min count": MIN_COUNT,
            "folds": FOLDS,
        },
        "features": len(weights),
        "trained with": "tools/train_checkworthiness.py",
    }
    if evaluate:
        notes["held-out figures"] = {
            "model": report["model"],
            "digit baseline": report["digit baseline"],
        }
    return write_model(weights, bias, notes), report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write the model")
    parser.add_argument("--data", type=Path, default=DATA, help="the labelled data folder")
    parser.add_argument("--subset", type=int, help="train on the first N debate sentences only")
    parser.add_argument(
        "--threshold",
        type=float,
        help="skip the cross-validation and use this threshold (the shipped model's is in its"
        " notes)",
    )
    parser.add_argument("--json", action="store_true", help="print the measurements as JSON")
    args = parser.parse_args(argv)
    data = load(args.data, args.subset)
    blob, report = train(data, threshold=args.threshold)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(blob)
    if args.json:
        print(json.dumps(report, indent=2))
    elif args.threshold is None:
        print(f"Threshold chosen on held-out folds: {report['threshold']}")
        for title in ("model", "digit baseline", "model, high-confidence news labels only"):
            print(title + ":")
            for name, r in report[title].items():
                print(
                    f"  {name:<13} precision {r['precision']:.3f}  recall {r['recall']:.3f}"
                    f"  F1 {r['f1']:.3f}  (n={r['n']}, {r['positives']} check-worthy)"
                )
    print(f"Wrote {args.output} ({len(blob):,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
