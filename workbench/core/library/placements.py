"""Where each claim lies in each text version of its article, and the fact-checker's review.

A claim keeps the selector it was marked with for good. Every text version gets one placement
row per claim (where, how it was found, how sure); the claims table mirrors the current one so
that lists, sorting and search stay one query. A placement that is not certain, or a claim
whose words just went missing, waits in the review list until the fact-checker confirms it,
moves the claim to the right words or accepts the orphan. Each move is in the audit log.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterable
from typing import Any

from workbench.core import ids
from workbench.core.errors import InputError, NotFoundError
from workbench.core.library.anchoring import Anchor, Placement, anchor_at, anchor_quote, place
from workbench.core.library.claims import Claims
from workbench.core.library.models import Claim, ClaimPlacement, PlacementReview
from workbench.core.library.unit import Repository, UnitOfWork
from workbench.core.timeutil import now_iso

PLACEMENT_COLUMNS = (
    'id, claim_id, article_id, version, start, "end", quote, orphaned, method, confidence,'
    " needs_review, reason, flags, placed_at, confirmed_at, confirmed_by"
)
INSERT_PLACEMENT = (
    f"INSERT INTO claim_placements ({PLACEMENT_COLUMNS}) VALUES ({', '.join('?' * 16)})"
    " ON CONFLICT (claim_id, version) DO UPDATE SET start = excluded.start,"
    ' "end" = excluded."end", quote = excluded.quote, orphaned = excluded.orphaned,'
    " method = excluded.method, confidence = excluded.confidence,"
    " needs_review = excluded.needs_review, reason = excluded.reason, flags = excluded.flags,"
    " placed_at = excluded.placed_at, confirmed_at = excluded.confirmed_at,"
    " confirmed_by = excluded.confirmed_by"
)
UPDATE_CURRENT = (
    'UPDATE claims SET start = ?, "end" = ?, current_quote = ?, orphaned = ?, anchored_by = ?,'
    " needs_review = ?, confidence = ?, review_reason = ?, updated_at = ? WHERE id = ?"
)
#: A placement is certain, or the fact-checker said it is right: later versions start from it.
CERTAIN = "orphaned = 0 AND (needs_review = 0 OR confirmed_at IS NOT NULL)"
ACCEPTED_ORPHAN = "The fact-checker accepted that the marked words are no longer in the text."


class Placements(Repository):
    """Placements of claims per text version; the review list and the fact-checker's answers."""

    def __init__(self, unit: UnitOfWork, claims: Claims) -> None:
        super().__init__(unit)
        self._claims = claims

    # -- reading ------------------------------------------------------------------------------

    def for_claim(self, claim_id: str) -> builtins.list[ClaimPlacement]:
        """The claim's placement in every text version since it was marked, oldest first."""
        rows = self.db.execute(
            f"SELECT {PLACEMENT_COLUMNS} FROM claim_placements WHERE claim_id = ? ORDER BY version",
            [claim_id],
        ).fetchall()
        if not rows:
            self._claims.get(claim_id)  # a clear error for an unknown claim
        return [_placement(row) for row in rows]

    def current(self, claim_id: str) -> ClaimPlacement:
        """The claim's placement in the current text of its article."""
        claim = self._claims.get(claim_id)
        row = self.db.execute(
            f"SELECT {PLACEMENT_COLUMNS} FROM claim_placements WHERE claim_id = ? AND version ="
            " (SELECT version FROM articles WHERE id = ?)",
            [claim_id, claim.article_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(f"The claim {claim_id} has no placement in the current text.")
        return _placement(row)

    def moves(self, claim_id: str) -> builtins.list[ClaimPlacement]:
        """The placements that put the claim somewhere else than the version before."""
        moved: builtins.list[ClaimPlacement] = []
        before: ClaimPlacement | None = None
        for item in self.for_claim(claim_id):
            if before is None or (item.start, item.end, item.orphaned) != (
                before.start,
                before.end,
                before.orphaned,
            ):
                moved.append(item)
            before = item
        return moved

    def needs_review(self, article_id: str | None = None) -> builtins.list[Claim]:
        """Claims whose current placement awaits the fact-checker, in text order."""
        return self._claims.list(article_id=article_id, needs_review=True)

    def review(self, article_id: str | None = None) -> builtins.list[PlacementReview]:
        """The review list: each waiting claim with its old place and its new best guess."""
        texts = _Texts(self.db)
        items: builtins.list[PlacementReview] = []
        for claim in self.needs_review(article_id):
            current = self.current(claim.id)
            text = texts.get(claim.article_id, current.version)
            reference = self._reference(claim, current.version, texts)
            version: int | None
            start: int | None
            end: int | None
            if reference is not None:
                version, before_text, anchor = reference
                placement = place(claim.marked, text, previous=anchor, previous_text=before_text)
                start, end = anchor.start, anchor.end
            else:
                version = claim.marked_version
                before_text = texts.get(claim.article_id, version) if version else ""
                placement = place(claim.marked, text, previous_text=before_text)
                start, end = claim.marked_start, claim.marked_end
            guess = (current.start, current.end)
            others = tuple(
                (c.start, c.end) for c in placement.candidates if (c.start, c.end) != guess
            )
            items.append(
                PlacementReview(claim, current, version, before_text, start, end, text, others)
            )
        return items

    # -- the fact-checker's answers -------------------------------------------------------------

    def confirm(self, claim_id: str) -> Claim:
        """The current placement is right (for an orphan: the words are indeed gone)."""
        current = self.current(claim_id)
        now = now_iso()
        with self._unit.transaction():
            self.db.execute(
                "UPDATE claim_placements SET confirmed_at = ?, confirmed_by = ? WHERE id = ?",
                [now, self.actor, current.id],
            )
            self.db.execute(
                "UPDATE claims SET needs_review = 0, updated_at = ? WHERE id = ?",
                [now, claim_id],
            )
            self._unit.audit(
                "confirm", "claims", claim_id, "placement", None, _where(current, "confirmed")
            )
        return self._claims.get(claim_id)

    def place_manually(
        self,
        claim_id: str,
        *,
        quote: str | None = None,
        occurrence: int | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> Claim:
        """Put the claim on words the fact-checker chose in the current text.

        The marked selector stays as it was; the choice becomes the current version's placement
        and the place later versions start from.
        """
        claim = self._claims.get(claim_id)
        version, text = self._current_text(claim.article_id)
        if start is not None and end is not None:
            anchor = anchor_at(text, start, end)
        elif quote is not None:
            anchor = anchor_quote(text, quote, occurrence)
        else:
            raise InputError("Say where the claim lies: give the quote, or select the words.")
        placement = Placement(anchor, "manual", confidence=1.0)
        self._answer(claim, version, placement, awaiting=False, confirmed=True)
        return self._claims.get(claim_id)

    def accept_orphan(self, claim_id: str) -> Claim:
        """The claim's words are gone from the current text: keep the claim as an orphan."""
        claim = self._claims.get(claim_id)
        version, _ = self._current_text(claim.article_id)
        placement = Placement(None, "orphan", 0.0, reason=ACCEPTED_ORPHAN, flags=("gone",))
        self._answer(claim, version, placement, awaiting=False, confirmed=True)
        return self._claims.get(claim_id)

    def state(self, claim_id: str) -> dict[str, Any]:
        """The claim's current placement and review state, as an undo puts it back."""
        claim = self._claims.get(claim_id)
        current = self.current(claim_id)
        return {
            "start": current.start,
            "end": current.end,
            "orphaned": current.orphaned,
            "method": current.method,
            "confidence": current.confidence,
            "needs_review": current.needs_review,
            "reason": current.reason or "",
            "flags": list(current.flags),
            "awaiting": claim.needs_review,
            "confirmed": current.confirmed_at is not None,
        }

    def restore(self, claim_id: str, state: dict[str, Any]) -> Claim:
        """Put a placement state back (the undo of an answer): stored as a new placement row,
        so the history of placements stays whole."""
        claim = self._claims.get(claim_id)
        version, text = self._current_text(claim.article_id)
        anchor = None
        if not state["orphaned"] and state["start"] is not None:
            anchor = anchor_at(text, int(state["start"]), int(state["end"]))
        placement = Placement(
            anchor,
            state["method"],
            float(state["confidence"]),
            needs_review=bool(state["needs_review"]),
            reason=state["reason"],
            flags=tuple(state["flags"]),
        )
        self._answer(
            claim,
            version,
            placement,
            awaiting=bool(state["awaiting"]),
            confirmed=state["confirmed"],
        )
        return self._claims.get(claim_id)

    # -- a new text version ---------------------------------------------------------------------

    def place_all(
        self, article_id: str, old_version: int, old_text: str, version: int, text: str
    ) -> dict[str, str]:
        """Place every claim of the article in its new text version; claim id -> method.

        Call inside the transaction that stores the version. Each claim is looked for where it
        was last placed for certain (or confirmed), in that version's text, else as marked.
        """
        texts = _Texts(self.db, {(article_id, old_version): old_text, (article_id, version): text})
        certain: dict[str, tuple[int, int, int]] = {}
        for claim_id, at, start, end in self.db.execute(
            f'SELECT claim_id, version, start, "end" FROM claim_placements'
            f" WHERE article_id = ? AND version < ? AND {CERTAIN} ORDER BY version",
            [article_id, version],
        ):
            certain[claim_id] = (at, start, end)
        before = {
            row[0]: (bool(row[1]), row[2] is not None)
            for row in self.db.execute(
                "SELECT claim_id, orphaned, confirmed_at FROM claim_placements"
                " WHERE article_id = ? AND version = ?",
                [article_id, old_version],
            )
        }
        placed: builtins.list[tuple[Claim, Placement, bool]] = []
        for claim in self._claims.list(article_id=article_id, include_deleted=True):
            placement = self._place_one(claim, text, certain.get(claim.id), texts)
            was_orphan, confirmed = before.get(claim.id, (claim.orphaned, False))
            newly_lost = placement.orphaned and not (was_orphan and confirmed)
            placed.append((claim, placement, placement.needs_review or newly_lost))
        self._record(placed, version, confirmed=False)
        return {claim.id: placement.method for claim, placement, _ in placed}

    # -- helpers --------------------------------------------------------------------------------

    def _place_one(
        self,
        claim: Claim,
        text: str,
        certain: tuple[int, int, int] | None,
        texts: _Texts,
    ) -> Placement:
        if certain is not None:
            at, start, end = certain
            before_text = texts.get(claim.article_id, at)
            if 0 <= start < end <= len(before_text):
                anchor = anchor_at(before_text, start, end)
                return place(claim.marked, text, previous=anchor, previous_text=before_text)
        marked_text = (
            texts.get(claim.article_id, claim.marked_version) if claim.marked_version else ""
        )
        return place(claim.marked, text, previous_text=marked_text)

    def _reference(
        self, claim: Claim, version: int, texts: _Texts
    ) -> tuple[int, str, Anchor] | None:
        row = self.db.execute(
            f'SELECT version, start, "end" FROM claim_placements WHERE claim_id = ?'
            f" AND version < ? AND {CERTAIN} ORDER BY version DESC LIMIT 1",
            [claim.id, version],
        ).fetchone()
        if row is None:
            return None
        before_text = texts.get(claim.article_id, row[0])
        if not 0 <= row[1] < row[2] <= len(before_text):
            return None
        return row[0], before_text, anchor_at(before_text, row[1], row[2])

    def _current_text(self, article_id: str) -> tuple[int, str]:
        row = self.db.execute(
            "SELECT version, text FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"There is no article {article_id}.")
        return int(row[0]), row[1]

    def _answer(
        self, claim: Claim, version: int, placement: Placement, *, awaiting: bool, confirmed: bool
    ) -> None:
        with self._unit.transaction():
            self._record([(claim, placement, awaiting)], version, confirmed=confirmed)

    def _record(
        self,
        placed: builtins.list[tuple[Claim, Placement, bool]],
        version: int,
        *,
        confirmed: bool,
    ) -> None:
        """Store each claim's placement in this version and make it the claim's current one.

        placed holds (claim as it was, its new placement, whether it awaits review). Every
        claim that moved, or whose review state changed, gets an audit entry.
        """
        now = now_iso()
        inserts: builtins.list[builtins.list[Any]] = []
        updates: builtins.list[builtins.list[Any]] = []
        audits: builtins.list[tuple[str, str, str]] = []
        for claim, placement, awaiting in placed:
            confidence = round(placement.confidence, 3)
            inserts.append(
                [
                    ids.new_id(),
                    claim.id,
                    claim.article_id,
                    version,
                    placement.start,
                    placement.end,
                    placement.quote,
                    int(placement.orphaned),
                    placement.method,
                    confidence,
                    int(placement.needs_review),
                    placement.reason or None,
                    json.dumps(list(placement.flags)),
                    now,
                    now if confirmed else None,
                    self.actor if confirmed else None,
                ]
            )
            moved = (claim.start, claim.end, claim.orphaned) != (
                placement.start,
                placement.end,
                placement.orphaned,
            )
            audited = moved or awaiting != claim.needs_review or confirmed
            updates.append(
                [
                    placement.start,
                    placement.end,
                    placement.quote,
                    int(placement.orphaned),
                    placement.method,
                    int(awaiting),
                    confidence,
                    (placement.reason or None) if awaiting else None,
                    now if audited else claim.updated_at,
                    claim.id,
                ]
            )
            if audited:
                was = f"{claim.start}-{claim.end}" if not claim.orphaned else "orphaned"
                audits.append((claim.id, was, _where_placement(version, placement, awaiting)))
        conn = self.db.conn
        conn.executemany(INSERT_PLACEMENT, inserts)
        conn.executemany(UPDATE_CURRENT, updates)
        for claim_id, was, now_at in audits:
            self._unit.audit("update", "claims", claim_id, "placement", was, now_at)


class _Texts:
    """Text versions of articles read once, the same str objects for every claim."""

    def __init__(self, db: Any, known: dict[tuple[str, int], str] | None = None) -> None:
        self._db = db
        self._texts: dict[tuple[str, int], str] = dict(known or {})

    def get(self, article_id: str, version: int) -> str:
        key = (article_id, version)
        if key not in self._texts:
            row = self._db.execute(
                "SELECT text FROM article_versions WHERE article_id = ? AND version = ?"
                " UNION ALL SELECT text FROM articles WHERE id = ? AND version = ?",
                [article_id, version, article_id, version],
            ).fetchone()
            self._texts[key] = row[0] if row else ""
        return self._texts[key]


def _placement(row: Iterable[Any]) -> ClaimPlacement:
    values = list(row)
    (
        id_,
        claim_id,
        article_id,
        version,
        start,
        end,
        quote,
        orphaned,
        method,
        confidence,
        needs_review,
        reason,
        flags,
        placed_at,
        confirmed_at,
        confirmed_by,
    ) = values
    return ClaimPlacement(
        id=id_,
        claim_id=claim_id,
        article_id=article_id,
        version=int(version),
        start=start,
        end=end,
        quote=quote,
        orphaned=bool(orphaned),
        method=method,
        confidence=float(confidence if confidence is not None else 1.0),
        needs_review=bool(needs_review),
        reason=reason,
        flags=tuple(json.loads(flags or "[]")),
        placed_at=placed_at,
        confirmed_at=confirmed_at,
        confirmed_by=confirmed_by,
    )


def _where(item: ClaimPlacement, note: str) -> str:
    place_ = "orphaned" if item.orphaned else f"{item.start}-{item.end}"
    return f"v{item.version} {place_}, {note}"


def _where_placement(version: int, placement: Placement, awaiting: bool) -> str:
    place_ = "orphaned" if placement.orphaned else f"{placement.start}-{placement.end}"
    text = f"v{version} {place_} by {placement.method}"
    return text + (", to review" if awaiting else "")
