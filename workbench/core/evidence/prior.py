"""Prior fact-checks: what others already published about a claim, and the library's cache of it.

Searches Google's Fact Check Tools (`claims:search`); every review found is kept in the
library with the time it was fetched, so the answer is there offline and a fact-checker can
attach it to a claim as a source of kind "fact-check". Reviews imported as ClaimReview
JSON-LD land in the same table.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

from workbench.core.errors import FetchError, InputError, NotFoundError
from workbench.core.secrets import get_secret, set_secret
from workbench.core.timeutil import now_iso

if TYPE_CHECKING:
    from workbench.core.library.models import Evidence
    from workbench.core.library.store import Library

DEFAULT_API_URL = "https://factchecktools.googleapis.com/v1alpha1/claims:search"
API_URL_ENV = "WORKBENCH_FACTCHECK_API_URL"
API_KEY_ENV = "WORKBENCH_FACTCHECK_API_KEY"
#: The key's name in the system keyring (see workbench.core.secrets).
KEYRING_NAME = "factcheck-tools-api-key"
#: How long a cached search answers again before the service is asked anew.
CACHE_MAX_AGE = timedelta(days=1)
MAX_PAGE_SIZE = 50


class MissingKeyError(FetchError):
    """No API key for the fact-check search is set."""


@dataclass(frozen=True)
class PriorFactCheck:
    """One published review of a claim, as the service or a ClaimReview described it."""

    id: str
    origin: str
    claim_text: str | None
    claimant: str | None
    claim_date: str | None
    publisher: str | None
    publisher_site: str | None
    url: str | None
    title: str | None
    review_date: str | None
    rating: str | None
    language: str | None
    fetched_at: str
    data: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SearchResult:
    query: str
    language: str | None
    items: list[PriorFactCheck]
    next_page_token: str | None
    fetched_at: str
    cached: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "language": self.language,
            "fetched_at": self.fetched_at,
            "cached": self.cached,
            "next_page_token": self.next_page_token,
            "results": [{k: v for k, v in i.to_dict().items() if k != "data"} for i in self.items],
        }


def factcheck_id(url: str | None, claim_text: str | None) -> str:
    """The same review of the same claim always gets the same id, so nothing is stored twice."""
    key = f"{(url or '').strip()}\n{' '.join((claim_text or '').split())}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def http_url(value: Any) -> str | None:
    """The value if it is an http(s) address, else None: no javascript: or file: links pass."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.hostname:
        return text
    return None


# -- the API key ---------------------------------------------------------------------------


def api_key() -> str:
    """The key from WORKBENCH_FACTCHECK_API_KEY, else from the system keyring."""
    key = os.environ.get(API_KEY_ENV, "").strip()
    if key:
        return key
    stored = _keyring_get()
    if stored:
        return stored
    raise MissingKeyError(
        "No API key for the fact-check search: set WORKBENCH_FACTCHECK_API_KEY or store one"
        " with `workbench prior key`."
    )


def _keyring_get() -> str | None:
    return get_secret(KEYRING_NAME)


def store_api_key(key: str) -> None:
    """Keep the key in the system keyring, never in the library or a settings file."""
    key = key.strip()
    if not key:
        raise InputError("The API key is empty.")
    try:
        set_secret(KEYRING_NAME, key)
    except InputError as exc:
        raise InputError(f"{exc} Set WORKBENCH_FACTCHECK_API_KEY instead.") from exc


# -- searching -----------------------------------------------------------------------------


