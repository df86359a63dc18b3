"""A synthetic library at newsroom scale, shared by the benchmarks.

10,000 articles, 200,000 claims, 50,000 sources, 100,000 pieces of evidence and 200,000
verdicts, written through the library's own schema (FTS triggers included) in one transaction.
Other sizes keep these proportions (see proportions()).
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import time
import uuid
from pathlib import Path

from workbench.core.library.store import Library

WORDS = [
    "Regierung",
    "Konzern",
    "Aktie",
    "Börsenwert",
    "Milliarden",
    "Millionen",
    "Prozent",
    "Studie",
    "Umfrage",
    "Bericht",
    "Ministerium",
    "Behörde",
    "Analyse",
    "Daten",
    "Kosten",
    "Training",
    "Modell",
    "Chips",
    "Grafikkarten",
    "Rechenzentrum",
    "Strompreis",
    "Inflation",
    "Arbeitslosigkeit",
    "Wachstum",
    "Export",
    "Import",
    "Zoll",
    "Steuer",
    "Haushalt",
    "Schulden",
    "government",
    "company",
    "share",
    "market",
    "value",
    "billion",
    "million",
    "percent",
    "study",
    "survey",
    "report",
    "ministry",
    "agency",
    "analysis",
    "data",
    "cost",
    "training",
    "model",
    "chips",
    "graphics",
    "data-centre",
    "price",
    "inflation",
    "growth",
    "record",
    "largest",
    "first",
    "highest",
    "lowest",
    "according",
    "said",
    "claimed",
    "announced",
    "rose",
    "fell",
    "doubled",
]
STATUSES = ("open", "researching", "drafted", "reviewed", "published", "dismissed")
SCALE_RATINGS = {
    "correctiv": [
        ("correct", 8),
        ("mostly-correct", 7),
        ("unproven", 6),
        ("partly-false", 5),
        ("missing-context", 4),
        ("manipulated", 3),
        ("mostly-false", 2),
        ("false", 1),
    ],
    "five-point": [
        ("true", 5),
        ("mostly-true", 4),
        ("half-true", 3),
        ("mostly-false", 2),
        ("false", 1),
    ],
}


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    words.insert(rng.randrange(len(words)), f"{rng.randint(1, 999)},{rng.randint(0, 9)}")
    # Made-up words keep the vocabulary as wide as real text, so terms stay selective.
    words.insert(rng.randrange(len(words)), f"wort{rng.randint(0, 20000)}")
    return " ".join(words).capitalize() + "."


def _stamp(base: float, offset: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(base + offset)) + ".000000+00:00"


def proportions(claims: int) -> dict[str, int]:
    """Counts for a library of this many claims, in the proportions of the 200,000 one."""
    return {
        "articles": max(1, claims // 20),
        "claims": claims,
        "sources": max(1, claims // 4),
        "evidence": claims // 2,
        "verdicts": claims,
    }


def build(
    path: Path,
    *,
    articles: int = 10_000,
    claims: int = 200_000,
    sources: int = 50_000,
    evidence: int = 100_000,
    verdicts: int = 200_000,
    seed: int = 7,
) -> dict[str, float]:
    """Create the synthetic library at path; returns how long each part took."""
    rng = random.Random(seed)
    timings: dict[str, float] = {}
    Library.open(path).close()
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA journal_mode=WAL")
    base = time.time() - 400 * 86400
    started = time.perf_counter()
    conn.execute("BEGIN")
    article_rows = []
    texts: list[str] = []
    for i in range(articles):
        text = " ".join(_sentence(rng, rng.randint(8, 20)) for _ in range(rng.randint(15, 35)))
        texts.append(text)
        article_rows.append(
            (
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                f"Artikel {i}: " + _sentence(rng, 5),
                f"https://example.org/a/{i}",
                "example.org",
                "de",
                text,
                hashlib.sha256(text.encode()).hexdigest(),
                "url",
                1,
                _stamp(base, i * 60),
                _stamp(base, i * 60),
            )
        )
    conn.executemany(
        "INSERT INTO articles (id, title, url, site, language, text, text_sha256, origin,"
        " version, imported_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        article_rows,
    )
    timings["articles"] = time.perf_counter() - started

    started = time.perf_counter()
    claim_rows = []
    claim_ids = []
    for _ in range(claims):
        a = rng.randrange(articles)
        text = texts[a]
        start = rng.randrange(max(1, len(text) - 80))
        end = start + rng.randint(20, 80)
        claim_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        claim_ids.append(claim_id)
        created = rng.uniform(0, 400 * 86400)
        claim_rows.append(
            (
                claim_id,
                article_rows[a][0],
                text[start:end],
                text[max(0, start - 32) : start],
                text[end : end + 32],
                start,
                end,
                _sentence(rng, 8),
                rng.choice(STATUSES),
                rng.randint(0, 3),
                _stamp(base, created),
                _stamp(base, created + rng.uniform(0, 86400)),
            )
        )
    timings["claims"] = time.perf_counter() - started

    started = time.perf_counter()
    source_rows = []
    for i in range(sources):
        source_rows.append(
            (
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                f"https://example.org/source/{i}",
                _sentence(rng, 6),
                "web",
                _stamp(base, i),
                _stamp(base, i),
            )
        )
    evidence_rows = []
    for _ in range(evidence):
        evidence_rows.append(
            (
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                rng.choice(claim_ids),
                rng.choice(source_rows)[0],
                rng.choice(("supports", "refutes", "context")),
                _sentence(rng, 10),
                _stamp(base, 0),
                _stamp(base, 0),
            )
        )
    timings["sources+evidence"] = time.perf_counter() - started

    started = time.perf_counter()
    verdict_rows = []
    latest: dict[str, tuple[str, str, int, str]] = {}
    # Half the claims have a verdict; the rest of the verdicts are second opinions on them.
    judged = claim_ids[: len(claim_ids) // 2]
    for i in range(verdicts):
        claim_id = claim_ids[i % len(claim_ids)] if i < len(judged) else rng.choice(judged)
        scale = "correctiv" if rng.random() < 0.6 else "five-point"
        key, value = rng.choice(SCALE_RATINGS[scale])
        at = _stamp(base, 400 * 86400 * i / verdicts)
        verdict_rows.append(
            (
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                claim_id,
                scale,
                key,
                key,
                value,
                _sentence(rng, 12),
                "bench",
                at,
            )
        )
        latest[claim_id] = (scale, key, value, at)
    timings["verdicts"] = time.perf_counter() - started

    # Rows are made in the order above (the random sequence decides what they hold) and
    # written afterwards, each claim with its latest verdict: updating 100,000 claims after
    # the fact would rewrite their search index entries one by one.
    started = time.perf_counter()
    conn.executemany(
        "INSERT INTO claims (id, article_id, quote, prefix, suffix, start, end, statement,"
        " status, priority, created_at, updated_at, scale, rating, rating_value, verdict_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(*row, *latest.get(row[0], (None, None, None, None))) for row in claim_rows],
    )
    conn.executemany(
        "INSERT INTO sources (id, url, title, kind, created_at, updated_at) VALUES (?,?,?,?,?,?)",
        source_rows,
    )
    conn.executemany(
        "INSERT INTO evidence (id, claim_id, source_id, stance, excerpt, created_at,"
        " updated_at) VALUES (?,?,?,?,?,?,?)",
        evidence_rows,
    )
    conn.executemany(
        "INSERT INTO verdicts (id, claim_id, scale, rating, rating_label,"
        " rating_value, rationale, author, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        verdict_rows,
    )
    timings["writing"] = time.perf_counter() - started
    conn.execute("COMMIT")
    started = time.perf_counter()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    timings["analyze"] = time.perf_counter() - started
    return timings
