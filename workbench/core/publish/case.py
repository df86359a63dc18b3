"""Case bundles: one article's whole case in one file, to move it from one desk to another.

A bundle holds the article and its older text versions, its claims, their evidence, sources,
snapshots (with their bytes) and verdicts, the custom scales they use, and the audit entries
of all of these. Importing merges by id: what exists is not duplicated, the append-only
histories (verdicts, audit log) are joined, and when both sides changed the same field the
newer edit wins while the other value is kept in the audit log and reported. The whole file
is checked before anything is written, and importing the same bundle twice changes nothing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench import __version__
from workbench.core.errors import InputError
from workbench.core.library.models import CLAIM_STATUSES, SOURCE_KINDS, STANCES
from workbench.core.timeutil import now_iso

if TYPE_CHECKING:
    from workbench.core.library.store import Library

FORMAT = "factcheck-workbench-case-bundle"
VERSION = 1
MAX_BUNDLE_BYTES = 1024 * 1024 * 1024
ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z-]{3,63}$")
BLOB_COLUMNS = {"snapshots": ("body", "warc")}
#: Record tables in the order they are written (parents first).
TABLES = (
    "articles",
    "article_versions",
    "sources",
    "link_checks",
    "claims",
    "claim_placements",
    "evidence",
    "snapshots",
    "verdicts",
)
#: Lists a bundle may lack (written before the library kept them); read as empty.
OPTIONAL = ("link_checks", "claim_placements")
#: Fields of a claim that follow its verdict history instead of being merged one by one.
VERDICT_FIELDS = ("rating", "rating_value", "verdict_at")
AUDIT_FIELDS = ("at", "actor", "action", "table_name", "record_id", "field", "old", "new")
#: Merged field by field; the other record tables are immutable once written.
MUTABLE = ("articles", "sources", "claims", "evidence")


@dataclass(frozen=True)
class Conflict:
    table: str
    record_id: str
    field: str
    kept: Any
    other: Any
    winner: str

    def describe(self) -> str:
        side = "this library's" if self.winner == "local" else "the bundle's"
        return (
            f"{self.table[:-1] if self.table.endswith('s') else self.table} {self.record_id[:8]}:"
            f" {self.field} was changed on both desks; kept {side} newer value"
            f" {_short(self.kept)!r}, the other ({_short(self.other)!r}) is in the audit log."
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "record_id": self.record_id,
            "field": self.field,
            "kept": self.kept,
            "other": self.other,
            "winner": self.winner,
        }


def _short(value: Any, width: int = 40) -> str:
    text = " ".join(str(value).split()) if value is not None else ""
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass
class MergeReport:
    article_id: str
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(self.added.values()) or any(self.updated.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "added": self.added,
            "updated": self.updated,
            "conflicts": [c.to_dict() for c in self.conflicts],
            "changed": self.changed,
        }


# -- export ---------------------------------------------------------------------------------


def _rows(lib: Library, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return [dict(row) for row in lib.db.query(sql, params)]


def _in(ids: list[str]) -> str:
    return ", ".join("?" * len(ids))


def build_bundle(lib: Library, article_id: str) -> dict[str, Any]:
    """The article's whole case as a JSON-ready dictionary."""
    article = _rows(lib, "SELECT * FROM articles WHERE id = ?", [article_id])
    if not article:
        raise InputError(f"There is no article {article_id}.")
    versions = _rows(
        lib, "SELECT * FROM article_versions WHERE article_id = ? ORDER BY version", [article_id]
    )
    claims = _rows(lib, "SELECT * FROM claims WHERE article_id = ? ORDER BY rowid", [article_id])
    claim_ids = [c["id"] for c in claims]
    evidence: list[dict[str, Any]] = []
    verdicts: list[dict[str, Any]] = []
    for start in range(0, len(claim_ids), 500):
        chunk = claim_ids[start : start + 500]
        evidence += _rows(
            lib, f"SELECT * FROM evidence WHERE claim_id IN ({_in(chunk)}) ORDER BY rowid", chunk
        )
        verdicts += _rows(
            lib, f"SELECT * FROM verdicts WHERE claim_id IN ({_in(chunk)}) ORDER BY rowid", chunk
        )
    placements: list[dict[str, Any]] = []
    for start in range(0, len(claim_ids), 500):
        chunk = claim_ids[start : start + 500]
        placements += _rows(
            lib,
            f"SELECT * FROM claim_placements WHERE claim_id IN ({_in(chunk)}) ORDER BY rowid",
            chunk,
        )
    source_ids = sorted({e["source_id"] for e in evidence})
    sources: list[dict[str, Any]] = []
    snapshots: list[dict[str, Any]] = []
    link_checks: list[dict[str, Any]] = []
    for start in range(0, len(source_ids), 500):
        chunk = source_ids[start : start + 500]
        sources += _rows(lib, f"SELECT * FROM sources WHERE id IN ({_in(chunk)})", chunk)
        snapshots += _rows(lib, f"SELECT * FROM snapshots WHERE source_id IN ({_in(chunk)})", chunk)
        link_checks += _rows(
            lib,
            f"SELECT * FROM link_checks WHERE source_id IN ({_in(chunk)}) ORDER BY rowid",
            chunk,
        )
    snapshots += _rows(lib, "SELECT * FROM snapshots WHERE article_id = ?", [article_id])
    snapshots = list({s["id"]: s for s in snapshots}.values())
    for snap in snapshots:
        for column in BLOB_COLUMNS["snapshots"]:
            if snap.get(column) is not None:
                snap[column] = base64.b64encode(snap[column]).decode("ascii")
    used_scales = sorted({c["scale"] for c in claims if c["scale"]})
    scales = [
        s
        for s in _rows(lib, "SELECT * FROM scales WHERE builtin = 0", [])
        if s["short_name"] in used_scales
    ]
    record_ids = [article_id, *claim_ids]
    record_ids += [
        r["id"] for r in (*evidence, *sources, *snapshots, *verdicts, *versions, *placements)
    ]
    audit: list[dict[str, Any]] = []
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start : start + 500]
        audit += _rows(
            lib,
            f"SELECT {', '.join(AUDIT_FIELDS)} FROM audit_log"
            f" WHERE record_id IN ({_in(chunk)}) ORDER BY seq",
            chunk,
        )
    audit.sort(key=lambda e: (e["at"], e["record_id"]))
    records = {
        "articles": article,
        "article_versions": versions,
        "sources": sources,
        "link_checks": link_checks,
        "claims": claims,
        "claim_placements": placements,
        "evidence": evidence,
        "snapshots": snapshots,
        "verdicts": verdicts,
        "scales": scales,
        "audit": audit,
    }
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"Fact-check Workbench {__version__}",
        "exported_at": now_iso(),
        "article_id": article_id,
        "sha256": _digest(records),
        "records": records,
    }


