"""Every kind of edit is written at once and can be undone and redone, as the file shows."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import rows

from workbench.core.library.store import Library
from workbench.gui.session import Session
from workbench.gui.undo import (
    AddClaim,
    AddEvidence,
    DeleteClaim,
    EditClaim,
    EditEvidence,
    RemoveEvidence,
    SetSetting,
    SetVerdict,
    VerdictState,
)


def undo_redo(session: Session) -> tuple:
    return session.undo_stack.undo, session.undo_stack.redo


def test_adding_a_claim_is_undone_by_setting_it_aside(
    session: Session, article_id: str, db_path: Path
) -> None:
    command = AddClaim(session, article_id, 0, 9)
    assert session.run(command)
    sql = "SELECT quote, deleted_at IS NULL FROM claims WHERE id = ?"
    assert rows(db_path, sql, (command.claim_id,)) == [("Die Aktie", 1)]
    undo, redo = undo_redo(session)
    undo()
    assert rows(db_path, sql, (command.claim_id,)) == [("Die Aktie", 0)]
    redo()
    assert rows(db_path, sql, (command.claim_id,)) == [("Die Aktie", 1)]
    assert rows(db_path, "SELECT count(*) FROM claims")[0][0] == 1


def test_deleting_a_claim_is_undone(
    session: Session, lib: Library, article_id: str, db_path: Path
) -> None:
    claim = lib.claims.add(article_id, quote="17 Prozent")
    session.run(DeleteClaim(session, claim.id, article_id))
    sql = "SELECT deleted_at IS NOT NULL FROM claims WHERE id = ?"
    assert rows(db_path, sql, (claim.id,)) == [(1,)]
    session.undo_stack.undo()
    assert rows(db_path, sql, (claim.id,)) == [(0,)]
    session.undo_stack.redo()
    assert rows(db_path, sql, (claim.id,)) == [(1,)]


def test_typing_into_one_field_is_one_undo_step(
    session: Session, lib: Library, article_id: str, db_path: Path
) -> None:
    claim = lib.claims.add(article_id, quote="17 Prozent")
    for old, new in (
        (None, "Nvidia"),
        ("Nvidia", "Nvidia fiel"),
        ("Nvidia fiel", "Nvidia fiel um 17 %"),
    ):
        session.run(EditClaim(session, claim.id, article_id, "statement", old, new))
    session.run(EditClaim(session, claim.id, article_id, "status", "open", "researching"))
    sql = "SELECT statement, status FROM claims WHERE id = ?"
    assert rows(db_path, sql, (claim.id,)) == [("Nvidia fiel um 17 %", "researching")]
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert rows(db_path, sql, (claim.id,)) == [("Nvidia fiel um 17 %", "open")]
    session.undo_stack.undo()
    assert rows(db_path, sql, (claim.id,)) == [(None, "open")]
    session.undo_stack.redo()
    assert rows(db_path, sql, (claim.id,)) == [("Nvidia fiel um 17 %", "open")]


def test_undoing_a_verdict_appends_the_previous_one(
    session: Session, lib: Library, article_id: str, db_path: Path
) -> None:
    claim = lib.claims.add(article_id, quote="17 Prozent")
    lib.verdicts.add(claim.id, "Half true", rationale="Erst halb geprüft.")
    before = VerdictState("five-point", "half-true", "Erst halb geprüft.")
    after = VerdictState("five-point", "true", "Kursdaten belegen es.")
    session.run(SetVerdict(session, claim.id, article_id, before, after))
    history = "SELECT rating, rationale FROM verdicts WHERE claim_id = ? ORDER BY rowid"
    current = "SELECT rating FROM claims WHERE id = ?"
    assert rows(db_path, current, (claim.id,)) == [("true",)]
    session.undo_stack.undo()
    assert rows(db_path, current, (claim.id,)) == [("half-true",)]
    session.undo_stack.redo()
    assert rows(db_path, history, (claim.id,)) == [
        ("half-true", "Erst halb geprüft."),
        ("true", "Kursdaten belegen es."),
        ("half-true", "Erst halb geprüft."),
        ("true", "Kursdaten belegen es."),
    ]


def test_rationale_saves_merge_into_one_step(
    session: Session, lib: Library, article_id: str
) -> None:
    claim = lib.claims.add(article_id, quote="17 Prozent")
    states = [VerdictState("five-point", None, text) for text in (None, "Kurs", "Kursdaten")]
    for before, after in zip(states, states[1:], strict=False):
        session.run(SetVerdict(session, claim.id, article_id, before, after, rationale_only=True))
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert lib.verdicts.list(claim.id)[-1].rationale is None


def test_evidence_added_removed_and_edited_is_undone(
    session: Session, lib: Library, article_id: str, db_path: Path
) -> None:
    claim = lib.claims.add(article_id, quote="17 Prozent")
    source = lib.sources.add(title="Interview mit A. Analystin", kind="person")
    add = AddEvidence(session, claim.id, article_id, source.id, "supports", "Es waren 17 %.", None)
    session.run(add)
    assert add.record is not None
    evidence_id = add.record.id
    sql = "SELECT stance, excerpt FROM evidence WHERE id = ?"
    assert rows(db_path, sql, (evidence_id,)) == [("supports", "Es waren 17 %.")]
    session.run(
        EditEvidence(
            session,
            evidence_id,
            claim.id,
            article_id,
            {"stance": "supports"},
            {"stance": "context"},
        )
    )
    assert rows(db_path, sql, (evidence_id,)) == [("context", "Es waren 17 %.")]
    session.run(RemoveEvidence(session, evidence_id, claim.id, article_id))
    assert rows(db_path, sql, (evidence_id,)) == []
    session.undo_stack.undo()
    assert rows(db_path, sql, (evidence_id,)) == [("context", "Es waren 17 %.")]
    session.undo_stack.undo()
    assert rows(db_path, sql, (evidence_id,)) == [("supports", "Es waren 17 %.")]
    session.undo_stack.undo()
    assert rows(db_path, sql, (evidence_id,)) == []
    session.undo_stack.redo()
    assert rows(db_path, sql, (evidence_id,)) == [("supports", "Es waren 17 %.")]


def test_library_setting_is_undone(session: Session, db_path: Path) -> None:
    session.run(SetSetting(session, "default_scale", "five-point", "correctiv"))
    sql = "SELECT value FROM settings WHERE key = 'default_scale'"
    assert rows(db_path, sql) == [("correctiv",)]
    assert session.default_scale().short_name == "correctiv"
    session.undo_stack.undo()
    assert rows(db_path, sql) == [("five-point",)]


def test_a_refused_edit_is_reported_and_not_stacked(session: Session, article_id: str) -> None:
    failures: list[BaseException] = []
    session.failed.connect(failures.append)
    assert not session.run(AddClaim(session, article_id, 5, 5_000))
    assert session.undo_stack.count() == 0
    assert "outside the text" in str(failures[0])
