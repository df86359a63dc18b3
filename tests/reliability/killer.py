"""Kill a process that is editing the library, at random moments, and check what survived.

The writer acknowledges each action on stdout only after its transaction committed; after a
SIGKILL the library must pass its checks, hold every acknowledged action, and hold no part of
an action that was not finished (each claim added has its verdict and its audit entries).
Run by hand with many kills: `.venv/bin/python tests/reliability/killer.py --kills 200`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from workbench.core.library.store import Library
lib = Library.open(sys.argv[1], actor="killed")
article = sys.argv[2]
n = int(sys.argv[3])
print("ready", flush=True)
while True:
    n += 1
    with lib.transaction():
        claim = lib.claims.add(article, quote="GPUs", statement=f"action {n}")
        lib.verdicts.add(claim.id, "false", rationale=f"action {n}")
        lib.claims.update(claim.id, status="reviewed")
    print(claim.id, flush=True)
"""


def prepare(path: Path) -> str:
    from workbench.core.library.store import Library

    lib = Library.open(path)
    article = lib.articles.add("Der Konzern besitzt 50.000 GPUs, heißt es.", language="de")
    lib.close()
    return article.article.id


def kill_once(path: Path, article: str, rng: random.Random, start: int) -> list[str]:
    """Start a writer, kill it after a random moment; the ids it acknowledged."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), article, str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=str(REPO),
    )
    assert proc.stdout is not None
    # Kill while it works, not while Python is still starting (slow on a busy machine).
    ready = proc.stdout.readline()
    if ready.strip() != b"ready":
        proc.kill()
        raise RuntimeError(f"the writer did not start: {proc.communicate()[1].decode()[-500:]}")
    time.sleep(rng.uniform(0.05, 0.6))
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate(timeout=60)
    lines = out.decode().split("\n")
    # A line cut by the kill is not an acknowledgement.
    return [line for line in lines[:-1] if len(line) == 36]


def verify(path: Path, acknowledged: list[str]) -> list[str]:
    """What is wrong with the library after the kills (empty when all is well)."""
    from workbench.core.library.checks import check_connection

    problems: list[str] = []
    conn = sqlite3.connect(str(path))
    try:
        report = check_connection(conn)
        problems += [f"{f.check}: {f.message}" for f in report.findings]
        present = {r[0] for r in conn.execute("SELECT id FROM claims")}
        missing = [c for c in acknowledged if c not in present]
        if missing:
            problems.append(f"{len(missing)} acknowledged actions are missing")
        partial = conn.execute(
            "SELECT count(*) FROM claims c WHERE c.status != 'reviewed'"
            " OR NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = c.id)"
        ).fetchone()[0]
        if partial:
            problems.append(f"{partial} actions are only partly in the library")
        audit_gaps = conn.execute(
            "SELECT count(*) FROM claims c WHERE (SELECT count(*) FROM audit_log a"
            " WHERE a.record_id = c.id) < 3"
        ).fetchone()[0]
        if audit_gaps:
            problems.append(f"{audit_gaps} actions lack their audit entries")
    finally:
        conn.close()
    return problems


def run(kills: int, folder: Path, seed: int = 8) -> dict[str, object]:
    path = folder / "library.sqlite"
    article = prepare(path)
    rng = random.Random(seed)
    acknowledged: list[str] = []
    for i in range(kills):
        acknowledged += kill_once(path, article, rng, start=i * 100_000)
    problems = verify(path, acknowledged)
    return {"kills": kills, "acknowledged": len(acknowledged), "problems": problems}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory() as folder:
        result = run(args.kills, Path(folder), args.seed)
    print(json.dumps(result, indent=2))
    sys.exit(1 if result["problems"] else 0)


if __name__ == "__main__":
    main()
