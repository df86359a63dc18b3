"""The library is never lost: locks, concurrent writers, append-only history, checks, backups."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workbench.core.errors import DamagedLibraryError, LibraryError, ReadOnlyError
from workbench.core.library import backups
from workbench.core.library.checks import check_connection
from workbench.core.library.demo import build_demo
from workbench.core.library.store import Library

REPO = Path(__file__).resolve().parents[3]


def python(code: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run core code in another process, as the CLI beside the app would."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=str(REPO),
    )


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_a_second_open_in_the_same_process_keeps_the_first_ones_locks(db_path: Path) -> None:
    """The lost afternoon: the app opened the library twice, a CLI command opened and closed it,
    and the app's later edits went into a deleted write-ahead log no other process could see."""
    app = Library.open(db_path, actor="app")
    article = build_demo(app)
    reader = Library.open(db_path, actor="app")  # the app's page-reading thread
    assert reader.claims.count(article_id=article) == app.claims.count(article_id=article)
    cli = python(
        """
        import sys
        from workbench.core.library.store import Library
        lib = Library.open(sys.argv[1])
        print(len(lib.articles.list()))
        lib.close()
        """,
        str(db_path),
    )
    assert cli.returncode == 0, cli.stderr
    assert Path(f"{db_path}-wal").exists(), "the WAL was deleted under open connections"
    claim = app.claims.list(article_id=article)[0]
    app.claims.update(claim.id, statement="Geändert, während die Kommandozeile lief")
    seen = python(
        """
        import sys
        from workbench.core.library.store import Library
        lib = Library.open(sys.argv[1])
        print(lib.claims.get(sys.argv[2]).statement)
        """,
        str(db_path),
        claim.id,
    )
    assert seen.returncode == 0, seen.stderr
    assert seen.stdout.strip() == "Geändert, während die Kommandozeile lief"
    reader.close()
    app.close()
    conn = sqlite3.connect(str(db_path))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


WRITER = """
import sys
from workbench.core.library.store import Library
path, claim_id, name, edits = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
lib = Library.open(path, actor=name)
failures = 0
for i in range(edits):
    try:
        # Read first, then write: the pattern that failed with "database is locked".
        lib.claims.get(claim_id)
        lib.verdicts.add(claim_id, "true" if i % 2 else "false", rationale=f"{name} {i}")
    except Exception as exc:
        failures += 1
        print("failed:", exc, file=sys.stderr)
print(failures)
"""


def test_three_writers_lose_nothing_and_fail_nothing(db_path: Path) -> None:
    lib = Library.open(db_path)
    article = lib.articles.add("Eine Behauptung mit 50.000 GPUs steht hier.", language="de")
    claim = lib.claims.add(article.article.id, quote="50.000 GPUs")
    lib.close()
    edits = 200
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), claim.id, f"w{n}", str(edits)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=str(REPO),
        )
        for n in range(3)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    assert [r[0].strip() for r in results] == ["0", "0", "0"], [r[1][-500:] for r in results]
    assert count(db_path, "SELECT count(*) FROM verdicts") == 3 * edits
    for n in range(3):
        assert (
            count(db_path, f"SELECT count(*) FROM verdicts WHERE rationale LIKE 'w{n} %'") == edits
        )
    conn = sqlite3.connect(str(db_path))
    assert check_connection(conn).ok
    conn.close()


