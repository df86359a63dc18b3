"""The app's undo stack over the core's operations (workbench.core.library.operations).

Each command names an operation; perform() runs it in the core (one transaction, recorded as an
action with its inverse) before the command is pushed, so a refused edit never reaches the stack.
Undo and redo ask the core to undo or redo that action, which refuses when someone else (the
command line, a colleague) has changed the record since. Typing into the same field merges into
one step: the merged command undoes its actions newest first.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workbench.core.errors import WorkbenchError
from workbench.core.library.changes import Op
from workbench.core.library.models import Evidence
from workbench.gui.applog import qt_override
from workbench.gui.session import Change, Session

if TYPE_CHECKING:
    from workbench.core.library.operations import Done, Operations

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

#: Merge ids: successive saves of the same text field become one undo step.
MERGE_CLAIM_FIELD = 1
MERGE_RATIONALE = 2
TEXT_FIELDS = ("statement", "claimant", "claim_date", "review_url")


class LibraryCommand(QUndoCommand):
    """An undoable edit: one or more core actions, undone newest first, redone oldest first."""

    def __init__(self, session: Session, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.library = session.library
        self.done: list[Done] = []
        self._performed = False

    def operation(self) -> Op:
        raise NotImplementedError

    def _operations(self) -> Operations:
        # Loaded with the first edit: the window paints before the library's storage code loads.
        from workbench.core.library.operations import Operations

        return Operations(self.library)

    def _run(self, op: Op) -> Done:
        done = self._operations().run(op)
        self.done.append(done)
        return done

    def perform(self) -> Change:
        done = self._run(self.operation())
        self.after(done)
        self._performed = True
        return done.changes

    def after(self, done: Done) -> None:
        """Keep what the first run created (an id), for the views."""

    @qt_override()
    def redo(self) -> None:
        if self._performed:
            # The first redo comes from QUndoStack.push, after perform() did the work.
            self._performed = False
            return
        self._guard(self._redo_all)

    @qt_override()
    def undo(self) -> None:
        self._guard(self._undo_all)

    def _undo_all(self) -> Change:
        ops = self._operations()
        changes: Change | None = None
        undone: list[Done] = []
        for done in reversed(self.done):
            undone.append(ops.undo(done.action_id))
            changes = undone[-1].changes
        self.done = undone  # what redo takes back, in the order they ran
        assert changes is not None
        return changes

    def _redo_all(self) -> Change:
        ops = self._operations()
        changes: Change | None = None
        redone: list[Done] = []
        for undo in reversed(self.done):
            redone.append(ops.redo(undo.action_id))
            changes = redone[-1].changes
        self.done = redone
        assert changes is not None
        return changes

    def _guard(self, step: Callable[[], Change]) -> None:
        try:
            change = step()
        except (WorkbenchError, sqlite3.Error) as exc:
            log.warning("undo/redo of %r failed: %r", self.text(), exc)
            self.setObsolete(True)
            self.session.failed.emit(exc)
            return
        self.session.announce(change)


class AddClaim(LibraryCommand):
    """Mark a passage as a claim; undo sets it aside, redo brings it back with the same id."""

    def __init__(self, session: Session, article_id: str, start: int, end: int) -> None:
        super().__init__(session, translate("Undo", "Mark claim"))
        self.article_id, self.start, self.end = article_id, start, end
        self.claim_id: str | None = None

    def operation(self) -> Op:
        args = {"article_id": self.article_id, "start": self.start, "end": self.end}
        return Op("add_claim", args, "Mark claim")

    def after(self, done: Done) -> None:
        self.claim_id = done.value.id


class DismissSuggestion(LibraryCommand):
    """Set a suggested sentence aside; undo lets it be suggested again."""

    def __init__(self, session: Session, article_id: str, start: int, end: int, text: str) -> None:
        super().__init__(session, translate("Undo", "Dismiss suggestion"))
        self.args = {"article_id": article_id, "start": start, "end": end, "text": text}

    def operation(self) -> Op:
        return Op("dismiss_suggestion", self.args, "Dismiss suggestion")


class DeleteClaim(LibraryCommand):
    def __init__(self, session: Session, claim_id: str, article_id: str) -> None:
        super().__init__(session, translate("Undo", "Delete claim"))
        self.claim_id, self.article_id = claim_id, article_id

    def operation(self) -> Op:
        return Op("delete_claim", {"claim_id": self.claim_id}, "Delete claim")


class EditClaim(LibraryCommand):
    """Change one field of a claim; typing into the same field merges into one step."""

    def __init__(
        self, session: Session, claim_id: str, article_id: str, field: str, old: Any, new: Any
    ) -> None:
        super().__init__(session, translate("Undo", "Edit claim"))
        self.claim_id, self.article_id, self.field = claim_id, article_id, field
        self.old, self.new = old, new

    def operation(self) -> Op:
        args = {"claim_id": self.claim_id, "fields": {self.field: self.new}}
        return Op("update_claim", args, "Edit claim")

    @qt_override(-1)
    def id(self) -> int:
        return MERGE_CLAIM_FIELD if self.field in TEXT_FIELDS else -1

    @qt_override(False)
    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not (
            isinstance(other, EditClaim)
            and other.claim_id == self.claim_id
            and other.field == self.field
        ):
            return False
        self.new = other.new
        self.done.extend(other.done)
        return True


@dataclass(frozen=True)
class VerdictState:
    """What a verdict says: the scale, the rating key (None: no verdict) and the rationale."""

    scale: str | None
    rating: str | None
    rationale: str | None


class SetVerdict(LibraryCommand):
    """Give a claim a verdict; undo appends a verdict that restores the one before."""

    def __init__(
        self,
        session: Session,
        claim_id: str,
        article_id: str,
        before: VerdictState,
        after: VerdictState,
        *,
        rationale_only: bool = False,
    ) -> None:
        super().__init__(
            session,
            translate("Undo", "Edit rationale")
            if rationale_only
            else translate("Undo", "Set verdict"),
        )
        self.claim_id, self.article_id = claim_id, article_id
        self.before, self.after_state = before, after
        self.rationale_only = rationale_only

    def operation(self) -> Op:
        state = self.after_state
        args = {
            "claim_id": self.claim_id,
            "rating": state.rating,
            "scale": state.scale,
            "rationale": state.rationale,
        }
        return Op("add_verdict", args, "Set verdict")

    @qt_override(-1)
    def id(self) -> int:
        return MERGE_RATIONALE if self.rationale_only else -1

    @qt_override(False)
    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not (
            isinstance(other, SetVerdict)
            and other.rationale_only
            and other.claim_id == self.claim_id
        ):
            return False
        self.after_state = other.after_state
        self.done.extend(other.done)
        return True


class AddEvidence(LibraryCommand):
    """Tie a source to a claim; undo removes the evidence, redo restores the same record."""

    def __init__(
        self,
        session: Session,
        claim_id: str,
        article_id: str,
        source_id: str,
        stance: str,
        excerpt: str | None,
        note: str | None,
    ) -> None:
        super().__init__(session, translate("Undo", "Add evidence"))
        self.claim_id, self.article_id, self.source_id = claim_id, article_id, source_id
        self.stance, self.excerpt, self.note = stance, excerpt, note
        self.record: Evidence | None = None

    def operation(self) -> Op:
        args = {
            "claim_id": self.claim_id,
            "source_id": self.source_id,
            "stance": self.stance,
            "excerpt": self.excerpt,
            "note": self.note,
        }
        return Op("add_evidence", args, "Add evidence")

    def after(self, done: Done) -> None:
        self.record = done.value


class RemoveEvidence(LibraryCommand):
    def __init__(self, session: Session, evidence_id: str, claim_id: str, article_id: str) -> None:
        super().__init__(session, translate("Undo", "Remove evidence"))
        self.evidence_id, self.claim_id, self.article_id = evidence_id, claim_id, article_id

    def operation(self) -> Op:
        return Op("remove_evidence", {"evidence_id": self.evidence_id}, "Remove evidence")


class EditEvidence(LibraryCommand):
    def __init__(
        self,
        session: Session,
        evidence_id: str,
        claim_id: str,
        article_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
    ) -> None:
        super().__init__(session, translate("Undo", "Edit evidence"))
        self.evidence_id, self.claim_id, self.article_id = evidence_id, claim_id, article_id
        self.old, self.new = old, new

    def operation(self) -> Op:
        args = {"evidence_id": self.evidence_id, "fields": dict(self.new)}
        return Op("update_evidence", args, "Edit evidence")


class SetSetting(LibraryCommand):
    """A library setting such as the default rating scale."""

    def __init__(self, session: Session, key: str, old: str | None, new: str) -> None:
        super().__init__(session, translate("Undo", "Change setting"))
        self.key, self.old, self.new = key, old, new

    def operation(self) -> Op:
        return Op("set_setting", {"key": self.key, "value": self.new}, "Change setting")


class PlacementAnswer(LibraryCommand):
    """The fact-checker's answer about a claim's place in a new version: confirm it, place the
    claim on chosen words, or accept that its words are gone."""

    DESCRIPTIONS = {
        "confirm_placement": "Confirm placement",
        "place_claim": "Place claim",
        "orphan_claim": "Accept orphan",
    }

    def __init__(self, session: Session, name: str, claim_id: str, **where: Any) -> None:
        shown = {
            "confirm_placement": translate("Undo", "Confirm placement"),
            "place_claim": translate("Undo", "Place claim"),
            "orphan_claim": translate("Undo", "Accept orphan"),
        }
        super().__init__(session, shown[name])
        self.name, self.claim_id, self.where = name, claim_id, where

    def operation(self) -> Op:
        args = {"claim_id": self.claim_id, **self.where}
        return Op(self.name, args, self.DESCRIPTIONS[self.name])