def search(
    query: str,
    *,
    language: str | None = None,
    page_size: int = 10,
    page_token: str | None = None,
    lib: Library | None = None,
    refresh: bool = False,
    cancel: threading.Event | None = None,
) -> SearchResult:
    """Published fact-checks matching the text; cached in the library when one is given."""
    query = " ".join(query.split())
    if not query:
        raise InputError("Give some words of the claim to search for.")
    page_size = max(1, min(int(page_size), MAX_PAGE_SIZE))
    search_id = _search_id(query, language, page_token)
    if lib is not None and not refresh:
        cached = _cached_search(lib, search_id, query, language)
        if cached is not None:
            return cached
    key = api_key()
    base = os.environ.get(API_URL_ENV, "").strip() or DEFAULT_API_URL
    params: dict[str, Any] = {"query": query, "pageSize": page_size, "key": key}
    if language:
        params["languageCode"] = language
    if page_token:
        params["pageToken"] = page_token
    payload = _get_json(f"{base}?{urlencode(params)}", key, cancel)
    fetched_at = now_iso()
    items = parse_search_response(payload, fetched_at)
    token = payload.get("nextPageToken") if isinstance(payload.get("nextPageToken"), str) else None
    if lib is not None and not lib.read_only:
        _store_search(lib, search_id, query, language, page_token, token, items, fetched_at)
    return SearchResult(query, language, items, token, fetched_at, cached=False)


