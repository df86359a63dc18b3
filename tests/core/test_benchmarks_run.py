"""The benchmarks still run: each on a tiny library, with every figure in its JSON.

The benchmarks are run by hand and quoted in README; without these tests a change in the core
could break them unnoticed. No figure is judged here (speed belongs in the benchmarks), only
that each is there and makes sense. The app's benchmark is run by tests/gui.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from workbench.core.library.store import Library

REPO = Path(__file__).resolve().parents[2]
BENCHMARKS = REPO / "tests" / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
sys.path.insert(0, str(REPO / "tools"))

import bench_tables  # noqa: E402
from harness import SqlMismatch, check_same, raw_connection, same_sql_figure  # noqa: E402


def run_benchmark(name: str, *args: str, tmp_path: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / name), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_bench_core_compares_only_the_same_sql(tmp_path: Path) -> None:
    result = run_benchmark("bench_core.py", "--tiny", "--json", tmp_path=tmp_path)

    assert result["library"]["claims"] == 400
    assert result["library"]["articles"] == 20
    expected = {"open", "page", "page_by_status", "page_by_rating_value", "count", "add"}
    assert expected | {"search_common", "search_rare"} <= set(result)
    figures = {k: v for k, v in result.items() if isinstance(v, dict) and "ms" in v}
    for key, figure in figures.items():
        assert figure["same_sql"] is True, key
        assert figure["statements"] == figure["raw_statements"] > 0, key
        assert figure["ms"] > 0 and figure["raw_ms"] > 0, key
        assert figure["ratio"] == pytest.approx(
            figure["ms"] / figure["raw_ms"], rel=0.05, abs=0.05
        ), key
    # One statement for a page: nothing left over from another operation.
    assert figures["page"]["statements"] == 1
    assert figures["open"]["connections"] == 2
    assert figures["search_common"]["hits"] > 0


def test_bench_import_runs(tmp_path: Path) -> None:
    result = run_benchmark("bench_import.py", "--tiny", "--json", tmp_path=tmp_path)

    for refused in result["memory"].values():
        assert 0 < refused["rss_peak_mb"] < 200
    if result["throughput"] is not None:
        assert result["throughput"]["pages"] == 3
        assert result["throughput"]["extract_pages_per_s"] > 0


def test_bench_suggest_runs(tmp_path: Path) -> None:
    result = run_benchmark("bench_suggest.py", "--tiny", "--json", tmp_path=tmp_path)

    assert 0 < result["held-out"]["model"]["news (de)"]["f1"] <= 1
    assert result["regression set"]["n"] > 100
    assert result["6000 characters ms"] > 0
    assert result["0.1 MB de s"] > 0 and result["0.1 MB en s"] > 0
    assert result["loading"]["load ms"] > 0


def test_bench_anchoring_runs(tmp_path: Path) -> None:
    result = run_benchmark("bench_anchoring.py", "--tiny", "--json", tmp_path=tmp_path)

    assert result["long_article"]["claims"] == 100
    assert result["long_article_in_library"]["claims"] == 100
    for split in ("development", "held_out"):
        assert result[split]["claims"] > 0
        assert 0 <= result[split]["silently_wrong_pct"] <= 100


def test_bench_publish_runs(tmp_path: Path) -> None:
    result = run_benchmark("bench_publish.py", "--tiny", "--json", tmp_path=tmp_path)

    assert result["report"]["median_s"] > 0
    assert result["csv"]["rows"] == 400
    assert result["csv"]["file_mb"] > 0


# -- the harness itself ------------------------------------------------------------------------


@pytest.fixture
def small(tmp_path: Path, article_text: str) -> Path:
    path = tmp_path / "small.sqlite"
    with Library.open(path) as lib:
        article = lib.articles.add(article_text, title="Nvidia").article
        lib.claims.add(article.id, quote="592,7 Milliarden Dollar")
        lib.claims.add(article.id, quote="5,6 Millionen Dollar")
    return path


def test_each_figure_counts_only_its_own_statements(small: Path) -> None:
    """The search once held the statements of the pages timed before it."""
    with Library.open(small) as lib:
        raw = raw_connection(small)
        page = same_sql_figure("page", lambda: lib.claims.list(limit=100), lib.db.conn, raw)
        search = same_sql_figure("search", lambda: lib.search.find("Dollar"), lib.db.conn, raw)
        raw.close()

    assert page.statements == page.raw_statements == 1
    # Whole words and prefixes, a cut-off and a ranked query for each of four kinds.
    assert search.statements == search.raw_statements == 16
    assert page.ratio is not None and search.ratio is not None


def test_an_operation_whose_sql_changes_gets_no_ratio(small: Path) -> None:
    calls = iter(range(100))
    with Library.open(small) as lib:
        raw = raw_connection(small)

        def different_each_time() -> None:
            lib.claims.list(limit=1 + next(calls))

        with pytest.raises(SqlMismatch, match="different SQL"):
            same_sql_figure("changing", different_each_time, lib.db.conn, raw)
        raw.close()


def test_unequal_work_is_refused() -> None:
    with pytest.raises(SqlMismatch, match="2 statements, raw 1"):
        check_same("page", ["SELECT 1", "SELECT 2"], ["SELECT 1"])
    with pytest.raises(SqlMismatch, match="other statements"):
        check_same("page", ["SELECT 1"], ["SELECT 2"])


def test_the_replay_runs_on_its_own_connection(small: Path) -> None:
    with Library.open(small) as lib:
        raw = raw_connection(small)
        same_sql_figure("page", lambda: lib.claims.list(limit=100), lib.db.conn, raw)
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        raw.close()
    # Nothing was written by the benchmark.
    conn = sqlite3.connect(small)
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 2
    conn.close()


# -- README's tables ---------------------------------------------------------------------------


def test_readme_tables_are_the_recorded_results() -> None:
    """README's benchmark tables say what the JSON in tests/benchmarks/results says."""
    assert bench_tables.main(["--check"]) == 0