def test_replace_cannot_rewrite_verdicts_or_the_audit_log(lib: Library) -> None:
    build_demo(lib)
    verdict = lib.db.execute("SELECT id, claim_id, rating FROM verdicts LIMIT 1").fetchone()
    seq = lib.db.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    conn = sqlite3.connect(str(lib.path))
    for sql, params in (
        (
            "INSERT OR REPLACE INTO verdicts (id, claim_id, rating, created_at)"
            " VALUES (?, ?, 'false', 'now')",
            [verdict[0], verdict[1]],
        ),
        (
            "REPLACE INTO verdicts (id, claim_id, rating, created_at) VALUES (?, ?, 'x', 'n')",
            [verdict[0], verdict[1]],
        ),
        (
            "REPLACE INTO audit_log (seq, at, action, table_name, record_id) VALUES (?, 'n', 'x',"
            " 'claims', 'x')",
            [seq],
        ),
        ("UPDATE verdicts SET rating = 'false'", []),
        ("DELETE FROM audit_log", []),
    ):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(sql, params)
    conn.close()
    assert (
        lib.db.execute("SELECT rating FROM verdicts WHERE id = ?", [verdict[0]]).fetchone()[0]
        == (verdict[2])
    )
    assert lib.db.execute("SELECT max(seq) FROM audit_log").fetchone()[0] == seq


def test_the_audit_chain_shows_tampering(lib: Library) -> None:
    build_demo(lib)
    assert check_connection(lib.db.conn).ok
    lib.close()
    conn = sqlite3.connect(str(lib.path))
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 5")
    conn.commit()
    report = check_connection(conn)
    conn.close()
    messages = [f.message for f in report.findings]
    assert any("audit entry 5 does not match the chain" in m for m in messages), messages
    assert any("audit_log_no_update is missing" in m for m in messages), messages


def test_one_bad_scale_row_is_named_and_the_rest_still_reads(lib: Library) -> None:
    build_demo(lib)
    lib.db.execute("BEGIN IMMEDIATE")
    lib.db.execute("UPDATE scales SET definition = 'not json' WHERE short_name = 'politifact'")
    lib.db.conn.commit()
    lib.scales.forget()
    names = [s.short_name for s in lib.scales.list()]
    assert "politifact" not in names and "correctiv" in names
    assert lib.claims.list()  # claims still list with their labels
    with pytest.raises(LibraryError, match="politifact.*damaged"):
        lib.scales.get("politifact")
    report = check_connection(lib.db.conn)
    assert [f.message for f in report.findings] == [
        "the scale 'politifact' has a definition that can't be read."
    ]


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of a closed library file."""
    size = path.stat().st_size
    with path.open("r+b") as handle:  # no connection to it exists in this process
        handle.seek(size // 2)
        handle.write(os.urandom(8192))


def test_damaged_pages_are_reported_as_damage(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    lib = Library.open(path)
    build_demo(lib)
    for i in range(300):
        lib.articles.add(f"Artikel {i} über Chips und GPUs. " * 40, language="de")
    lib.close()
    _damage(path)
    conn = sqlite3.connect(str(path))
    report = check_connection(conn)
    conn.close()
    assert not report.ok
    assert report.findings[0].check == "integrity_check"


def test_a_damaged_search_index_is_damage_not_no_hits(lib: Library) -> None:
    build_demo(lib)
    assert lib.search.find("Nvidia")
    lib.db.execute("BEGIN IMMEDIATE")
    lib.db.execute("DELETE FROM claims_fts_data WHERE id > 10")
    lib.db.conn.commit()
    report = check_connection(lib.db.conn)
    assert any("claims_fts is damaged" in f.message for f in report.findings), report.findings
    with pytest.raises(DamagedLibraryError, match="search index is damaged"):
        lib.search.find("Nvidia", kinds=("claim",))


def test_backups_are_verified_rotated_and_restored(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    lib = Library.open(path)
    build_demo(lib)
    start = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    made = []
    for hours in range(0, 40 * 24, 6):  # four backups a day for 40 days
        made.append(
            backups.make_backup(
                lib.db.conn, path, reason=backups.AUTO, now=start + timedelta(hours=hours)
            )
        )
    kept = backups.list_backups(path)
    now = made[-1].made_at
    assert [b.path for b in kept[:10]] == [b.path for b in reversed(made[-10:])]
    days = {b.made_at.date() for b in kept if now - b.made_at <= timedelta(days=7)}
    assert len(days) == 8  # today and each of the 7 days before
    assert all(now - b.made_at <= timedelta(weeks=4) for b in kept)
    assert len(kept) < 25
    assert not list(backups.backup_dir(path).glob(".*partial"))

    newest = kept[0]
    claim = lib.claims.list()[0]
    lib.claims.update(claim.id, statement="Nach der Sicherung geändert")
    done = backups.restore(path, newest.path)
    assert done.kept_aside is not None and done.kept_aside.exists()
    assert lib.claims.get(claim.id).statement != "Nach der Sicherung geändert"
    aside = Library.open(done.kept_aside, read_only=True)
    assert aside.claims.get(claim.id).statement == "Nach der Sicherung geändert"
    aside.close()
    lib.close()


def test_restore_of_a_damaged_library_moves_it_aside(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    lib = Library.open(path)
    build_demo(lib)
    for i in range(200):
        lib.articles.add(f"Artikel {i} über Chips und GPUs. " * 40, language="de")
    good = backups.make_backup(lib.db.conn, path)
    lib.close()
    _damage(path)
    with pytest.raises(DamagedLibraryError):
        conn = sqlite3.connect(str(path))
        try:
            backups.make_backup(conn, path)
        finally:
            conn.close()
    done = backups.restore(path, good.path)
    assert done.kept_aside is not None and done.kept_aside.exists()
    conn = sqlite3.connect(str(path))
    assert check_connection(conn).ok
    conn.close()


def test_a_backup_that_does_not_fit_leaves_no_file_that_looks_like_one(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    lib = Library.open(path)
    build_demo(lib)
    for i in range(100):
        lib.articles.add(f"Artikel {i} über Chips. " * 50, language="de")
    lib.close()
    size = path.stat().st_size
    # A file-size limit below the library's size: the copy hits "disk full" half way.
    result = python(
        f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({size // 2}, {size // 2}))
        from workbench.core.library.store import Library
        from workbench.core.library.backups import make_backup
        lib = Library.open(sys.argv[1])
        try:
            make_backup(lib.db.conn, lib.path)
        except Exception as exc:
            print(type(exc).__name__, exc)
        """,
        str(path),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("LibraryError The backup could not be written"), result.stdout
    folder = backups.backup_dir(path)
    assert list(folder.iterdir()) == []
    assert backups.list_backups(path) == []
    conn = sqlite3.connect(str(path))
    assert check_connection(conn).ok
    conn.close()


