"""Sources, the evidence that ties them to claims, their snapshots and link checks."""

from __future__ import annotations

import builtins
import hashlib
import json
from typing import Any

from workbench.core import ids
from workbench.core.errors import InputError, NotFoundError
from workbench.core.library.claims import Claims
from workbench.core.library.models import (
    SOURCE_KINDS,
    STANCES,
    Evidence,
    LinkCheck,
    Snapshot,
    Source,
)
from workbench.core.library.unit import Repository, UnitOfWork
from workbench.core.timeutil import now_iso
from workbench.core.urls import check_url

SOURCE_FIELDS = (
    "url",
    "file_name",
    "title",
    "publisher",
    "author",
    "published",
    "accessed_at",
    "kind",
    "note",
)
SNAPSHOT_META = (
    "id, source_id, article_id, url, final_url, http_status, content_type, size,"
    " sha256, captured_at, redirects, request_headers, response_headers"
)
LINK_STATES = ("alive", "redirected", "gone", "changed", "error")


class Sources(Repository):
    """Sources (pages, documents, people, prior fact-checks) and the checks of their links."""

    def add(
        self,
        *,
        url: str | None = None,
        file_name: str | None = None,
        title: str | None = None,
        publisher: str | None = None,
        author: str | None = None,
        published: str | None = None,
        accessed_at: str | None = None,
        kind: str = "web",
        note: str | None = None,
    ) -> Source:
        """A source: a web page, a document, a dataset, a person interviewed, a prior fact-check."""
        if kind not in SOURCE_KINDS:
            raise InputError(
                f"{kind!r} is not a kind of source; use one of: {', '.join(SOURCE_KINDS)}."
            )
        if not (url or file_name or title or note):
            raise InputError("A source needs a URL, a file, a title or a note.")
        if url:
            url = check_url(url, what="The source's address")
        now = now_iso()
        record: dict[str, Any] = {
            "id": ids.new_id(),
            "url": url,
            "file_name": file_name,
            "title": title,
            "publisher": publisher,
            "author": author,
            "published": published,
            "accessed_at": accessed_at,
            "kind": kind,
            "note": note,
            "created_at": now,
            "updated_at": now,
        }
        with self._unit.transaction():
            self.db.table("sources").insert(record)
            self._unit.audit("create", "sources", record["id"], new=record)
        return self.get(record["id"])

    def find(self, *, url: str | None = None, file_name: str | None = None) -> Source | None:
        """An existing source for the same URL or file, so that one source serves many claims."""
        if url:
            row = self.db.execute("SELECT id FROM sources WHERE url = ? LIMIT 1", [url]).fetchone()
        elif file_name:
            row = self.db.execute(
                "SELECT id FROM sources WHERE file_name = ? LIMIT 1", [file_name]
            ).fetchone()
        else:
            return None
        return self.get(row[0]) if row else None

    def update(self, source_id: str, **fields: Any) -> Source:
        unknown = (
            set(fields)
            - set(SOURCE_FIELDS)
            - {"check_state", "checked_at", "archive_url", "archived_at"}
        )
        if unknown:
            raise InputError(f"Sources have no field {sorted(unknown)[0]!r}.")
        if "kind" in fields and fields["kind"] not in SOURCE_KINDS:
            raise InputError(f"{fields['kind']!r} is not a kind of source.")
        for key in ("url", "archive_url"):
            if fields.get(key):
                fields[key] = check_url(fields[key], what="The source's address")
        current = self.get(source_id).to_dict()
        changed = {k: v for k, v in fields.items() if current.get(k) != v}
        if changed:
            with self._unit.transaction():
                self.db.table("sources").update(source_id, {**changed, "updated_at": now_iso()})
                self._unit.audit_changes("sources", source_id, current, changed)
        return self.get(source_id)

    def get(self, source_id: str) -> Source:
        rows = list(self.db.query("SELECT * FROM sources WHERE id = ?", [source_id]))
        if not rows:
            raise NotFoundError(f"There is no source {source_id}.")
        return Source(**rows[0])

    def list(self, *, claim_id: str | None = None) -> builtins.list[Source]:
        if claim_id:
            rows = self.db.query(
                "SELECT DISTINCT s.* FROM sources s JOIN evidence e ON e.source_id = s.id"
                " WHERE e.claim_id = ? ORDER BY s.created_at",
                [claim_id],
            )
        else:
            rows = self.db.query("SELECT * FROM sources ORDER BY created_at")
        return [Source(**row) for row in rows]

    def record_link_check(
        self,
        source_id: str,
        state: str,
        *,
        http_status: int | None = None,
        final_url: str | None = None,
        sha256: str | None = None,
        detail: str | None = None,
        checked_at: str | None = None,
    ) -> LinkCheck:
        """Record whether a source is alive, redirected, gone or changed."""
        if state not in LINK_STATES:
            raise InputError(f"{state!r} is not a link state; use one of {', '.join(LINK_STATES)}.")
        source = self.get(source_id)
        record: dict[str, Any] = {
            "id": ids.new_id(),
            "source_id": source_id,
            "checked_at": checked_at or now_iso(),
            "state": state,
            "http_status": http_status,
            "final_url": final_url,
            "sha256": sha256,
            "detail": detail,
        }
        with self._unit.transaction():
            self.db.table("link_checks").insert(record)
            self.db.table("sources").update(
                source_id, {"check_state": state, "checked_at": record["checked_at"]}
            )
            self._unit.audit(
                "update", "sources", source_id, "check_state", source.check_state, state
            )
        return LinkCheck(**record)

    def link_checks(self, source_id: str) -> builtins.list[LinkCheck]:
        rows = self.db.query(
            "SELECT * FROM link_checks WHERE source_id = ? ORDER BY checked_at", [source_id]
        )
        return [LinkCheck(**row) for row in rows]