def test_tables_replace_only_their_block(tmp_path: Path) -> None:
    results = tmp_path / "results"
    results.mkdir()
    core = run_core_json(tmp_path)
    (results / "core-200000.json").write_text(json.dumps(core), "utf-8")
    readme = tmp_path / "README.md"
    readme.write_text("before\n<!-- bench:core -->\nold figures\n<!-- /bench:core -->\nafter\n")

    assert bench_tables.main(["--results", str(results), "--readme", str(readme)]) == 0

    text = readme.read_text("utf-8")
    assert text.startswith("before\n<!-- bench:core -->\nMeasured on ")
    assert "old figures" not in text
    assert text.endswith("<!-- /bench:core -->\nafter\n")
    assert "| 100 claims rated 'Falsch', by status, descending |" in text
    assert bench_tables.main(["--check", "--results", str(results), "--readme", str(readme)]) == 0


def test_a_readme_without_the_block_is_refused(tmp_path: Path) -> None:
    results = tmp_path / "results"
    results.mkdir()
    (results / "core-200000.json").write_text(json.dumps(run_core_json(tmp_path)), "utf-8")
    readme = tmp_path / "README.md"
    readme.write_text("no markers here\n")

    with pytest.raises(SystemExit, match="no <!-- bench:core --> block"):
        bench_tables.main(["--results", str(results), "--readme", str(readme)])
    assert readme.read_text() == "no markers here\n"


def run_core_json(tmp_path: Path) -> dict[str, Any]:
    """A result as bench_core.py writes it, with made-up figures."""
    figure = {
        "label": "100 claims rated 'Falsch', by status, descending",
        "ms": 1.2,
        "raw_ms": 1.0,
        "ratio": 1.2,
        "same_sql": True,
        "statements": 1,
        "raw_statements": 1,
    }
    return {
        "benchmark": "core",
        "date": "2026-12-01",
        "repeat": 3,
        "library": {
            "articles": 20,
            "claims": 400,
            "sources": 100,
            "evidence": 200,
            "verdicts": 400,
            "file_mb": 1.0,
        },
        "page_by_status": figure,
    }
