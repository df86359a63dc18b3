"""Case bundles move a case between desks: nothing lost, nothing doubled, conflicts told."""

from __future__ import annotations

import json
import shutil

import pytest

from workbench.core.errors import InputError
from workbench.core.library.store import Library
from workbench.core.publish import case


@pytest.fixture
def other(tmp_path):
    library = Library.open(tmp_path / "other.sqlite", actor="kollegin")
    yield library
    library.close()


def counts(lib: Library) -> dict[str, int]:
    return {
        table: lib.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in (*case.TABLES, "audit_log")
    }


def test_case_moves_into_an_empty_library(lib, other, worked_case, tmp_path):
    bundle = tmp_path / "case.json"
    written = case.write_bundle(lib, worked_case["article"], bundle)
    assert written["claims"] == 2 and written["snapshots"] == 1
    report = case.import_bundle(other, bundle)
    assert report.conflicts == []
    assert report.added["claims"] == 2 and report.added["verdicts"] == 1
    for table in ("articles", "claims", "sources", "evidence", "verdicts"):
        assert list(other.db.query(f"SELECT * FROM {table} ORDER BY id")) == list(
            lib.db.query(f"SELECT * FROM {table} ORDER BY id")
        ), table
    placements = "SELECT * FROM claim_placements ORDER BY id"
    assert list(other.db.query(placements)) == list(lib.db.query(placements))
    checks = "SELECT * FROM link_checks ORDER BY id"
    assert list(other.db.query(checks)) == list(lib.db.query(checks)) != []
    snap = other.snapshots.get(worked_case["snapshot"])
    assert snap.body == b"<html>Kurse</html>" and snap.sha256 == worked_case["sha256"]
    assert other.claims.get(worked_case["claim"]).rating == "Richtig"
    theirs = {(e.at, e.action, e.record_id) for e in lib.audit.entries()}
    mine = {(e.at, e.action, e.record_id) for e in other.audit.entries()}
    assert {x for x in theirs if x[2] == worked_case["claim"]} <= mine


def test_importing_the_same_case_twice_changes_nothing(
    lib, other, worked_case, tmp_path, snapshot_of
):
    bundle = tmp_path / "case.json"
    case.write_bundle(lib, worked_case["article"], bundle)
    case.import_bundle(other, bundle)
    before = snapshot_of(other.path)
    again = case.import_bundle(other, bundle)
    assert not again.changed and again.conflicts == []
    assert snapshot_of(other.path) == before


def test_case_merges_into_a_library_that_has_part_of_it(lib, other, worked_case, tmp_path):
    bundle = tmp_path / "case.json"
    case.write_bundle(lib, worked_case["article"], bundle)
    case.import_bundle(other, bundle)
    claim = worked_case["claim"]
    # Both desks go on working: one field edited on each side, one field on both.
    lib.claims.update(claim, claimant="Erika Muster")
    lib.verdicts.add(claim, "größtenteils richtig", scale="correctiv", rationale="Gerundet.")
    lib.claims.update(claim, statement="Nvidia verlor 593 Mrd. Dollar.")
    other.claims.update(claim, priority=2)
    other.claims.update(claim, statement="Nvidia verlor fast 600 Mrd. Dollar.")
    newer_source = lib.sources.add(url="https://example.org/neu", title="Neu")
    lib.evidence.add(claim, newer_source.id, stance="supports", excerpt="neu")
    case.write_bundle(lib, worked_case["article"], bundle)
    before = counts(other)
    report = case.import_bundle(other, bundle)
    merged = other.claims.get(claim)
    assert merged.claimant == "Erika Muster"  # edited only on the first desk
    assert merged.priority == 2  # edited only here
    assert merged.statement == "Nvidia verlor 593 Mrd. Dollar."  # both: the newer wins
    assert [(c.field, c.winner) for c in report.conflicts] == [("statement", "bundle")]
    assert "statement was changed on both desks" in report.conflicts[0].describe()
    lost = [e for e in other.audit.entries(claim) if e.action == "merge" and e.field == "statement"]
    assert json.loads(lost[-1].old) == "Nvidia verlor fast 600 Mrd. Dollar."
    assert merged.rating == "Größtenteils richtig"
    assert len(other.verdicts.list(claim)) == 2
    after = counts(other)
    assert after["verdicts"] == before["verdicts"] + 1
    assert after["sources"] == before["sources"] + 1 and after["evidence"] == before["evidence"] + 1
    # The desk that lost keeps the other value; importing again changes nothing.
    again = case.import_bundle(other, bundle)
    assert not again.changed and again.conflicts == []


def test_older_bundle_does_not_undo_newer_local_edits(lib, other, worked_case, tmp_path):
    bundle = tmp_path / "case.json"
    case.write_bundle(lib, worked_case["article"], bundle)
    case.import_bundle(other, bundle)
    other.claims.update(worked_case["claim"], statement="Neu formuliert.")
    report = case.import_bundle(other, bundle)
    assert not report.changed and report.conflicts == []
    assert other.claims.get(worked_case["claim"]).statement == "Neu formuliert."


def _refused(other, path, snapshot_of, message):
    before = snapshot_of(other.path)
    with pytest.raises(InputError, match=message):
        case.import_bundle(other, path)
    assert snapshot_of(other.path) == before


def test_truncated_bundle_is_refused_and_changes_nothing(
    lib, other, worked_case, tmp_path, snapshot_of
):
    bundle = tmp_path / "case.json"
    case.write_bundle(lib, worked_case["article"], bundle)
    cut = tmp_path / "cut.json"
    cut.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    _refused(other, cut, snapshot_of, "cut short or damaged")


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda b: b["records"]["claims"][0].update(status="hacked"), "checksum"),
        (lambda b: b.update(format="something-else"), "not a Fact-check Workbench case"),
        (lambda b: b["records"]["claims"][0].update(evil="x"), "unknown fields"),
        (lambda b: b["records"]["claims"][0].update(id="'; DROP TABLE claims; --"), "no valid id"),
        (lambda b: b["records"]["evidence"][0].update(claim_id="0000-none"), "not in the bundle"),
        (lambda b: b["records"]["snapshots"][0].update(body="aGFjaw=="), "SHA-256"),
        (lambda b: b["records"]["claims"][0].update(quote={"nested": 1}), "nested value"),
        (lambda b: b["records"]["articles"][0].update(text="anders"), "SHA-256"),
        (lambda b: b["records"]["audit"].append({"at": 1}), "wrong fields"),
        (lambda b: b["records"]["claims"][0].update(status="hacked"), "unknown status"),
    ],
)
def test_hostile_bundle_is_refused_and_changes_nothing(
    lib, other, worked_case, tmp_path, snapshot_of, spoil, message
):
    bundle = tmp_path / "case.json"
    case.write_bundle(lib, worked_case["article"], bundle)
    data = json.loads(bundle.read_text(encoding="utf-8"))
    spoil(data)
    if message != "checksum":
        data["sha256"] = case._digest(data["records"])
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    _refused(other, bad, snapshot_of, message)


def test_a_bundle_copied_between_machines_keeps_working(lib, other, worked_case, tmp_path):
    bundle = tmp_path / "case.json"
    case.write_bundle(lib, worked_case["article"], bundle)
    copy = tmp_path / "usb" / "Fall.json"
    copy.parent.mkdir()
    shutil.copy(bundle, copy)
    assert case.import_bundle(other, copy).added["articles"] == 1