def _get_json(url: str, key: str, cancel: threading.Event | None) -> dict[str, Any]:
    from workbench.core.evidence.fetch import FetchConfig, fetch

    config = FetchConfig(
        timeout_connect=10.0, timeout_read=20.0, deadline=30.0, max_bytes=5 * 1024 * 1024
    )
    try:
        result = fetch(url, config=config, cancel=cancel, raise_for_status=False)
    except FetchError as exc:
        message = str(exc).replace(key, "…")
        raise FetchError(f"The fact-check search could not be reached: {message}") from None
    if result.status in (400, 401, 403):
        raise FetchError(
            f"The fact-check search refused the request (HTTP {result.status}); check the API key."
        )
    if result.status >= 300:
        raise FetchError(f"The fact-check search answered with HTTP {result.status}.")
    try:
        payload = json.loads(result.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FetchError("The fact-check search sent an answer that is not JSON.") from exc
    if not isinstance(payload, dict):
        raise FetchError("The fact-check search sent an answer of an unknown shape.")
    return payload


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        cleaned = value.strip()
        return cleaned or None
    return None


def parse_search_response(payload: dict[str, Any], fetched_at: str) -> list[PriorFactCheck]:
    """One PriorFactCheck per review of each claim in a `claims:search` answer."""
    items: list[PriorFactCheck] = []
    claims = payload.get("claims")
    if not isinstance(claims, list):
        return items
    for claim in claims:
        if not isinstance(claim, dict):
            continue
        reviews = claim.get("claimReview")
        if not isinstance(reviews, list):
            continue
        for review in reviews:
            if not isinstance(review, dict):
                continue
            found = review.get("publisher")
            publisher: dict[str, Any] = found if isinstance(found, dict) else {}
            url = http_url(review.get("url"))
            text = _text(claim.get("text"))
            items.append(
                PriorFactCheck(
                    id=factcheck_id(url, text),
                    origin="search",
                    claim_text=text,
                    claimant=_text(claim.get("claimant")),
                    claim_date=_text(claim.get("claimDate")),
                    publisher=_text(publisher.get("name")),
                    publisher_site=_text(publisher.get("site")),
                    url=url,
                    title=_text(review.get("title")),
                    review_date=_text(review.get("reviewDate")),
                    rating=_text(review.get("textualRating")),
                    language=_text(review.get("languageCode")),
                    fetched_at=fetched_at,
                    data={"claim": {k: v for k, v in claim.items() if k != "claimReview"}}
                    | {"claimReview": review},
                )
            )
    return items


def _search_id(query: str, language: str | None, page_token: str | None) -> str:
    key = json.dumps([query.casefold(), language or "", page_token or ""])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _cached_search(
    lib: Library, search_id: str, query: str, language: str | None
) -> SearchResult | None:
    row = lib.db.execute(
        "SELECT result_ids, next_page_token, fetched_at FROM prior_searches WHERE id = ?",
        [search_id],
    ).fetchone()
    if row is None:
        return None
    try:
        fetched = datetime.strptime(row[2][:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    if datetime.now(UTC) - fetched > CACHE_MAX_AGE:
        return None
    wanted = json.loads(row[0])
    found = {f.id: f for f in get_many(lib, wanted)}
    items = [found[i] for i in wanted if i in found]
    return SearchResult(query, language, items, row[1], row[2], cached=True)


def _store_search(
    lib: Library,
    search_id: str,
    query: str,
    language: str | None,
    page_token: str | None,
    next_token: str | None,
    items: list[PriorFactCheck],
    fetched_at: str,
) -> None:
    with lib.transaction():
        store(lib, items)
        lib.db.table("prior_searches").upsert(
            {
                "id": search_id,
                "query": query,
                "language": language,
                "page_token": page_token,
                "next_page_token": next_token,
                "result_ids": json.dumps([i.id for i in items]),
                "fetched_at": fetched_at,
            },
            pk="id",
        )


# -- the library's table of prior fact-checks ----------------------------------------------


def store(lib: Library, items: list[PriorFactCheck]) -> int:
    """Keep reviews in the library; one already there is refreshed, never doubled. Returns
    how many were new."""
    new = 0
    with lib.transaction():
        for item in items:
            row = {k: v for k, v in item.to_dict().items() if k != "data"}
            row["data"] = json.dumps(item.data, ensure_ascii=False, sort_keys=True)
            existing = lib.db.execute(
                "SELECT data FROM prior_factchecks WHERE id = ?", [item.id]
            ).fetchone()
            if existing is None:
                lib.db.table("prior_factchecks").insert(row)
                lib.unit.audit("create", "prior_factchecks", item.id, new=item.url)
                new += 1
            elif item.origin == "search" and existing[0] != row["data"]:
                lib.db.table("prior_factchecks").update(item.id, row)
    return new


def _from_row(row: dict[str, Any]) -> PriorFactCheck:
    data = json.loads(row.pop("data") or "{}")
    return PriorFactCheck(**row, data=data)


def get(lib: Library, factcheck_id_: str) -> PriorFactCheck:
    rows = list(lib.db.query("SELECT * FROM prior_factchecks WHERE id = ?", [factcheck_id_]))
    if not rows:
        rows = list(
            lib.db.query(
                "SELECT * FROM prior_factchecks WHERE id >= ? AND id < ? LIMIT 2",
                [factcheck_id_, factcheck_id_ + "\uffff"],
            )
        )
        if len(rows) != 1:
            raise NotFoundError(f"No prior fact-check has the id {factcheck_id_!r}.")
    return _from_row(rows[0])


def get_many(lib: Library, wanted: list[str]) -> list[PriorFactCheck]:
    if not wanted:
        return []
    marks = ", ".join("?" * len(wanted))
    return [
        _from_row(row)
        for row in lib.db.query(f"SELECT * FROM prior_factchecks WHERE id IN ({marks})", wanted)
    ]


def list_all(lib: Library, *, origin: str | None = None) -> list[PriorFactCheck]:
    sql = "SELECT * FROM prior_factchecks"
    params: list[Any] = []
    if origin:
        sql += " WHERE origin = ?"
        params.append(origin)
    return [_from_row(row) for row in lib.db.query(sql + " ORDER BY fetched_at, id", params)]


def attach(
    lib: Library, claim_id: str, factcheck: PriorFactCheck, *, stance: str = "context"
) -> Evidence:
    """Tie a published review to a claim: a source of kind "fact-check" (reused per URL)."""
    with lib.transaction():
        source = lib.sources.find(url=factcheck.url) if factcheck.url else None
        if source is None:
            source = lib.sources.add(
                url=factcheck.url,
                title=factcheck.title or factcheck.claim_text or factcheck.url,
                publisher=factcheck.publisher,
                published=factcheck.review_date,
                accessed_at=factcheck.fetched_at,
                kind="fact-check",
                note=None if factcheck.url else (factcheck.claim_text or None),
            )
        excerpt = " ".join(
            x
            for x in (
                factcheck.claim_text and f"„{factcheck.claim_text}“",
                factcheck.rating and f"— {factcheck.rating}",
            )
            if x
        )
        return lib.evidence.add(claim_id, source.id, stance=stance, excerpt=excerpt or None)
