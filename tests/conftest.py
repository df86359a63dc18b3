"""What every test shares: a real library file in tmp_path, the CLI run as a user runs it, and a
local HTTP server on 127.0.0.1. Timing belongs in the benchmarks, so Hypothesis has no deadline."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from httpfakes import local_httpserver
from hypothesis import settings
from pytest_httpserver import HTTPServer

from workbench.core.library.store import Library

REPO = Path(__file__).resolve().parents[1]

# A slow first example (a lazy import) is not a failure.
settings.register_profile("workbench", deadline=None, print_blob=True)
settings.load_profile("workbench")


class MemoryKeyring:
    """A keyring that lives in the test's memory: tests never touch a real one."""

    priority = 1

    def __init__(self) -> None:
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, name: str) -> str | None:
        return self.stored.get((service, name))

    def set_password(self, service: str, name: str, value: str) -> None:
        self.stored[(service, name)] = value

    def delete_password(self, service: str, name: str) -> None:
        self.stored.pop((service, name), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """Secrets go to a keyring in memory, one per test."""
    import keyring

    ring = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_password", ring.get_password)
    monkeypatch.setattr(keyring, "set_password", ring.set_password)
    monkeypatch.setattr(keyring, "delete_password", ring.delete_password)
    return ring


@pytest.fixture
def http_server() -> Iterator[HTTPServer]:
    """A real HTTP server on 127.0.0.1 for one test; tests never reach the internet."""
    with local_httpserver() as server:
        yield server


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture
def actor() -> str:
    """Who the audit log names in a test; the GUI tests say "gui-tester"."""
    return "tester"


@pytest.fixture
def lib(db_path: Path, actor: str) -> Iterator[Library]:
    library = Library.open(db_path, actor=actor)
    yield library
    library.close()


@pytest.fixture
def article_text() -> str:
    return (
        "Die Aktie des Chipherstellers Nvidia fiel am Montag um rund 17 Prozent. "
        "Damit verlor das Unternehmen 592,7 Milliarden Dollar an Börsenwert. "
        "Ein US-Investor sprach vom „Sputnik-Moment“. "
        "Das Training soll nur 5,6 Millionen Dollar gekostet haben.\n"
    )


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    env["WORKBENCH_USER"] = "cli-tester"
    return env


RunCli = Callable[..., subprocess.CompletedProcess]


@pytest.fixture
def run(db_path: Path, cli_env: dict[str, str]) -> RunCli:
    """Run `workbench --db <tmp library> ARGS` in a fresh process, as a user would."""

    def runner(
        *args: str,
        input: str | bytes | None = None,
        db: Path | None = db_path,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "workbench"]
        if db is not None:
            command += ["--db", str(db)]
        data = input.encode("utf-8") if isinstance(input, str) else input
        result = subprocess.run(
            [*command, *args],
            input=data,
            capture_output=True,
            env=env or cli_env,
            cwd=str(REPO),
            timeout=120,
        )
        result.stdout = result.stdout.decode("utf-8", "replace")
        result.stderr = result.stderr.decode("utf-8", "replace")
        return result

    return runner


def dump(path: Path) -> list[str]:
    """Everything in a library file as SQL, to prove that a failed command changed nothing."""
    if not path.exists():
        return []
    conn = sqlite3.connect(str(path))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def snapshot_of() -> Callable[[Path], list[str]]:
    """dump(), as a fixture for test modules."""
    return dump