class EvidenceLinks(Repository):
    """Evidence: a claim linked to a source with a stance and the exact excerpt."""

    def __init__(self, unit: UnitOfWork, claims: Claims, sources: Sources) -> None:
        super().__init__(unit)
        self._claims = claims
        self._sources = sources

    def add(
        self,
        claim_id: str,
        source_id: str,
        *,
        stance: str = "context",
        excerpt: str | None = None,
        note: str | None = None,
        evidence_id: str | None = None,
    ) -> Evidence:
        """Tie a source to a claim with the exact words quoted from it and what they show."""
        _check_stance(stance)
        self._claims.get(claim_id)
        self._sources.get(source_id)
        now = now_iso()
        record: dict[str, Any] = {
            "id": evidence_id or ids.new_id(),
            "claim_id": claim_id,
            "source_id": source_id,
            "stance": stance,
            "excerpt": excerpt,
            "note": note,
            "created_at": now,
            "updated_at": now,
        }
        with self._unit.transaction():
            self.db.table("evidence").insert(record)
            self.db.table("claims").update(claim_id, {"updated_at": now})
            self._unit.audit("create", "evidence", record["id"], new=record)
        return self.get(record["id"])

    def update(self, evidence_id: str, **fields: Any) -> Evidence:
        unknown = set(fields) - {"stance", "excerpt", "note"}
        if unknown:
            raise InputError(f"Evidence has no field {sorted(unknown)[0]!r}.")
        if "stance" in fields:
            _check_stance(fields["stance"])
        current = self.get(evidence_id)
        before = current.to_dict()
        changed = {k: v for k, v in fields.items() if before.get(k) != v}
        if changed:
            now = now_iso()
            with self._unit.transaction():
                self.db.table("evidence").update(evidence_id, {**changed, "updated_at": now})
                self.db.table("claims").update(current.claim_id, {"updated_at": now})
                self._unit.audit_changes("evidence", evidence_id, before, changed)
        return self.get(evidence_id)

    def remove(self, evidence_id: str) -> Evidence:
        """Detach a source from a claim; the returned record restores it (undo)."""
        current = self.get(evidence_id)
        row: dict[str, Any] = {k: v for k, v in current.to_dict().items() if k != "source"}
        with self._unit.transaction():
            self.db.table("evidence").delete(evidence_id)
            self.db.table("claims").update(current.claim_id, {"updated_at": now_iso()})
            self._unit.audit("delete", "evidence", evidence_id, old=row)
        return current

    def restore(self, evidence: Evidence) -> Evidence:
        row: dict[str, Any] = {k: v for k, v in evidence.to_dict().items() if k != "source"}
        with self._unit.transaction():
            self.db.table("evidence").insert(row)
            self.db.table("claims").update(evidence.claim_id, {"updated_at": now_iso()})
            self._unit.audit("restore", "evidence", evidence.id, new=row)
        return self.get(evidence.id)

    def get(self, evidence_id: str) -> Evidence:
        rows = list(self.db.query("SELECT * FROM evidence WHERE id = ?", [evidence_id]))
        if not rows:
            raise NotFoundError(f"There is no evidence {evidence_id}.")
        return Evidence(**rows[0], source=self._sources.get(rows[0]["source_id"]))

    def for_source(self, source_id: str) -> builtins.list[Evidence]:
        """Every claim's use of a source, so that a change to the source reaches them all."""
        rows = list(
            self.db.query(
                "SELECT * FROM evidence WHERE source_id = ? ORDER BY created_at, id", [source_id]
            )
        )
        source = self._sources.get(source_id)
        return [Evidence(**row, source=source) for row in rows]

    def for_claim(self, claim_id: str) -> builtins.list[Evidence]:
        rows = list(
            self.db.query(
                "SELECT * FROM evidence WHERE claim_id = ? ORDER BY created_at, id", [claim_id]
            )
        )
        return [Evidence(**row, source=self._sources.get(row["source_id"])) for row in rows]


