"""check, backup, backups, restore and --read-only, run as a user runs them."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path


def _ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:  # no connection to it exists in this process
        handle.seek(size // 2)
        handle.write(os.urandom(16384))


def test_check_reports_a_good_library(run, db_path: Path) -> None:
    _ok(run("demo"))
    out = _ok(run("check"))
    assert "ok      integrity_check" in out
    assert "ok      audit chain" in out
    assert f"The library {db_path} is in good order." in out
    report = json.loads(_ok(run("check", "--json")))
    assert report["ok"] is True and "append-only guards" in report["checks"]


def test_check_names_damage_and_the_backup_to_restore(run, db_path: Path) -> None:
    _ok(run("demo"))
    from workbench.core.library.store import Library

    with Library.open(db_path) as lib:  # room for damage that spares the first pages
        for i in range(60):
            lib.articles.add("Chips und GPUs. " * 400, title=f"Artikel {i}", language="de")
    backup = _ok(run("backup")).strip()
    assert Path(backup).is_file()
    _damage(db_path)
    result = run("check")
    assert result.returncode == 1
    assert "FAILED  integrity_check" in result.stdout
    assert f"the library {db_path} is damaged" in result.stderr
    assert f"workbench restore {backup}" in result.stderr
    # Opening it for work names the damage; it is not "not a workbench library".
    opened = run("articles")
    assert opened.returncode in (0, 1)
    if opened.returncode == 1:
        assert "not a workbench library" not in opened.stderr

    restored = _ok(run("restore", backup))
    assert f"Restored {db_path} from {backup}." in restored
    assert "kept at" in restored
    assert _ok(run("check")).strip().endswith("is in good order.")
    assert "DeepSeek" in _ok(run("articles"))


def test_backups_are_listed_and_made_on_the_first_write_of_a_day(run, db_path: Path) -> None:
    _ok(run("demo"))  # the first write of the day makes a backup
    listed = json.loads(_ok(run("backups", "--json")))
    assert len(listed) == 1 and listed[0]["reason"] == "auto" and listed[0]["verified"] is True
    assert Path(listed[0]["path"]).is_file()
    _ok(run("config", "organisation", "Faktencheck"))  # not the first: no second backup
    assert len(json.loads(_ok(run("backups", "--json")))) == 1
    target = db_path.parent / "copy.sqlite"
    assert _ok(run("backup", "-o", str(target))).strip() == str(target)
    refused = run("backup", "-o", str(target))
    assert refused.returncode == 1 and "--force" in refused.stderr
    onto = run("backup", "-o", str(db_path), "--force")
    assert onto.returncode == 1 and "onto the library itself" in onto.stderr
    conn = sqlite3.connect(str(target))
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 6
    conn.close()


def test_restore_refuses_what_is_not_a_backup(run, db_path: Path, tmp_path: Path) -> None:
    _ok(run("demo"))
    notes = tmp_path / "notes.txt"
    notes.write_text("keine Sicherung")
    result = run("restore", str(notes))
    assert result.returncode == 1 and "not a workbench backup" in result.stderr
    missing = run("restore", str(tmp_path / "nothing.sqlite"))
    assert missing.returncode == 1 and "There is no backup" in missing.stderr
    assert "DeepSeek" in _ok(run("articles"))


def test_read_only_reads_and_refuses_writes_in_one_line(run, db_path: Path) -> None:
    _ok(run("demo"))
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{db_path}{suffix}").exists()
    claims = json.loads(_ok(run("--read-only", "claims", "--json")))
    assert len(claims) == 6
    refused = run("--read-only", "claim", "set", claims[0]["id"], "--status", "reviewed")
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "read-only" in refused.stderr
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{db_path}{suffix}").exists()


def test_claims_text_filter_matches_a_literal_percent(run) -> None:
    _ok(run("demo"))
    every = json.loads(_ok(run("claims", "--json")))
    _ok(run("claim", "set", every[0]["id"], "--statement", "Die Aktie fiel um 17 %."))
    percent = json.loads(_ok(run("claims", "--text", "%", "--json")))
    assert [c["id"] for c in percent] == [every[0]["id"]]
    assert all(
        "%" in " ".join(str(c.get(k) or "") for k in ("quote", "statement", "claimant"))
        for c in percent
    )
