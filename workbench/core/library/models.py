"""Records that cross layers: frozen, typed, and convertible to JSON-ready dictionaries."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from workbench.core.library.anchoring import Anchor


class ClaimStatus(StrEnum):
    """Where a claim stands in the newsroom's work, in the order it usually moves."""

    OPEN = "open"
    RESEARCHING = "researching"
    DRAFTED = "drafted"
    REVIEWED = "reviewed"
    PUBLISHED = "published"
    DISMISSED = "dismissed"


class Stance(StrEnum):
    """What a piece of evidence does for a claim."""

    SUPPORTS = "supports"
    REFUTES = "refutes"
    CONTEXT = "context"


class SourceKind(StrEnum):
    """What a source is; stored as its value."""

    WEB = "web"
    DOCUMENT = "document"
    DATASET = "dataset"
    PERSON = "person"
    FACT_CHECK = "fact-check"


#: The stored values, in order (for choices on the command line and in lists).
CLAIM_STATUSES: tuple[str, ...] = tuple(status.value for status in ClaimStatus)
STANCES: tuple[str, ...] = tuple(stance.value for stance in Stance)
SOURCE_KINDS: tuple[str, ...] = tuple(kind.value for kind in SourceKind)
ORIGINS = ("file", "url", "pasted")


class Record:
    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload, no-any-return]


@dataclass(frozen=True)
class Article(Record):
    id: str
    title: str
    url: str | None
    site: str | None
    author: str | None
    published: str | None
    language: str | None
    text_sha256: str
    origin: str
    file_name: str | None
    version: int
    imported_at: str
    updated_at: str
    claims: int = 0
    text: str | None = None


@dataclass(frozen=True)
class ArticleVersion(Record):
    id: str
    article_id: str
    version: int
    text_sha256: str
    created_at: str
    text: str | None = None


@dataclass(frozen=True)
class Claim(Record):
    id: str
    article_id: str
    quote: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    orphaned: bool
    anchored_by: str | None
    statement: str | None
    claimant: str | None
    claim_date: str | None
    status: str
    priority: int
    scale: str | None
    rating: str | None
    rating_key: str | None
    rating_value: int | None
    rating_color: str | None
    verdict_at: str | None
    review_url: str | None
    sources: int
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    #: The words as the fact-checker marked them (quote is what the claim points at now).
    marked_quote: str = ""
    #: The text version and span the claim was marked on; prefix and suffix are from there too.
    marked_version: int | None = None
    marked_start: int | None = None
    marked_end: int | None = None
    #: The current placement is uncertain, or newly orphaned, and awaits the fact-checker.
    needs_review: bool = False
    confidence: float | None = None
    review_reason: str | None = None

    @property
    def anchor(self) -> Anchor | None:
        """Where the claim lies now, with the context it was marked in."""
        if self.start is None or self.end is None:
            return None
        return Anchor(self.start, self.end, self.quote, self.prefix, self.suffix)

    @property
    def marked(self) -> Anchor:
        """The selector as the fact-checker made it; never changed by a new text version."""
        return Anchor(
            self.marked_start or 0,
            self.marked_end or 0,
            self.marked_quote or self.quote,
            self.prefix,
            self.suffix,
        )

    @property
    def label(self) -> str:
        """What a list shows for the claim: its statement, else the quoted words."""
        return self.statement or self.quote


@dataclass(frozen=True)
class ClaimPlacement(Record):
    """Where a claim lies in one text version of its article, how it was found, how sure."""

    id: str
    claim_id: str
    article_id: str
    version: int
    start: int | None
    end: int | None
    quote: str | None
    orphaned: bool
    method: str
    confidence: float
    needs_review: bool
    reason: str | None
    flags: tuple[str, ...]
    placed_at: str
    confirmed_at: str | None = None
    confirmed_by: str | None = None

    @property
    def certain(self) -> bool:
        """Whether later versions may look for the claim where this placement put it."""
        return not self.orphaned and (not self.needs_review or self.confirmed_at is not None)


@dataclass(frozen=True)
class PlacementReview(Record):
    """A claim awaiting the fact-checker after a new version: the old place and the new guess.

    before_text is the version the claim was last certainly placed in (or marked on), with the
    claim at before_start..before_end; text is the current version, where placement.start..end
    is the best guess (None for an orphan) and candidates are other places worth a look.
    """

    claim: Claim
    placement: ClaimPlacement
    before_version: int | None
    before_text: str
    before_start: int | None
    before_end: int | None
    text: str
    candidates: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Source(Record):
    id: str
    url: str | None
    file_name: str | None
    title: str | None
    publisher: str | None
    author: str | None
    published: str | None
    accessed_at: str | None
    kind: str
    note: str | None
    check_state: str | None
    checked_at: str | None
    created_at: str
    updated_at: str
    archive_url: str | None = None
    archived_at: str | None = None

    @property
    def label(self) -> str:
        return self.title or self.url or self.file_name or self.note or self.id[:8]


@dataclass(frozen=True)
class Evidence(Record):
    id: str
    claim_id: str
    source_id: str
    stance: str
    excerpt: str | None
    note: str | None
    created_at: str
    updated_at: str
    source: Source | None = None


@dataclass(frozen=True)
class Verdict(Record):
    id: str
    claim_id: str
    scale: str | None
    rating: str | None
    rating_label: str | None
    rating_value: int | None
    rationale: str | None
    author: str | None
    created_at: str


@dataclass(frozen=True)
class AuditEntry(Record):
    seq: int
    at: str
    actor: str | None
    action: str
    table_name: str
    record_id: str
    field: str | None
    old: str | None
    new: str | None


@dataclass(frozen=True)
class Snapshot(Record):
    id: str
    source_id: str | None
    article_id: str | None
    url: str
    final_url: str | None
    http_status: int | None
    content_type: str | None
    size: int
    sha256: str
    captured_at: str
    redirects: str | None
    request_headers: str | None
    response_headers: str | None
    text: str | None = None
    body: bytes | None = None
    warc: bytes | None = None

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data.pop("body", None)
        data.pop("warc", None)
        return data


@dataclass(frozen=True)
class LinkCheck(Record):
    id: str
    source_id: str
    checked_at: str
    state: str
    http_status: int | None
    final_url: str | None
    sha256: str | None
    detail: str | None


@dataclass(frozen=True)
class SearchHit(Record):
    kind: str
    id: str
    title: str
    snippet: str
    article_id: str | None
    rank: float


@dataclass(frozen=True)
class HistoryEntry(Record):
    at: str
    kind: str
    summary: str
    actor: str | None
    detail: dict[str, Any]


@dataclass(frozen=True)
class ImportResult(Record):
    article: Article
    created: bool
    new_version: bool
    placements: dict[str, str]