class Snapshots(Repository):
    """The preserved bytes of fetched pages and attached files, with hash and capture time."""

    def add(
        self,
        *,
        url: str,
        body: bytes,
        captured_at: str | None = None,
        final_url: str | None = None,
        http_status: int | None = None,
        content_type: str | None = None,
        redirects: builtins.list[Any] | tuple[Any, ...] | None = None,
        request_headers: builtins.list[Any] | tuple[Any, ...] | None = None,
        response_headers: builtins.list[Any] | tuple[Any, ...] | None = None,
        warc: bytes | None = None,
        text: str | None = None,
        source_id: str | None = None,
        article_id: str | None = None,
        sha256: str | None = None,
    ) -> Snapshot:
        """Keep the bytes of a fetched page or document, with proof of when and from where."""
        digest = hashlib.sha256(body).hexdigest()
        if sha256 is not None and sha256 != digest:
            raise InputError("The snapshot's bytes don't match their SHA-256; nothing was stored.")

        def dump(value: Any) -> str | None:
            return None if value is None else json.dumps(list(value), ensure_ascii=False)

        record: dict[str, Any] = {
            "id": ids.new_id(),
            "source_id": source_id,
            "article_id": article_id,
            "url": url,
            "final_url": final_url or url,
            "http_status": http_status,
            "content_type": content_type,
            "size": len(body),
            "sha256": digest,
            "captured_at": captured_at or now_iso(),
            "redirects": dump(redirects),
            "request_headers": dump(request_headers),
            "response_headers": dump(response_headers),
            "body": body,
            "warc": warc,
            "text": text,
        }
        with self._unit.transaction():
            self.db.table("snapshots").insert(record)
            meta = {k: v for k, v in record.items() if k not in ("body", "warc", "text")}
            self._unit.audit("create", "snapshots", record["id"], new=meta)
        return self.get(record["id"])

    def get(self, snapshot_id: str, *, with_body: bool = True) -> Snapshot:
        columns = SNAPSHOT_META + ", text" + (", body, warc" if with_body else "")
        rows = list(self.db.query(f"SELECT {columns} FROM snapshots WHERE id = ?", [snapshot_id]))
        if not rows:
            raise NotFoundError(f"There is no snapshot {snapshot_id}.")
        return Snapshot(**rows[0])

    def list(
        self, *, source_id: str | None = None, article_id: str | None = None
    ) -> builtins.list[Snapshot]:
        """Snapshots without their bytes, oldest first."""
        clauses, params = [], []
        if source_id:
            clauses.append("source_id = ?")
            params.append(source_id)
        if article_id:
            clauses.append("article_id = ?")
            params.append(article_id)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.db.query(
            f"SELECT {SNAPSHOT_META} FROM snapshots {where} ORDER BY captured_at, id", params
        )
        return [Snapshot(**row) for row in rows]

    def latest(self, source_id: str, *, with_body: bool = False) -> Snapshot | None:
        row = self.db.execute(
            "SELECT id FROM snapshots WHERE source_id = ? ORDER BY captured_at DESC LIMIT 1",
            [source_id],
        ).fetchone()
        return self.get(row[0], with_body=with_body) if row else None


class Dismissals(Repository):
    """Suggested sentences the user set aside."""

    def add(self, article_id: str, start: int, end: int, text: str) -> str:
        """Remember that a suggested sentence is not worth a claim; returns the record's id."""
        record: dict[str, Any] = {
            "id": ids.new_id(),
            "article_id": article_id,
            "start": start,
            "end": end,
            "text": text,
            "dismissed_at": now_iso(),
        }
        with self._unit.transaction():
            self.db.table("dismissed_suggestions").insert(record)
            self._unit.audit("create", "dismissed_suggestions", record["id"], new=record)
        return str(record["id"])

    def restore(self, dismissal_id: str) -> None:
        """Take a dismissal back (undo): the sentence may be suggested again."""
        rows = list(
            self.db.query("SELECT * FROM dismissed_suggestions WHERE id = ?", [dismissal_id])
        )
        if not rows:
            raise NotFoundError(f"There is no dismissed suggestion {dismissal_id}.")
        with self._unit.transaction():
            self.db.execute("DELETE FROM dismissed_suggestions WHERE id = ?", [dismissal_id])
            self._unit.audit("restore", "dismissed_suggestions", dismissal_id, old=rows[0])

    def list(self, article_id: str) -> builtins.list[dict[str, Any]]:
        return list(
            self.db.query(
                "SELECT * FROM dismissed_suggestions WHERE article_id = ? ORDER BY start",
                [article_id],
            )
        )


def _check_stance(stance: str) -> None:
    if stance not in STANCES:
        raise InputError(f"{stance!r} is not a stance; use one of: {', '.join(STANCES)}.")
