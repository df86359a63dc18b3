"""Undoable edits: each redo and each undo is one Library call, that is one transaction.

A command does its work in perform() before it is pushed, so a refused edit never reaches the
stack. History in the library is append-only: undoing a verdict adds a verdict that restores
the previous rating and rationale, and undoing a deleted claim restores it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workbench.core.errors import WorkbenchError
from workbench.core.library.models import Evidence
from workbench.gui.applog import qt_override
from workbench.gui.session import Change, Session

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

#: Merge ids: successive saves of the same text field become one undo step.
MERGE_CLAIM_FIELD = 1
MERGE_RATIONALE = 2
TEXT_FIELDS = ("statement", "claimant", "claim_date", "review_url")


class LibraryCommand(QUndoCommand):
    """Base of every edit: perform() once, then apply_undo()/apply_redo() on demand."""

    def __init__(self, session: Session, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.library = session.library
        self._performed = False

    def perform(self) -> Change:
        change = self.apply_redo()
        self._performed = True
        return change

    def apply_redo(self) -> Change:
        raise NotImplementedError

    def apply_undo(self) -> Change:
        raise NotImplementedError

    @qt_override()
    def redo(self) -> None:
        if self._performed:
            # The first redo comes from QUndoStack.push, after perform() did the work.
            self._performed = False
            return
        self._guard(self.apply_redo)

    @qt_override()
    def undo(self) -> None:
        self._guard(self.apply_undo)

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

    def apply_redo(self) -> Change:
        if self.claim_id is None:
            self.claim_id = self.library.claims.add(
                self.article_id, start=self.start, end=self.end
            ).id
        else:
            self.library.claims.restore(self.claim_id)
        return Change(self.article_id, (self.claim_id,), claims_added_or_removed=True)

    def apply_undo(self) -> Change:
        assert self.claim_id is not None
        self.library.claims.delete(self.claim_id)
        return Change(self.article_id, (self.claim_id,), claims_added_or_removed=True)


class DismissSuggestion(LibraryCommand):
    """Set a suggested sentence aside; undo lets it be suggested again."""

    def __init__(self, session: Session, article_id: str, start: int, end: int, text: str) -> None:
        super().__init__(session, translate("Undo", "Dismiss suggestion"))
        self.article_id, self.start, self.end, self.text = article_id, start, end, text
        self.dismissal_id: str | None = None

    def apply_redo(self) -> Change:
        self.dismissal_id = self.library.dismissals.add(
            self.article_id, self.start, self.end, self.text
        )
        return Change(self.article_id, suggestions=True)

    def apply_undo(self) -> Change:
        assert self.dismissal_id is not None
        self.library.dismissals.restore(self.dismissal_id)
        return Change(self.article_id, suggestions=True)


class DeleteClaim(LibraryCommand):
    def __init__(self, session: Session, claim_id: str, article_id: str) -> None:
        super().__init__(session, translate("Undo", "Delete claim"))
        self.claim_id, self.article_id = claim_id, article_id

    def apply_redo(self) -> Change:
        self.library.claims.delete(self.claim_id)
        return Change(self.article_id, (self.claim_id,), claims_added_or_removed=True)

    def apply_undo(self) -> Change:
        self.library.claims.restore(self.claim_id)
        return Change(self.article_id, (self.claim_id,), claims_added_or_removed=True)


class EditClaim(LibraryCommand):
    """Change one field of a claim; typing into the same field merges into one step."""

    def __init__(
        self, session: Session, claim_id: str, article_id: str, field: str, old: Any, new: Any
    ) -> None:
        super().__init__(session, translate("Undo", "Edit claim"))
        self.claim_id, self.article_id, self.field = claim_id, article_id, field
        self.old, self.new = old, new

    def _set(self, value: Any) -> Change:
        self.library.claims.update(self.claim_id, **{self.field: value})
        return Change(self.article_id, (self.claim_id,))

    def apply_redo(self) -> Change:
        return self._set(self.new)

    def apply_undo(self) -> Change:
        return self._set(self.old)

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
        self.setObsolete(self.new == self.old)
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
        self.before, self.after = before, after
        self.rationale_only = rationale_only

    def _apply(self, state: VerdictState) -> Change:
        self.library.verdicts.add(
            self.claim_id, state.rating, scale=state.scale, rationale=state.rationale
        )
        return Change(self.article_id, (self.claim_id,), verdict=True)

    def apply_redo(self) -> Change:
        return self._apply(self.after)

    def apply_undo(self) -> Change:
        return self._apply(self.before)

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
        self.after = other.after
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

    def apply_redo(self) -> Change:
        if self.record is None:
            self.record = self.library.evidence.add(
                self.claim_id,
                self.source_id,
                stance=self.stance,
                excerpt=self.excerpt,
                note=self.note,
            )
        else:
            self.library.evidence.restore(self.record)
        return Change(self.article_id, (self.claim_id,), evidence=True)

    def apply_undo(self) -> Change:
        assert self.record is not None
        self.record = self.library.evidence.remove(self.record.id)
        return Change(self.article_id, (self.claim_id,), evidence=True)


class RemoveEvidence(LibraryCommand):
    def __init__(self, session: Session, evidence_id: str, claim_id: str, article_id: str) -> None:
        super().__init__(session, translate("Undo", "Remove evidence"))
        self.evidence_id, self.claim_id, self.article_id = evidence_id, claim_id, article_id
        self.record: Evidence | None = None

    def apply_redo(self) -> Change:
        self.record = self.library.evidence.remove(self.evidence_id)
        return Change(self.article_id, (self.claim_id,), evidence=True)

    def apply_undo(self) -> Change:
        assert self.record is not None
        self.library.evidence.restore(self.record)
        return Change(self.article_id, (self.claim_id,), evidence=True)


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

    def _set(self, fields: dict[str, Any]) -> Change:
        self.library.evidence.update(self.evidence_id, **fields)
        return Change(self.article_id, (self.claim_id,), evidence=True)

    def apply_redo(self) -> Change:
        return self._set(self.new)

    def apply_undo(self) -> Change:
        return self._set(self.old)


class SetSetting(LibraryCommand):
    """A library setting such as the default rating scale."""

    def __init__(self, session: Session, key: str, old: str | None, new: str) -> None:
        super().__init__(session, translate("Undo", "Change setting"))
        self.key, self.old, self.new = key, old, new

    def apply_redo(self) -> Change:
        self.library.settings.set(self.key, self.new)
        return Change(settings=True)

    def apply_undo(self) -> Change:
        self.library.settings.set(self.key, self.old or "")
        return Change(settings=True)