def _digest(records: dict[str, Any]) -> str:
    text = json.dumps(records, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_bundle(lib: Library, article_id: str, path: str | Path) -> dict[str, int]:
    """Write the case bundle atomically; returns how many records of each kind it holds."""
    from workbench.core.publish.export import write_text

    bundle = build_bundle(lib, article_id)
    write_text(json.dumps(bundle, ensure_ascii=False, indent=1) + "\n", path)
    return {k: len(v) for k, v in bundle["records"].items()}


# -- reading and checking -------------------------------------------------------------------


def read_bundle(path: str | Path, lib: Library) -> dict[str, Any]:
    """A bundle read and checked in full against the library's tables; raises InputError."""
    source = Path(path)
    try:
        if source.stat().st_size > MAX_BUNDLE_BYTES:
            raise InputError(f"{source} is too large to be a case bundle.")
        raw = source.read_bytes()
    except OSError as exc:
        raise InputError(f"Can't read {source}: {exc.strerror or exc}.") from exc
    try:
        bundle = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(
            f"{source} is not a readable case bundle (cut short or damaged: {exc})."
        ) from exc
    validate(bundle, lib, name=str(source))
    return bundle


def _fail(name: str, why: str) -> None:
    raise InputError(f"{name} is not a valid case bundle: {why}; nothing was imported.")


def validate(bundle: Any, lib: Library, *, name: str = "The file") -> None:
    """Check shape, columns, types, references and hashes; raise InputError at the first fault."""
    if not isinstance(bundle, dict) or bundle.get("format") != FORMAT:
        _fail(name, "it is not a Fact-check Workbench case bundle")
    if bundle.get("version") != VERSION:
        _fail(name, f"format version {bundle.get('version')!r} is not one this version reads")
    records = bundle.get("records")
    if not isinstance(records, dict):
        _fail(name, "it has no records")
    if bundle.get("sha256") != _digest(records):
        _fail(name, "its content does not match its checksum (changed or cut short)")
    for table in OPTIONAL:
        records.setdefault(table, [])
    expected = {*TABLES, "scales", "audit"}
    if set(records) != expected:
        _fail(name, f"its record lists are {sorted(records)}, expected {sorted(expected)}")
    for table in TABLES:
        _check_rows(lib, name, table, records[table])
    article_id = bundle.get("article_id")
    if len(records["articles"]) != 1 or records["articles"][0]["id"] != article_id:
        _fail(name, "it must hold exactly the one article it names")
    from workbench.core.library.articles import text_sha256

    article = records["articles"][0]
    if not isinstance(article.get("text"), str) or text_sha256(article["text"]) != article.get(
        "text_sha256"
    ):
        _fail(name, "the article's text does not match its SHA-256")
    for version in records["article_versions"]:
        if version.get("article_id") != article_id:
            _fail(name, "a text version belongs to another article")
        if version.get("text") is not None and text_sha256(version["text"]) != version.get(
            "text_sha256"
        ):
            _fail(name, f"text version {version.get('version')} does not match its SHA-256")
    claim_ids = {c["id"] for c in records["claims"]}
    source_ids = {s["id"] for s in records["sources"]}
    for claim in records["claims"]:
        if claim.get("article_id") != article_id:
            _fail(name, f"claim {claim['id'][:8]} belongs to another article")
        if claim.get("status") not in CLAIM_STATUSES:
            _fail(name, f"claim {claim['id'][:8]} has an unknown status")
    for source in records["sources"]:
        if source.get("kind") not in SOURCE_KINDS:
            _fail(name, f"source {source['id'][:8]} has an unknown kind")
    for ev in records["evidence"]:
        if ev.get("claim_id") not in claim_ids or ev.get("source_id") not in source_ids:
            _fail(name, f"evidence {ev['id'][:8]} points to a claim or source not in the bundle")
        if ev.get("stance") not in STANCES:
            _fail(name, f"evidence {ev['id'][:8]} has an unknown stance")
    for check in records["link_checks"]:
        if check.get("source_id") not in source_ids:
            _fail(name, f"link check {check['id'][:8]} belongs to a source not in the bundle")
    for placement in records["claim_placements"]:
        if placement.get("claim_id") not in claim_ids or placement.get("article_id") != article_id:
            _fail(name, f"placement {placement['id'][:8]} belongs to a claim not in the bundle")
    for verdict in records["verdicts"]:
        if verdict.get("claim_id") not in claim_ids:
            _fail(name, f"verdict {verdict['id'][:8]} belongs to a claim not in the bundle")
    for snap in records["snapshots"]:
        if snap.get("source_id") not in (None, *source_ids) or snap.get("article_id") not in (
            None,
            article_id,
        ):
            _fail(name, f"snapshot {snap['id'][:8]} belongs to a record not in the bundle")
        try:
            body = base64.b64decode(snap.get("body") or "", validate=True)
            if snap.get("warc") is not None:
                base64.b64decode(snap["warc"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            _fail(name, f"snapshot {snap['id'][:8]} has damaged bytes")
        if hashlib.sha256(body).hexdigest() != snap.get("sha256"):
            _fail(name, f"snapshot {snap['id'][:8]} does not match its SHA-256")
    _check_scales(name, records["scales"])
    _check_audit(name, records["audit"])


def _columns(lib: Library, table: str) -> dict[str, bool]:
    """Column name -> whether it may be NULL, as the library's schema says."""
    return {
        row[1]: not row[3]
        for row in lib.db.execute(f"PRAGMA table_info({table})").fetchall()  # noqa: S608
    }


def _check_rows(lib: Library, name: str, table: str, rows: Any) -> None:
    if not isinstance(rows, list):
        _fail(name, f"{table} is not a list")
    columns = _columns(lib, table)
    blobs = BLOB_COLUMNS.get(table, ())
    seen: set[str] = set()
    for row in rows:
        if not isinstance(row, dict):
            _fail(name, f"an entry of {table} is not a record")
        unknown = set(row) - set(columns)
        if unknown:
            _fail(name, f"{table} has unknown fields {sorted(unknown)[:3]}")
        record_id = row.get("id")
        if not isinstance(record_id, str) or not ID.match(record_id):
            _fail(name, f"an entry of {table} has no valid id")
        if record_id in seen:
            _fail(name, f"{table} lists {record_id[:8]} twice")
        seen.add(record_id)
        for column, nullable in columns.items():
            value = row.get(column)
            if value is None and not nullable and column != "id":
                _fail(name, f"{table} {record_id[:8]} lacks {column}")
            if value is not None and not isinstance(value, str | int | float):
                _fail(name, f"{table} {record_id[:8]} has a nested value in {column}")
            if column in blobs and value is not None and not isinstance(value, str):
                _fail(name, f"{table} {record_id[:8]} has damaged bytes in {column}")


def _check_scales(name: str, scales: Any) -> None:
    if not isinstance(scales, list):
        _fail(name, "scales is not a list")
    from workbench.core.library.scales import scale_from_dict

    for row in scales:
        if not isinstance(row, dict) or not isinstance(row.get("short_name"), str):
            _fail(name, "a scale has no short name")
        try:
            scale_from_dict(
                {
                    "short_name": row["short_name"],
                    "name": row.get("name") or row["short_name"],
                    "language": row.get("language") or "en",
                    "ratings": json.loads(row.get("definition") or "[]"),
                }
            )
        except (ValueError, TypeError, KeyError, InputError):
            _fail(name, f"scale {row['short_name']!r} is not a valid scale")


def _check_audit(name: str, audit: Any) -> None:
    if not isinstance(audit, list):
        _fail(name, "audit is not a list")
    for entry in audit:
        if not isinstance(entry, dict) or set(entry) != set(AUDIT_FIELDS):
            _fail(name, "an audit entry has the wrong fields")
        for key in AUDIT_FIELDS:
            value = entry[key]
            if value is None and key in ("at", "action", "table_name", "record_id"):
                _fail(name, f"an audit entry lacks {key}")
            if value is not None and not isinstance(value, str):
                _fail(name, f"an audit entry has a non-text {key}")


# -- merging --------------------------------------------------------------------------------


def import_bundle(lib: Library, path: str | Path) -> MergeReport:
    """Check a bundle in full, then merge it into the library in one transaction."""
    bundle = read_bundle(path, lib)
    return merge(lib, bundle)


def merge(lib: Library, bundle: dict[str, Any]) -> MergeReport:
    records = bundle["records"]
    report = MergeReport(bundle["article_id"])
    known = _audit_index(records["audit"])
    with lib.transaction():
        _merge_scales(lib, records["scales"], report)
        for table in TABLES:
            rows = records[table]
            if table in BLOB_COLUMNS:
                rows = [_decoded(row) for row in rows]
            if table in MUTABLE:
                _merge_mutable(lib, table, rows, report, known)
            elif table == "claim_placements":
                _merge_placements(lib, rows, report)
            else:
                _insert_missing(lib, table, rows, report)
        _settle_verdicts(lib, [c["id"] for c in records["claims"]], report)
        _join_audit(lib, records["audit"], report)
    return report


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for column in BLOB_COLUMNS["snapshots"]:
        if out.get(column) is not None:
            out[column] = base64.b64decode(out[column])
    return out


def _merge_scales(lib: Library, scales: list[dict[str, Any]], report: MergeReport) -> None:
    for row in scales:
        local = lib.db.execute(
            "SELECT definition FROM scales WHERE short_name = ?", [row["short_name"]]
        ).fetchone()
        if local is None:
            lib.db.table("scales").insert({**row, "builtin": 0})
            lib.unit.audit("import", "scales", row["short_name"], new=row["short_name"])
            report.added["scales"] = report.added.get("scales", 0) + 1
        elif local[0] != row.get("definition"):
            report.conflicts.append(
                Conflict(
                    "scales", row["short_name"], "definition", local[0], row["definition"], "local"
                )
            )
    lib.scales.forget()


def _insert_missing(
    lib: Library, table: str, rows: list[dict[str, Any]], report: MergeReport
) -> None:
    added = 0
    for row in rows:
        if lib.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row["id"]]).fetchone():
            continue
        if (
            table == "article_versions"
            and lib.db.execute(
                "SELECT 1 FROM article_versions WHERE article_id = ? AND version = ?",
                [row["article_id"], row["version"]],
            ).fetchone()
        ):
            continue
        if (
            table == "claim_placements"
            and lib.db.execute(
                "SELECT 1 FROM claim_placements WHERE claim_id = ? AND version = ?",
                [row["claim_id"], row["version"]],
            ).fetchone()
        ):
            continue  # this desk placed the claim in that version itself
        lib.db.table(table).insert(row)
        added += 1
    if added:
        report.added[table] = report.added.get(table, 0) + added


AuditKey = tuple[Any, ...]
MERGE_ACTIONS = ("merge", "merge-rejected")


def _audit_index(entries: list[dict[str, Any]]) -> dict[tuple[str, str | None], set[AuditKey]]:
    index: dict[tuple[str, str | None], set[AuditKey]] = {}
    for entry in entries:
        if entry["action"] in MERGE_ACTIONS:
            continue  # an echo of an edit made elsewhere, not an edit of its own
        key = (entry["record_id"], entry["field"])
        index.setdefault(key, set()).add(tuple(entry[k] for k in AUDIT_FIELDS))
    return index


def _edited(
    lib: Library,
    known: dict[tuple[str, str | None], set[AuditKey]],
    record_id: str,
    field_name: str,
) -> tuple[bool, bool]:
    """Whether this library and the bundle each hold edits of the field the other lacks."""
    local = {
        tuple(row)
        for row in lib.db.execute(
            f"SELECT {', '.join(AUDIT_FIELDS)} FROM audit_log WHERE record_id = ? AND field = ?"
            " AND action NOT IN ('merge', 'merge-rejected')",
            [record_id, field_name],
        ).fetchall()
    }
    theirs = known.get((record_id, field_name), set())
    return bool(local - theirs), bool(theirs - local)


def _merge_mutable(
    lib: Library,
    table: str,
    rows: list[dict[str, Any]],
    report: MergeReport,
    known: dict[tuple[str, str | None], set[AuditKey]],
) -> None:
    added = updated = 0
    for row in rows:
        found = list(lib.db.query(f"SELECT * FROM {table} WHERE id = ?", [row["id"]]))
        if not found:
            lib.db.table(table).insert(row)
            added += 1
            continue
        local = found[0]
        changed = table == "articles" and _merge_article_text(lib, local, row)
        skip = {"id", "updated_at", "created_at", "imported_at"}
        if table == "claims":
            skip |= set(VERDICT_FIELDS)
        if table == "articles":
            skip |= {"text", "text_sha256", "version"}
        differing = [k for k in row if k not in skip and row[k] != local.get(k)]
        bundle_newer = (row.get("updated_at") or "") > (local.get("updated_at") or "")
        new_values: dict[str, Any] = {}
        for key in differing:
            ours, theirs = _edited(lib, known, row["id"], key)
            if theirs and not ours:
                new_values[key] = row[key]
                lib.unit.audit("merge", table, row["id"], key, local.get(key), row[key])
            elif ours and not theirs:
                continue  # the bundle is older: this library's value already follows it
            elif bundle_newer:
                new_values[key] = row[key]
                lib.unit.audit("merge", table, row["id"], key, local.get(key), row[key])
                report.conflicts.append(
                    Conflict(table, row["id"], key, row[key], local.get(key), "bundle")
                )
            elif not _rejection_recorded(lib, table, row["id"], key, row[key]):
                lib.unit.audit("merge-rejected", table, row["id"], key, row[key], local.get(key))
                report.conflicts.append(
                    Conflict(table, row["id"], key, local.get(key), row[key], "local")
                )
        if new_values:
            new_values["updated_at"] = row["updated_at"]
            lib.db.table(table).update(row["id"], new_values)
        if new_values or changed:
            updated += 1
    if added:
        report.added[table] = report.added.get(table, 0) + added
    if updated:
        report.updated[table] = report.updated.get(table, 0) + updated


def _merge_placements(lib: Library, rows: list[dict[str, Any]], report: MergeReport) -> None:
    """Placements are kept per text version; a confirmation made on the other desk is taken."""
    _insert_missing(lib, "claim_placements", rows, report)
    for row in rows:
        local = list(lib.db.query("SELECT * FROM claim_placements WHERE id = ?", [row["id"]]))
        if not local:
            continue
        filled = {
            k: v for k, v in row.items() if v is not None and local[0].get(k) is None and k != "id"
        }
        if filled:
            lib.db.table("claim_placements").update(row["id"], filled)
            report.updated["claim_placements"] = report.updated.get("claim_placements", 0) + 1


def _rejection_recorded(lib: Library, table: str, record_id: str, key: str, value: Any) -> bool:
    from workbench.core.library.unit import encode_value

    return (
        lib.db.execute(
            "SELECT 1 FROM audit_log WHERE action = 'merge-rejected' AND table_name = ?"
            " AND record_id = ? AND field = ? AND old IS ? LIMIT 1",
            [table, record_id, key, encode_value(value)],
        ).fetchone()
        is not None
    )


def _merge_article_text(lib: Library, local: dict[str, Any], row: dict[str, Any]) -> bool:
    """A newer text version in the bundle becomes the current text; the replaced one is kept."""
    if row["text_sha256"] == local["text_sha256"] or row["version"] <= local["version"]:
        return False
    exists = lib.db.execute(
        "SELECT 1 FROM article_versions WHERE article_id = ? AND version = ?",
        [local["id"], local["version"]],
    ).fetchone()
    if not exists:
        from workbench.core import ids

        lib.db.table("article_versions").insert(
            {
                "id": ids.new_id(),
                "article_id": local["id"],
                "version": local["version"],
                "text": local["text"],
                "text_sha256": local["text_sha256"],
                "created_at": local["updated_at"],
            }
        )
    lib.db.table("articles").update(
        local["id"],
        {"text": row["text"], "text_sha256": row["text_sha256"], "version": row["version"]},
    )
    lib.unit.audit("merge", "articles", local["id"], "version", local["version"], row["version"])
    return True


def _settle_verdicts(lib: Library, claim_ids: list[str], report: MergeReport) -> None:
    """Each claim's verdict is the newest in its joined history."""
    for claim_id in claim_ids:
        latest = lib.db.execute(
            "SELECT scale, rating, rating_value, created_at FROM verdicts WHERE claim_id = ?"
            " ORDER BY created_at DESC, rowid DESC LIMIT 1",
            [claim_id],
        ).fetchone()
        if latest is None:
            continue
        current = lib.db.execute(
            "SELECT scale, rating, rating_value, verdict_at FROM claims WHERE id = ?", [claim_id]
        ).fetchone()
        if tuple(current) == tuple(latest):
            continue
        if current[3] and current[3] > latest[3]:
            continue
        lib.db.table("claims").update(
            claim_id,
            {
                "scale": latest[0],
                "rating": latest[1],
                "rating_value": latest[2],
                "verdict_at": latest[3],
            },
        )
        lib.unit.audit("merge", "claims", claim_id, "rating", current[1], latest[1])
        report.updated["claims"] = report.updated.get("claims", 0) + 1


def _join_audit(lib: Library, entries: list[dict[str, Any]], report: MergeReport) -> None:
    added = 0
    for entry in entries:
        values = [entry[k] for k in AUDIT_FIELDS]
        exists = lib.db.execute(
            "SELECT 1 FROM audit_log WHERE at = ? AND actor IS ? AND action = ? AND table_name = ?"
            " AND record_id = ? AND field IS ? AND old IS ? AND new IS ? LIMIT 1",
            values,
        ).fetchone()
        if exists:
            continue
        lib.db.execute(
            f"INSERT INTO audit_log ({', '.join(AUDIT_FIELDS)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
        added += 1
    if added:
        report.added["audit"] = added
