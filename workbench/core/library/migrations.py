"""Schema steps for the library file, one function per step, applied by sqlite_utils.Migrations.

Never edit a step that has shipped: add a new one. SCHEMA_STEPS lists every step this version
knows; a file that records a step not in it was written by a newer version and is refused.
"""

from __future__ import annotations

import hashlib
import json
import uuid

from sqlite_utils import Database, Migrations

from workbench.core.library.scales import BUILTIN_SCALES
from workbench.core.timeutil import now_iso

MIGRATION_SET = "workbench"
#: SQLite's application_id header field, so the file says what it is ("FCWB").
APPLICATION_ID = 0x46435742
FTS_TOKENIZE = "unicode61 remove_diacritics 2"

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_initial(db: Database) -> None:
    """The case library: articles and versions, claims, sources, evidence, snapshots, verdicts."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.table("settings").create({"key": str, "value": str}, pk="key")
    db.table("scales").create(
        {
            "short_name": str,
            "name": str,
            "description": str,
            "language": str,
            "builtin": int,
            "definition": str,
            "created_at": str,
        },
        pk="short_name",
    )
    db.table("articles").create(
        {
            "id": str,
            "title": str,
            "url": str,
            "site": str,
            "author": str,
            "published": str,
            "language": str,
            "text": str,
            "text_sha256": str,
            "origin": str,
            "file_name": str,
            "version": int,
            "imported_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"text", "text_sha256", "origin", "imported_at", "updated_at"},
        defaults={"version": 1},
    )
    db.table("articles").create_index(["text_sha256"])
    db.table("articles").create_index(["url"])
    db.table("article_versions").create(
        {
            "id": str,
            "article_id": str,
            "version": int,
            "text": str,
            "text_sha256": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("article_versions").create_index(["article_id", "version"], unique=True)
    db.table("claims").create(
        {
            "id": str,
            "article_id": str,
            "quote": str,
            "prefix": str,
            "suffix": str,
            "start": int,
            "end": int,
            "orphaned": int,
            "anchored_by": str,
            "statement": str,
            "claimant": str,
            "claim_date": str,
            "status": str,
            "priority": int,
            "scale": str,
            "rating": str,
            "rating_value": int,
            "verdict_at": str,
            "review_url": str,
            "created_at": str,
            "updated_at": str,
            "deleted_at": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "quote", "status", "created_at", "updated_at"},
        defaults={"orphaned": 0, "priority": 0, "status": "open"},
    )
    db.table("claims").create_index(["article_id", "start"])
    db.table("claims").create_index(["rating", "updated_at"])
    db.table("claims").create_index(["status", "updated_at"])
    db.table("claims").create_index(["updated_at"])
    db.table("sources").create(
        {
            "id": str,
            "url": str,
            "file_name": str,
            "title": str,
            "publisher": str,
            "author": str,
            "published": str,
            "accessed_at": str,
            "kind": str,
            "note": str,
            "check_state": str,
            "checked_at": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"kind", "created_at", "updated_at"},
    )
    db.table("sources").create_index(["url"])
    db.table("evidence").create(
        {
            "id": str,
            "claim_id": str,
            "source_id": str,
            "stance": str,
            "excerpt": str,
            "note": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("claim_id", "claims", "id"), ("source_id", "sources", "id")],
        not_null={"claim_id", "source_id", "stance", "created_at", "updated_at"},
    )
    db.table("evidence").create_index(["claim_id"])
    db.table("evidence").create_index(["source_id"])
    db.table("snapshots").create(
        {
            "id": str,
            "source_id": str,
            "article_id": str,
            "url": str,
            "final_url": str,
            "http_status": int,
            "content_type": str,
            "size": int,
            "sha256": str,
            "captured_at": str,
            "redirects": str,
            "request_headers": str,
            "response_headers": str,
            "body": bytes,
            "warc": bytes,
            "text": str,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id"), ("article_id", "articles", "id")],
        not_null={"url", "sha256", "captured_at", "size"},
    )
    db.table("snapshots").create_index(["source_id", "captured_at"])
    db.table("snapshots").create_index(["article_id", "captured_at"])
    db.table("link_checks").create(
        {
            "id": str,
            "source_id": str,
            "checked_at": str,
            "state": str,
            "http_status": int,
            "final_url": str,
            "sha256": str,
            "detail": str,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id")],
    )
    db.table("link_checks").create_index(["source_id", "checked_at"])
    db.table("verdicts").create(
        {
            "id": str,
            "claim_id": str,
            "scale": str,
            "rating": str,
            "rating_label": str,
            "rating_value": int,
            "rationale": str,
            "author": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("claim_id", "claims", "id")],
        not_null={"claim_id", "created_at"},
    )
    db.table("verdicts").create_index(["claim_id", "created_at"])
    db.table("dismissed_suggestions").create(
        {"id": str, "article_id": str, "start": int, "end": int, "text": str, "dismissed_at": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("dismissed_suggestions").create_index(["article_id"])
    db.execute(
        """CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL, actor TEXT, action TEXT NOT NULL,
            table_name TEXT NOT NULL, record_id TEXT NOT NULL,
            field TEXT, old TEXT, new TEXT)"""
    )
    db.execute("CREATE INDEX idx_audit_record ON audit_log (record_id, seq)")
    # History is append-only: the file itself refuses to rewrite verdicts or the audit log.
    for table in ("verdicts", "audit_log"):
        for event in ("UPDATE", "DELETE"):
            db.execute(
                f"""CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table}
                BEGIN SELECT RAISE(ABORT, '{table} are append-only'); END"""
            )
    for table, columns in (
        ("articles", ["title", "text"]),
        ("claims", ["quote", "statement", "claimant"]),
        ("sources", ["title", "publisher", "note", "url"]),
        ("evidence", ["excerpt", "note"]),
    ):
        db.table(table).enable_fts(columns, create_triggers=True, tokenize=FTS_TOKENIZE)
    created = now_iso()
    for scale in BUILTIN_SCALES:
        db.table("scales").insert(
            {
                "short_name": scale.short_name,
                "name": scale.name,
                "description": scale.description,
                "language": scale.language,
                "builtin": 1,
                "definition": json.dumps([r.to_dict() for r in scale.ratings], ensure_ascii=False),
                "created_at": created,
            }
        )
    db.table("settings").insert_all(
        [
            {"key": "default_scale", "value": "five-point"},
            {"key": "organisation", "value": ""},
            {"key": "organisation_url", "value": ""},
        ]
    )


@migrations()
def m002_source_archive(db: Database) -> None:
    """Sources remember their copy at a web archive, and claims sort fast by verdict time."""
    db.table("sources").add_column("archive_url", str)
    db.table("sources").add_column("archived_at", str)
    db.table("claims").create_index(["verdict_at"])


@migrations()
def m003_drafts_and_list_indexes(db: Database) -> None:
    """Unsaved rationale drafts; indexes for sorted claim lists; versions keep only old texts."""
    db.table("drafts").create(
        {"claim_id": str, "field": str, "text": str, "saved_at": str},
        pk=("claim_id", "field"),
        foreign_keys=[("claim_id", "claims", "id")],
    )
    # Single-column indexes end in the rowid, which breaks ties in sorted lists: no sort needed.
    for columns in (["status"], ["rating_value"], ["quote"], ["deleted_at"]):
        db.table("claims").create_index(columns)
    # A status filter finds its rows fast enough through the (status) or (updated_at) index,
    # and nothing lists claims by verdict time: these cost more room than they saved time.
    db.execute("DROP INDEX IF EXISTS idx_claims_status_updated_at")
    db.execute("DROP INDEX IF EXISTS idx_claims_verdict_at")
    db.table("articles").create_index(["imported_at"])
    # The current text lives in articles; article_versions keeps the texts it replaced.
    db.execute(
        "DELETE FROM article_versions WHERE EXISTS (SELECT 1 FROM articles a"
        " WHERE a.id = article_versions.article_id AND a.version = article_versions.version)"
    )


#: Tables whose rows are never changed or removed once written.
APPEND_ONLY = ("verdicts", "audit_log")
#: Every guard that keeps them so; `workbench check` verifies that each is in place.
GUARD_TRIGGERS = (
    "verdicts_no_update",
    "verdicts_no_delete",
    "verdicts_no_replace",
    "audit_log_no_update",
    "audit_log_no_delete",
    "audit_log_no_replace",
)


def create_append_only_guards(db: Database) -> None:
    """UPDATE, DELETE and REPLACE are refused on verdicts and the audit log.

    REPLACE deletes the old row without firing DELETE triggers, so a BEFORE INSERT trigger
    refuses any insert whose id or rowid is already taken.
    """
    for table in APPEND_ONLY:
        for event in ("UPDATE", "DELETE"):
            db.execute(
                f"""CREATE TRIGGER IF NOT EXISTS {table}_no_{event.lower()}
                BEFORE {event} ON {table}
                BEGIN SELECT RAISE(ABORT, '{table} are append-only'); END"""
            )
    db.execute(
        """CREATE TRIGGER IF NOT EXISTS verdicts_no_replace BEFORE INSERT ON verdicts
        WHEN EXISTS (SELECT 1 FROM verdicts WHERE id = NEW.id OR rowid = NEW.rowid)
        BEGIN SELECT RAISE(ABORT, 'verdicts are append-only'); END"""
    )
    db.execute(
        """CREATE TRIGGER IF NOT EXISTS audit_log_no_replace BEFORE INSERT ON audit_log
        WHEN EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq)
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"""
    )


def audit_hash(previous: str | None, row: tuple[object, ...]) -> str:
    """The chain link of one audit entry: SHA-256 over the previous link and the entry."""
    payload = json.dumps([previous or "", *row], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


AUDIT_CHAINED = "at, actor, action, table_name, record_id, field, old, new, action_id"


@migrations()
def m004_append_only_chain(db: Database) -> None:
    """REPLACE can't rewrite history; each audit entry carries a SHA-256 chain link, so a changed,
    removed or inserted entry shows in `workbench check`. Actions (what a user did, with how to
    undo it) are kept, and each audit entry names the action it belongs to."""
    db.execute("ALTER TABLE audit_log ADD COLUMN action_id TEXT")
    db.execute("ALTER TABLE audit_log ADD COLUMN hash TEXT")
    db.execute(
        """CREATE TABLE actions (
            id TEXT PRIMARY KEY, at TEXT NOT NULL, actor TEXT, kind TEXT NOT NULL,
            description TEXT NOT NULL, op TEXT NOT NULL, inverse TEXT,
            target TEXT REFERENCES actions(id), first_seq INTEGER, last_seq INTEGER)"""
    )
    db.execute("CREATE INDEX idx_actions_actor ON actions (actor, at)")
    db.execute("CREATE INDEX idx_actions_target ON actions (target)")
    db.execute("CREATE INDEX idx_audit_action ON audit_log (action_id)")
    db.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    previous: str | None = None
    rows = db.execute(f"SELECT seq, {AUDIT_CHAINED} FROM audit_log ORDER BY seq").fetchall()
    for seq, *row in rows:
        previous = audit_hash(previous, tuple(row))
        db.execute("UPDATE audit_log SET hash = ? WHERE seq = ?", [previous, seq])
    create_append_only_guards(db)


@migrations()
def m_pub_prior_factchecks(db: Database) -> None:
    """Fact-checks published elsewhere (searched or imported as ClaimReview), and the searches."""
    db.table("prior_factchecks").create(
        {
            "id": str,
            "origin": str,
            "claim_text": str,
            "claimant": str,
            "claim_date": str,
            "publisher": str,
            "publisher_site": str,
            "url": str,
            "title": str,
            "review_date": str,
            "rating": str,
            "language": str,
            "data": str,
            "fetched_at": str,
        },
        pk="id",
        not_null={"origin", "data", "fetched_at"},
    )
    db.table("prior_factchecks").create_index(["url"])
    db.table("prior_searches").create(
        {
            "id": str,
            "query": str,
            "language": str,
            "page_token": str,
            "next_page_token": str,
            "result_ids": str,
            "fetched_at": str,
        },
        pk="id",
        not_null={"query", "result_ids", "fetched_at"},
    )


@migrations()
def m_place_claim_placements(db: Database) -> None:
    """Each text version gets its own placement of each claim; the claim keeps what was marked.

    The claims table keeps the marked selector (quote, prefix, suffix, and now the version and
    span it was marked on) for good, and its start, end, orphaned and anchored_by columns as the
    current placement, with the words it now points at and whether it awaits review.
    """
    claims = db.table("claims")
    for name, kind in (
        ("marked_version", int),
        ("marked_start", int),
        ("marked_end", int),
        ("current_quote", str),
        ("confidence", float),
        ("review_reason", str),
    ):
        claims.add_column(name, kind)
    claims.add_column("needs_review", int, not_null_default=0)
    db.execute("CREATE INDEX idx_claims_needs_review ON claims (needs_review) WHERE needs_review")
    db.table("claim_placements").create(
        {
            "id": str,
            "claim_id": str,
            "article_id": str,
            "version": int,
            "start": int,
            "end": int,
            "quote": str,
            "orphaned": int,
            "method": str,
            "confidence": float,
            "needs_review": int,
            "reason": str,
            "flags": str,
            "placed_at": str,
            "confirmed_at": str,
            "confirmed_by": str,
        },
        pk="id",
        foreign_keys=[("claim_id", "claims", "id"), ("article_id", "articles", "id")],
        not_null={"claim_id", "article_id", "version", "method", "placed_at"},
        defaults={"orphaned": 0, "needs_review": 0, "flags": "[]"},
    )
    db.table("claim_placements").create_index(["claim_id", "version"], unique=True)
    db.table("claim_placements").create_index(["article_id", "version"])
    # Until now each placement overwrote the quote: what the claim points at now is all that
    # is known of what was marked, and becomes its marked selector on the current version.
    db.execute(
        "UPDATE claims SET marked_version = (SELECT a.version FROM articles a"
        ' WHERE a.id = claims.article_id), marked_start = start, marked_end = "end",'
        " current_quote = CASE WHEN orphaned THEN NULL ELSE quote END,"
        " confidence = CASE WHEN orphaned THEN 0.0 ELSE 1.0 END"
    )
    rows = db.execute(
        'SELECT c.id, c.article_id, a.version, c.start, c."end", c.current_quote, c.orphaned,'
        " coalesce(c.anchored_by, 'created'), c.updated_at"
        " FROM claims c JOIN articles a ON a.id = c.article_id"
    ).fetchall()
    db.table("claim_placements").insert_all(
        {
            "id": str(uuid.uuid4()),
            "claim_id": claim_id,
            "article_id": article_id,
            "version": version,
            "start": start,
            "end": end,
            "quote": quote,
            "orphaned": int(bool(orphaned)),
            "method": "orphan" if orphaned else method,
            "confidence": 0.0 if orphaned else 1.0,
            "needs_review": 0,
            "reason": None,
            "flags": "[]",
            "placed_at": placed_at,
        }
        for claim_id, article_id, version, start, end, quote, orphaned, method, placed_at in rows
    )


@migrations()
def m_perf_rating_list_indexes(db: Database) -> None:
    """Claim lists filtered by rating: sorted by status, rating or claim text, and counted.

    Without these a page of claims rated "Falsch" sorted by status read every such claim and
    sorted them (50-80 ms at 200,000 claims, five times that at a million); now it reads 100.
    """
    for columns in (
        ["rating", "status"],
        ["rating", "rating_value"],
        ["rating", "quote"],
        ["rating", "scale", "deleted_at"],  # counting needs nothing else
    ):
        db.table("claims").create_index(columns, if_not_exists=True)
    # A library that has statistics needs them for the new indexes too, or SQLite may take
    # the counting index for a sorted page.
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        db.execute("ANALYZE claims")


SCHEMA_STEPS: tuple[str, ...] = tuple(m.name for m in migrations._migrations)
SCHEMA_VERSION = len(SCHEMA_STEPS)
