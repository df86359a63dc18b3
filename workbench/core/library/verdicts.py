"""Verdicts and drafts: the append-only verdict history of each claim, the rationale being
typed before it becomes a verdict, and a claim's whole history (verdicts and recorded changes)."""

from __future__ import annotations

import builtins
import json
from typing import Any

from workbench.core import ids
from workbench.core.library.claims import Claims
from workbench.core.library.models import HistoryEntry, Verdict
from workbench.core.library.settings import AuditLog, Scales
from workbench.core.library.unit import Repository, UnitOfWork
from workbench.core.timeutil import now_iso


class Drafts(Repository):
    """What is being typed (a rationale), kept until it becomes a verdict."""

    def save(self, claim_id: str, field: str, text: str) -> None:
        """Keep unfinished text (a rationale being typed) so that a crash loses nothing.

        A draft is not yet a change of the claim: it isn't audited and makes no verdict.
        """
        with self._unit.transaction():
            self.db.execute(
                "INSERT INTO drafts (claim_id, field, text, saved_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (claim_id, field) DO UPDATE SET text = excluded.text,"
                " saved_at = excluded.saved_at",
                [claim_id, field, text, now_iso()],
            )

    def get(self, claim_id: str, field: str) -> str | None:
        row = self.db.execute(
            "SELECT text FROM drafts WHERE claim_id = ? AND field = ?", [claim_id, field]
        ).fetchone()
        return row[0] if row else None

    def list(self) -> builtins.list[tuple[str, str]]:
        """(claim id, field) of every unfinished draft, for restoring them after a crash."""
        return [tuple(r) for r in self.db.execute("SELECT claim_id, field FROM drafts")]

    def discard(self, claim_id: str, field: str) -> None:
        with self._unit.transaction():
            self.db.execute(
                "DELETE FROM drafts WHERE claim_id = ? AND field = ?", [claim_id, field]
            )


class Verdicts(Repository):
    """The append-only verdict history of each claim, and the claim's whole history."""

    def __init__(self, unit: UnitOfWork, claims: Claims, scales: Scales, audit: AuditLog) -> None:
        super().__init__(unit)
        self._claims = claims
        self._scales = scales
        self._audit = audit

    def add(
        self,
        claim_id: str,
        rating: str | None,
        *,
        scale: str | None = None,
        rationale: str | None = None,
        author: str | None = None,
    ) -> Verdict:
        """Append a verdict; it becomes the claim's verdict. rating=None withdraws the verdict."""
        claim = self._claims.get(claim_id)
        the_scale = self._scales.get(scale or claim.scale)
        found = the_scale.find(rating) if rating is not None else None
        now = now_iso()
        record: dict[str, Any] = {
            "id": ids.new_id(),
            "claim_id": claim_id,
            "scale": the_scale.short_name,
            "rating": found.key if found else None,
            "rating_label": found.label(the_scale.language) if found else None,
            "rating_value": found.value if found else None,
            "rationale": (rationale or "").strip() or None,
            "author": author or self.actor,
            "created_at": now,
        }
        with self._unit.transaction():
            self.db.table("verdicts").insert(record)
            self.db.table("claims").update(
                claim_id,
                {
                    "scale": the_scale.short_name,
                    "rating": record["rating"],
                    "rating_value": record["rating_value"],
                    "verdict_at": now,
                    "updated_at": now,
                },
            )
            self._unit.audit(
                "verdict", "claims", claim_id, "rating", claim.rating_key, record["rating"]
            )
        return Verdict(**record)

    def list(self, claim_id: str) -> builtins.list[Verdict]:
        rows = self.db.query(
            "SELECT * FROM verdicts WHERE claim_id = ? ORDER BY created_at, rowid", [claim_id]
        )
        return [Verdict(**row) for row in rows]

    def history(self, claim_id: str) -> builtins.list[HistoryEntry]:
        """Verdicts and every recorded change of the claim and its evidence, oldest first."""
        entries: builtins.list[HistoryEntry] = []
        for v in self.list(claim_id):
            summary = (
                f"verdict {v.rating_label} ({v.scale})" if v.rating_label else "verdict withdrawn"
            )
            entries.append(HistoryEntry(v.created_at, "verdict", summary, v.author, v.to_dict()))
        evidence_ids = [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT record_id FROM audit_log WHERE table_name = 'evidence' AND"
                " (new LIKE ? OR old LIKE ?)",
                [f'%"{claim_id}"%'] * 2,
            )
        ]
        for entry in self._audit.entries(claim_id) + [
            e for i in evidence_ids for e in self._audit.entries(i)
        ]:
            if entry.action == "verdict":
                continue
            what = entry.table_name.rstrip("s") if entry.table_name != "evidence" else "evidence"
            summary = f"{entry.action} {what}" + (f" {entry.field}" if entry.field else "")
            if entry.field and entry.action == "update":
                summary += f": {_short(entry.old)} -> {_short(entry.new)}"
            entries.append(HistoryEntry(entry.at, "change", summary, entry.actor, entry.to_dict()))
        entries.sort(key=lambda e: e.at)
        return entries


def _short(value: str | None) -> str:
    if value is None:
        return "(none)"
    try:
        decoded = json.loads(value)
    except ValueError:
        decoded = value
    text = str(decoded)
    return text if len(text) <= 40 else text[:37] + "..."
