"""Operations: every change a user makes, with what it changed and how to undo it.

An operation is a named step with JSON arguments (`Op`). Running it writes the change, its audit
entries and an `actions` row in one transaction, and returns `Done`: the records it touched (so
views refresh only what they show) and the inverse operation, which is what undo runs. Undo and
redo live here, in the core, so the app's undo stack and `workbench undo`/`redo` behave alike,
and both refuse to undo a change whose record someone else has changed since.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from workbench.core import ids
from workbench.core.errors import ConflictError, NotFoundError, WorkbenchError
from workbench.core.library.changes import Op, OpChanges
from workbench.core.library.models import Evidence
from workbench.core.library.store import Library
from workbench.core.timeutil import now_iso


@dataclass(frozen=True)
class Done:
    """A recorded action: the operation that ran, its inverse and what it changed."""

    action_id: str
    kind: str
    op: Op
    inverse: Op | None
    changes: OpChanges
    value: Any = field(default=None, compare=False)


Step = tuple[Any, Op | None, OpChanges]
_STEPS: dict[str, Callable[..., Step]] = {}


def step(name: str) -> Callable[[Callable[..., Step]], Callable[..., Step]]:
    def register(func: Callable[..., Step]) -> Callable[..., Step]:
        _STEPS[name] = func
        return func

    return register


def _article_of_claim(lib: Library, claim_id: str) -> str:
    row = lib.db.execute("SELECT article_id FROM claims WHERE id = ?", [claim_id]).fetchone()
    if row is None:
        raise NotFoundError(f"There is no claim {claim_id}.")
    return str(row[0])


# -- the operations -------------------------------------------------------------------------


@step("add_claim")
def _add_claim(lib: Library, article_id: str, **fields: Any) -> Step:
    claim = lib.claims.add(article_id, **fields)
    changes = OpChanges(article_id, (claim.id,), claims_added_or_removed=True)
    return claim, Op("delete_claim", {"claim_id": claim.id}, "Mark claim"), changes


@step("delete_claim")
def _delete_claim(lib: Library, claim_id: str) -> Step:
    claim = lib.claims.delete(claim_id)
    changes = OpChanges(claim.article_id, (claim_id,), claims_added_or_removed=True)
    return claim, Op("restore_claim", {"claim_id": claim_id}, "Delete claim"), changes


@step("restore_claim")
def _restore_claim(lib: Library, claim_id: str) -> Step:
    claim = lib.claims.restore(claim_id)
    changes = OpChanges(claim.article_id, (claim_id,), claims_added_or_removed=True)
    return claim, Op("delete_claim", {"claim_id": claim_id}, "Restore claim"), changes


@step("update_claim")
def _update_claim(lib: Library, claim_id: str, fields: dict[str, Any]) -> Step:
    before = lib.claims.get(claim_id)
    old = {key: getattr(before, key) for key in fields}
    claim = lib.claims.update(claim_id, **fields)
    inverse = Op("update_claim", {"claim_id": claim_id, "fields": old}, "Edit claim")
    return claim, inverse, OpChanges(claim.article_id, (claim_id,))


@step("add_verdict")
def _add_verdict(
    lib: Library,
    claim_id: str,
    rating: str | None,
    scale: str | None = None,
    rationale: str | None = None,
) -> Step:
    before = lib.claims.get(claim_id)
    history = lib.verdicts.list(claim_id)
    previous = history[-1] if history else None
    verdict = lib.verdicts.add(claim_id, rating, scale=scale, rationale=rationale)
    inverse = Op(
        "add_verdict",
        {
            "claim_id": claim_id,
            "rating": before.rating_key,
            "scale": before.scale,
            "rationale": previous.rationale if previous else None,
        },
        "Set verdict",
    )
    return verdict, inverse, OpChanges(before.article_id, (claim_id,), verdict=True)


@step("add_evidence")
def _add_evidence(lib: Library, claim_id: str, source_id: str, **fields: Any) -> Step:
    evidence = lib.evidence.add(claim_id, source_id, **fields)
    changes = OpChanges(_article_of_claim(lib, claim_id), (claim_id,), evidence=True)
    return evidence, Op("remove_evidence", {"evidence_id": evidence.id}, "Add evidence"), changes


@step("remove_evidence")
def _remove_evidence(lib: Library, evidence_id: str) -> Step:
    evidence = lib.evidence.remove(evidence_id)
    row = {k: v for k, v in evidence.to_dict().items() if k != "source"}
    changes = OpChanges(
        _article_of_claim(lib, evidence.claim_id), (evidence.claim_id,), evidence=True
    )
    return evidence, Op("restore_evidence", {"record": row}, "Remove evidence"), changes


@step("restore_evidence")
def _restore_evidence(lib: Library, record: dict[str, Any]) -> Step:
    evidence = lib.evidence.restore(Evidence(**record))
    changes = OpChanges(
        _article_of_claim(lib, evidence.claim_id), (evidence.claim_id,), evidence=True
    )
    return (
        evidence,
        Op("remove_evidence", {"evidence_id": evidence.id}, "Restore evidence"),
        changes,
    )


@step("update_evidence")
def _update_evidence(lib: Library, evidence_id: str, fields: dict[str, Any]) -> Step:
    before = lib.evidence.get(evidence_id)
    old = {key: getattr(before, key) for key in fields}
    evidence = lib.evidence.update(evidence_id, **fields)
    inverse = Op("update_evidence", {"evidence_id": evidence_id, "fields": old}, "Edit evidence")
    changes = OpChanges(
        _article_of_claim(lib, evidence.claim_id), (evidence.claim_id,), evidence=True
    )
    return evidence, inverse, changes


@step("dismiss_suggestion")
def _dismiss(lib: Library, article_id: str, start: int, end: int, text: str) -> Step:
    dismissal = lib.dismissals.add(article_id, start, end, text)
    inverse = Op(
        "restore_suggestion",
        {"dismissal_id": dismissal, "article_id": article_id},
        "Dismiss suggestion",
    )
    return dismissal, inverse, OpChanges(article_id, suggestions=True)


@step("restore_suggestion")
def _restore_suggestion(lib: Library, dismissal_id: str, article_id: str) -> Step:
    row = lib.db.execute(
        "SELECT start, end, text FROM dismissed_suggestions WHERE id = ?", [dismissal_id]
    ).fetchone()
    lib.dismissals.restore(dismissal_id)
    inverse = None
    if row is not None:
        inverse = Op(
            "dismiss_suggestion",
            {"article_id": article_id, "start": row[0], "end": row[1], "text": row[2]},
            "Bring back suggestion",
        )
    return None, inverse, OpChanges(article_id, suggestions=True)


@step("set_setting")
def _set_setting(lib: Library, key: str, value: str) -> Step:
    old = lib.settings.get(key)
    lib.settings.set(key, value)
    lib.scales.forget()
    inverse = Op("set_setting", {"key": key, "value": old or ""}, "Change setting")
    return value, inverse, OpChanges(settings=True)


@step("update_article")
def _update_article(lib: Library, article_id: str, fields: dict[str, Any]) -> Step:
    before = lib.articles.get(article_id, with_text=False)
    old = {key: getattr(before, key) for key in fields}
    article = lib.articles.update(article_id, **fields)
    inverse = Op("update_article", {"article_id": article_id, "fields": old}, "Edit article")
    return article, inverse, OpChanges(article_id, articles=True)


def _placed(lib: Library, claim_id: str, before: dict[str, Any], claim: Any) -> Step:
    inverse = Op("restore_placement", {"claim_id": claim_id, "state": before}, "Place claim")
    changes = OpChanges(claim.article_id, (claim_id,), claims_added_or_removed=True)
    return claim, inverse, changes


@step("confirm_placement")
def _confirm_placement(lib: Library, claim_id: str) -> Step:
    before = lib.placements.state(claim_id)
    return _placed(lib, claim_id, before, lib.placements.confirm(claim_id))


@step("place_claim")
def _place_claim(lib: Library, claim_id: str, **where: Any) -> Step:
    before = lib.placements.state(claim_id)
    return _placed(lib, claim_id, before, lib.placements.place_manually(claim_id, **where))


@step("orphan_claim")
def _orphan_claim(lib: Library, claim_id: str) -> Step:
    before = lib.placements.state(claim_id)
    return _placed(lib, claim_id, before, lib.placements.accept_orphan(claim_id))


@step("restore_placement")
def _restore_placement(lib: Library, claim_id: str, state: dict[str, Any]) -> Step:
    before = lib.placements.state(claim_id)
    return _placed(lib, claim_id, before, lib.placements.restore(claim_id, state))


# -- running, undoing, redoing ---------------------------------------------------------------


class Operations:
    """Runs operations on a library and undoes or redoes recorded actions."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib

    def run(self, op: Op, *, kind: str = "do", target: str | None = None) -> Done:
        """Do it now, in one transaction with its audit entries and its action record."""
        func = _STEPS.get(op.name)
        if func is None:
            raise WorkbenchError(f"There is no operation called {op.name!r}.")
        unit = self.lib.unit
        action_id = ids.new_id()
        with self.lib.transaction():
            first = self._last_seq()
            unit.action_id = action_id
            try:
                value, inverse, changes = func(self.lib, **op.args)
            finally:
                unit.action_id = None
            self.lib.db.execute(
                "INSERT INTO actions (id, at, actor, kind, description, op, inverse, target,"
                " first_seq, last_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    action_id,
                    now_iso(),
                    unit.actor,
                    kind,
                    op.description,
                    op.to_json(),
                    inverse.to_json() if inverse else None,
                    target,
                    first + 1,
                    self._last_seq(),
                ],
            )
        return Done(action_id, kind, op, inverse, changes, value)

    def undo(self, action_id: str | None = None) -> Done:
        """Undo an action (by default this user's newest one that is not undone yet)."""
        action = self._action(action_id) if action_id else self._newest_undoable()
        if action["kind"] == "undo":
            raise WorkbenchError("That action is an undo; use redo to take it back.")
        if self._undone(action["id"]):
            raise WorkbenchError(f"“{action['description']}” is undone already.")
        if not action["inverse"]:
            raise WorkbenchError(f"“{action['description']}” can't be undone.")
        self._refuse_conflicts(action)
        inverse = Op.from_json(action["inverse"])
        undo_op = Op(inverse.name, inverse.args, action["description"])
        return self.run(undo_op, kind="undo", target=action["id"])

    def redo(self, action_id: str | None = None) -> Done:
        """Redo what an undo took back (by default this user's newest undo)."""
        undo = self._action(action_id) if action_id else self._newest_redoable()
        if undo["kind"] != "undo":
            raise WorkbenchError("Only an undone action can be redone.")
        self._refuse_conflicts(undo)
        inverse = Op.from_json(undo["inverse"])
        redo_op = Op(inverse.name, inverse.args, undo["description"])
        return self.run(redo_op, kind="redo", target=undo["id"])

    # -- finding actions -----------------------------------------------------------------

    def _last_seq(self) -> int:
        row = self.lib.db.execute("SELECT max(seq) FROM audit_log").fetchone()
        return int(row[0] or 0)

    def _action(self, action_id: str) -> dict[str, Any]:
        rows = list(self.lib.db.query("SELECT * FROM actions WHERE id = ?", [action_id]))
        if not rows:
            raise NotFoundError(f"There is no recorded action {action_id}.")
        return rows[0]

    def _undone(self, action_id: str) -> bool:
        return (
            self.lib.db.execute(
                "SELECT 1 FROM actions a WHERE a.target = ? AND a.kind = 'undo'"
                " AND NOT EXISTS (SELECT 1 FROM actions r WHERE r.target = a.id)",
                [action_id],
            ).fetchone()
            is not None
        )

    def _newest_undoable(self) -> dict[str, Any]:
        rows = self.lib.db.query(
            "SELECT * FROM actions WHERE actor = ? AND kind IN ('do', 'redo')"
            " ORDER BY last_seq DESC, at DESC LIMIT 200",
            [self.lib.actor],
        )
        for row in rows:
            if not self._undone(row["id"]):
                return row
        raise WorkbenchError(f"There is nothing of {self.lib.actor}'s to undo in this library.")

    def _newest_redoable(self) -> dict[str, Any]:
        rows = list(
            self.lib.db.query(
                "SELECT * FROM actions WHERE actor = ? ORDER BY last_seq DESC, at DESC LIMIT 200",
                [self.lib.actor],
            )
        )
        for row in rows:
            if row["kind"] == "do":
                break  # a new action after an undo ends what can be redone
            if (
                row["kind"] == "undo"
                and not self.lib.db.execute(
                    "SELECT 1 FROM actions WHERE target = ? AND kind = 'redo'", [row["id"]]
                ).fetchone()
            ):
                return row
        raise WorkbenchError(f"There is nothing of {self.lib.actor}'s to redo in this library.")

    def _refuse_conflicts(self, action: dict[str, Any]) -> None:
        """Refuse when a record the action touched was changed since by anything else than
        actions that were themselves taken back (undone, or undos that were redone)."""
        touched = self.lib.db.execute(
            "SELECT DISTINCT table_name, record_id FROM audit_log WHERE action_id = ?",
            [action["id"]],
        ).fetchall()
        if not touched:
            return
        later = self.lib.db.execute(
            "SELECT a.seq, a.actor, a.at, a.action_id, a.table_name FROM audit_log a"
            " WHERE a.seq > ? AND EXISTS (SELECT 1 FROM audit_log t WHERE t.action_id = ?"
            " AND t.table_name = a.table_name AND t.record_id = a.record_id)"
            " ORDER BY a.seq",
            [action["last_seq"] or 0, action["id"]],
        ).fetchall()
        for _seq, actor, at, other, table in later:
            if other and self._cancelled_out(other, action["last_seq"] or 0):
                continue
            who = actor or "someone"
            what = table.rstrip("s") if table != "evidence" else "evidence"
            raise ConflictError(
                f"Can't undo “{action['description']}”: {who} changed this {what} since"
                f" ({at[:16].replace('T', ' ')} UTC); undoing would overwrite that change."
            )

    def _cancelled_out(self, action_id: str, since: int) -> bool:
        """Whether a later action's effect has been taken back, so it is no conflict for
        undoing or redoing an action that ended at audit entry `since`: a change that was
        undone; the undo of a change made after `since`, or an undo that was redone; the redo
        of an undo made after `since`."""
        row = self.lib.db.execute(
            "SELECT a.kind, t.last_seq FROM actions a LEFT JOIN actions t ON t.id = a.target"
            " WHERE a.id = ?",
            [action_id],
        ).fetchone()
        if row is None:
            return False
        kind, target_seq = row
        later_target = target_seq is not None and target_seq > since
        if kind == "undo":
            return later_target or self._redone(action_id)
        if kind == "redo" and later_target:
            return True
        return self._undone(action_id)

    def _redone(self, undo_id: str) -> bool:
        return (
            self.lib.db.execute(
                "SELECT 1 FROM actions WHERE target = ? AND kind = 'redo'", [undo_id]
            ).fetchone()
            is not None
        )
