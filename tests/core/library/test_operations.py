"""Operations own their undo: what they change, their inverse, and refusals on conflicts."""

from __future__ import annotations

import pytest

from workbench.core.errors import ConflictError, WorkbenchError
from workbench.core.library.demo import build_demo
from workbench.core.library.operations import Op, Operations
from workbench.core.library.store import Library


@pytest.fixture
def claim(lib: Library) -> str:
    article = lib.articles.add(
        "Nvidia verlor 592,7 Milliarden Dollar an Börsenwert. DeepSeek hat 50.000 GPUs.",
        language="de",
    ).article.id
    return lib.claims.add(article, quote="50.000 GPUs").id


def test_an_operation_returns_what_it_changed_and_its_inverse(lib: Library, claim: str) -> None:
    ops = Operations(lib)
    done = ops.run(
        Op("update_claim", {"claim_id": claim, "fields": {"status": "researching"}}, "Edit claim")
    )
    assert done.changes.claim_ids == (claim,)
    assert done.inverse == Op(
        "update_claim", {"claim_id": claim, "fields": {"status": "open"}}, "Edit claim"
    )
    entries = lib.db.execute(
        "SELECT field, new FROM audit_log WHERE action_id = ?", [done.action_id]
    ).fetchall()
    assert entries == [("status", '"researching"')]


def test_undo_and_redo_of_each_kind_of_change(lib: Library, claim: str) -> None:
    ops = Operations(lib)
    article = lib.claims.get(claim).article_id
    marked = ops.run(
        Op("add_claim", {"article_id": article, "quote": "592,7 Milliarden Dollar"}, "Mark claim")
    )
    verdict = ops.run(
        Op(
            "add_verdict",
            {"claim_id": claim, "rating": "false", "scale": "five-point"},
            "Set verdict",
        )
    )
    assert lib.claims.get(claim).rating_key == "false"
    assert ops.undo().op.description == "Set verdict"
    assert lib.claims.get(claim).rating_key is None
    assert len(lib.verdicts.list(claim)) == 2  # history stays append-only
    assert ops.undo().op.description == "Mark claim"
    assert lib.claims.get(marked.value.id).deleted_at is not None
    assert ops.redo().op.description == "Mark claim"
    assert lib.claims.get(marked.value.id).deleted_at is None
    assert ops.redo().op.description == "Set verdict"
    assert lib.claims.get(claim).rating_key == "false"
    with pytest.raises(WorkbenchError, match="nothing of tester's to redo"):
        ops.redo()
    assert verdict.action_id


def test_undo_refuses_when_someone_else_changed_the_record_since(db_path, claim: str) -> None:
    mine = Library.open(db_path, actor="anna")
    theirs = Library.open(db_path, actor="ben")
    Operations(mine).run(
        Op("update_claim", {"claim_id": claim, "fields": {"statement": "Anna"}}, "Edit claim")
    )
    Operations(theirs).run(
        Op("update_claim", {"claim_id": claim, "fields": {"statement": "Ben"}}, "Edit claim")
    )
    with pytest.raises(ConflictError, match="ben changed this claim since"):
        Operations(mine).undo()
    assert mine.claims.get(claim).statement == "Ben"
    mine.close()
    theirs.close()


def test_undoing_in_order_is_not_a_conflict(lib: Library, claim: str) -> None:
    ops = Operations(lib)
    for text in ("eins", "zwei", "drei"):
        ops.run(
            Op("update_claim", {"claim_id": claim, "fields": {"statement": text}}, "Edit claim")
        )
    ops.undo()
    ops.undo()
    assert lib.claims.get(claim).statement == "eins"
    ops.undo()
    assert lib.claims.get(claim).statement is None


def test_the_demo_undo_of_evidence_restores_the_same_record(lib: Library) -> None:
    build_demo(lib)
    ops = Operations(lib)
    evidence = lib.db.execute("SELECT id, claim_id FROM evidence LIMIT 1").fetchone()
    ops.run(Op("remove_evidence", {"evidence_id": evidence[0]}, "Remove evidence"))
    assert evidence[0] not in {e.id for e in lib.evidence.for_claim(evidence[1])}
    ops.undo()
    assert evidence[0] in {e.id for e in lib.evidence.for_claim(evidence[1])}