def test_a_full_disk_during_an_edit_leaves_the_library_intact(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    lib = Library.open(path)
    build_demo(lib)
    before = lib.claims.count()
    lib.close()
    result = python(
        """
        import os, resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limit = os.path.getsize(sys.argv[1]) + 64 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        from workbench.core.library.store import Library
        lib = Library.open(sys.argv[1])
        try:
            lib.articles.add("Sehr viel Text über GPUs. " * 200_000, language="de")
        except Exception as exc:
            print(type(exc).__name__, exc)
        """,
        str(path),
    )
    assert result.returncode == 0, result.stderr
    assert "LibraryError" in result.stdout, result.stdout
    lib = Library.open(path)
    assert lib.claims.count() == before
    assert check_connection(lib.db.conn).ok
    lib.close()


def test_read_only_opening_leaves_nothing_beside_the_file(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    lib = Library.open(path)
    build_demo(lib)
    lib.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite"]
    reader = Library.open(path, read_only=True)
    assert reader.read_only
    assert reader.claims.count() == 6
    assert reader.search.find("Nvidia")
    with pytest.raises(ReadOnlyError, match="read-only"):
        reader.settings.set("organisation", "X")
    reader.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite"]


def test_a_missing_library_is_not_created_for_reading(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="There is no library"):
        Library.open(tmp_path / "typo" / "x.sqlite", create=False)
    with pytest.raises(LibraryError, match="There is no library"):
        Library.open(tmp_path / "x.sqlite", read_only=True)
    assert list(tmp_path.iterdir()) == []
