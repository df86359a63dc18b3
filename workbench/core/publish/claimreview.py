"""ClaimReview JSON-LD out and in: the exchange format of the fact-checking field.

Out: one review per claim that has a verdict and is no longer open; a review without its own
URL or author is named in a warning instead of being written with an empty or invented value.
In: ClaimReview from a file, a JSON-LD document or a fact-check page's `application/ld+json`
blocks becomes prior fact-checks in the library; the workbench's own export comes back
unchanged, and importing the same reviews twice adds nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.core.errors import InputError
from workbench.core.evidence.prior import PriorFactCheck, factcheck_id, http_url, store
from workbench.core.timeutil import now_iso

if TYPE_CHECKING:
    from workbench.core.library.models import Article, Claim
    from workbench.core.library.store import Library

#: Claims in these states are still being worked on and are not published by default.
OPEN_STATUSES = ("open", "researching", "dismissed")
MAX_IMPORT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ExportResult:
    reviews: list[dict[str, Any]]
    warnings: list[str] = field(default_factory=list)
    skipped_open: int = 0


def export_reviews(
    lib: Library,
    article_id: str | None = None,
    *,
    include_open: bool = False,
    claim_ids: set[str] | None = None,
) -> ExportResult:
    """One schema.org ClaimReview per claim with a verdict (withdrawn verdicts are left out)."""
    organisation = (lib.settings.get("organisation") or "").strip()
    organisation_url = http_url(lib.settings.get("organisation_url") or "")
    reviews: list[dict[str, Any]] = []
    warnings: list[str] = []
    skipped = 0
    if (lib.settings.get("organisation_url") or "").strip() and not organisation_url:
        warnings.append("The organisation URL is not an http(s) address and was left out.")
    articles: dict[str, Article] = {}
    for claim in lib.claims.list(article_id=article_id):
        if not claim.rating_key or not claim.scale:
            continue
        if claim_ids is not None and claim.id not in claim_ids:
            continue
        if claim.status in OPEN_STATUSES and not include_open:
            skipped += 1
            continue
        if claim.article_id not in articles:
            articles[claim.article_id] = lib.articles.get(claim.article_id, with_text=False)
        review, missing = _review(
            lib, claim, articles[claim.article_id], organisation, organisation_url
        )
        if missing:
            warnings.append(
                f"Claim {claim.id[:8]} ({_short(claim.label)}) has no {' and no '.join(missing)};"
                " its review is incomplete."
            )
        reviews.append(review)
    return ExportResult(reviews, warnings, skipped)


def _short(text: str, width: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _review(
    lib: Library,
    claim: Claim,
    article: Article,
    organisation: str,
    organisation_url: str | None,
) -> tuple[dict[str, Any], list[str]]:
    scale = lib.scales.get(claim.scale)
    rating = scale.get(claim.rating_key or "")
    verdicts = lib.verdicts.list(claim.id)
    latest = verdicts[-1] if verdicts else None
    article_url = http_url(article.url)
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if article_url:
        appearance["url"] = article_url
    if article.title:
        appearance["headline"] = article.title
    if article.site:
        appearance["publisher"] = {"@type": "Organization", "name": article.site}
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if claim.claimant:
        item["author"] = {"@type": _party_type(claim.claimant), "name": claim.claimant}
    elif article.author:
        item["author"] = {"@type": "Person", "name": article.author}
    claim_date = claim.claim_date or article.published
    if claim_date:
        item["datePublished"] = claim_date[:10]
    if article_url:
        item["firstAppearance"] = {"@type": "CreativeWork", "url": article_url}
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.statement or claim.quote,
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating.value if rating else claim.rating_value,
            "bestRating": scale.best,
            "worstRating": scale.worst,
            "alternateName": rating.alternate_name if rating else claim.rating,
            "name": rating.label(scale.language) if rating else claim.rating,
        },
        "datePublished": (latest.created_at if latest else claim.updated_at)[:10],
    }
    missing = []
    url = http_url(claim.review_url) or organisation_url
    if url:
        review["url"] = url
    else:
        missing.append("review URL")
    if organisation:
        review["author"] = {"@type": "Organization", "name": organisation}
        if organisation_url:
            review["author"]["url"] = organisation_url
    else:
        missing.append("author (set one with `workbench config organisation NAME`)")
    if latest and latest.rationale:
        review["reviewBody"] = latest.rationale
    if scale.language:
        review["inLanguage"] = article.language or scale.language
    return review, missing


def _party_type(name: str) -> str:
    """A rough guess whether a claimant is an organisation; ClaimReview wants one of the two."""
    markers = {
        "ag",
        "gmbh",
        "inc",
        "ltd",
        "corp",
        "ministerium",
        "ministry",
        "agency",
        "partei",
        "party",
        "institut",
        "institute",
        "bank",
        "regierung",
        "government",
        "news",
        "zeitung",
        "times",
    }
    return "Organization" if markers & set(name.lower().split()) else "Person"


def to_json(reviews: Any) -> str:
    """JSON-LD text that can sit inside a `<script>` element: `</` never appears in it."""
    text = json.dumps(reviews, ensure_ascii=False, indent=2)
    # No "</" (it would close the element) nor any other markup: < > & travel as escapes.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    # Characters that reorder or break lines on screen travel as escapes; the data is the same.
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


_INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\u2028\u2029]")


# -- import ---------------------------------------------------------------------------------


def find_reviews(data: Any) -> list[dict[str, Any]]:
    """Every ClaimReview object in a JSON-LD document: a list, an @graph, or nested."""
    found: list[dict[str, Any]] = []

    def walk(node: Any, depth: int) -> None:
        if depth > 20:
            return
        if isinstance(node, list):
            for item in node:
                walk(item, depth + 1)
        elif isinstance(node, dict):
            kind = node.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if "ClaimReview" in kinds:
                found.append(node)
                return
            for key in ("@graph", "mainEntity", "review", "hasPart"):
                if key in node:
                    walk(node[key], depth + 1)

    walk(data, 0)
    return found


_LD_SCRIPT = re.compile(
    rb"<script[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)


def reviews_from_bytes(body: bytes, name: str) -> list[dict[str, Any]]:
    """ClaimReviews from a JSON(-LD) file or from the JSON-LD blocks of an HTML page."""
    stripped = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"["):
        try:
            data = json.loads(stripped.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise InputError(f"{name} is not valid JSON: {exc}.") from exc
        return find_reviews(data)
    reviews: list[dict[str, Any]] = []
    for block in _LD_SCRIPT.findall(body):
        try:
            text = block.decode("utf-8").strip()
            if text.startswith("<!--"):
                text = text.removeprefix("<!--").removesuffix("-->")
            reviews.extend(find_reviews(json.loads(text)))
        except (UnicodeDecodeError, ValueError):
            continue  # a broken block among good ones: keep what can be read
    return reviews


def load_reviews(source: str) -> list[dict[str, Any]]:
    """ClaimReviews from a file or an http(s) URL (a fact-check page or a JSON-LD file)."""
    if source.lower().startswith(("http://", "https://")):
        from workbench.core.evidence.fetch import fetch

        result = fetch(source)
        body = result.body
    elif "://" in source:
        raise InputError(f"Only http and https addresses can be read, not {source!r}.")
    else:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_IMPORT_BYTES:
                raise InputError(f"{source} is too large for a ClaimReview file.")
            body = path.read_bytes()
        except OSError as exc:
            raise InputError(f"Can't read {source}: {exc.strerror or exc}.") from exc
    reviews = reviews_from_bytes(body, source)
    if not reviews:
        raise InputError(f"{source} contains no ClaimReview.")
    return reviews


def _dig(node: Any, *keys: str) -> Any:
    for key in keys:
        if isinstance(node, list):
            node = node[0] if node else None
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def _as_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def as_factcheck(review: dict[str, Any], fetched_at: str) -> PriorFactCheck:
    """A ClaimReview as a prior fact-check; the whole object is kept, so nothing is lost."""
    url = http_url(review.get("url"))
    claim_text = _as_text(review.get("claimReviewed"))
    rating = _as_text(_dig(review, "reviewRating", "alternateName")) or _as_text(
        _dig(review, "reviewRating", "name")
    )
    publisher_site = http_url(_dig(review, "author", "url"))
    return PriorFactCheck(
        id=factcheck_id(url, claim_text),
        origin="claimreview",
        claim_text=claim_text,
        claimant=_as_text(_dig(review, "itemReviewed", "author", "name")),
        claim_date=_as_text(_dig(review, "itemReviewed", "datePublished")),
        publisher=_as_text(_dig(review, "author", "name")),
        publisher_site=publisher_site,
        url=url,
        title=_as_text(review.get("name")) or _as_text(review.get("headline")),
        review_date=_as_text(review.get("datePublished")),
        rating=rating,
        language=_as_text(review.get("inLanguage")),
        fetched_at=fetched_at,
        data=review,
    )


def import_reviews(lib: Library, reviews: list[dict[str, Any]]) -> dict[str, int]:
    """Keep the reviews as prior fact-checks; those already in the library are skipped."""
    fetched_at = now_iso()
    items = [as_factcheck(r, fetched_at) for r in reviews]
    unique = list({i.id: i for i in items}.values())
    imported = store(lib, unique)
    return {"found": len(reviews), "imported": imported, "skipped": len(reviews) - imported}
