"""The app's benchmark still runs: tiny libraries, offscreen, every figure in its JSON.

No figure is judged (speed belongs in the benchmark), only that each is there and makes sense.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
BENCH_GUI = REPO / "tests" / "benchmarks" / "bench_gui.py"


def run_bench_gui(tmp_path: Path, *parts: str) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    only = [arg for part in parts for arg in ("--only", part)]
    done = subprocess.run(
        [sys.executable, str(BENCH_GUI), "--tiny", "--json", "--keep", str(tmp_path), *only],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_the_claim_list_article_and_fetches_are_measured(tmp_path: Path) -> None:
    result = run_bench_gui(tmp_path, "big", "long", "fetches")

    big = result["big"]
    assert big["claims"] == 400
    assert big["first_rows_ms"] > 0
    assert 0 < big["rows_held"] <= 400
    # Both directions of every column that sorts.
    assert len(big["orders"]) == 8
    assert {"status desc", "status asc", "rating desc", "rating asc"} <= set(big["orders"])
    for order in big["orders"].values():
        assert order["sort_ms"] > 0 and order["end_ms"] > 0
    assert result["long_article"]["claims"] == 40
    assert result["fetches"]["imported"] == result["fetches"]["fetches"] == 2
    assert "startup" not in result and "memory" not in result


def test_start_up_and_memory_are_measured(tmp_path: Path) -> None:
    result = run_bench_gui(tmp_path, "startup", "memory")

    start = result["startup"]
    assert 0 < start["bare_ms"] < start["filled_ms"]
    assert start["filled_ratio"] > 1
    assert isinstance(start["heavy_modules"], list)
    assert result["memory"]["claims"] == 400
    assert 50 < result["memory"]["rss_mb"] <= result["memory"]["peak_mb"]
