"""ClaimReview JSON-LD for publishing verdicts, and the whole case as JSON for archiving."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench import __version__

if TYPE_CHECKING:
    from workbench.core.library.models import Article, Claim
    from workbench.core.library.store import Library


def claimreview(lib: Library, article_id: str | None = None) -> list[dict[str, Any]]:
    """One schema.org ClaimReview per claim that has a verdict (withdrawn verdicts are left out)."""
    organisation = lib.settings.get("organisation") or ""
    organisation_url = lib.settings.get("organisation_url") or ""
    reviews = []
    articles: dict[str, Article] = {}
    for claim in lib.claims.list(article_id=article_id):
        if not claim.rating_key or not claim.scale:
            continue
        if claim.article_id not in articles:
            articles[claim.article_id] = lib.articles.get(claim.article_id, with_text=False)
        reviews.append(
            _review(lib, claim, articles[claim.article_id], organisation, organisation_url)
        )
    return reviews


def _review(
    lib: Library, claim: Claim, article: Article, organisation: str, organisation_url: str
) -> dict[str, Any]:
    scale = lib.scales.get(claim.scale)
    rating = scale.get(claim.rating_key or "")
    verdicts = lib.verdicts.list(claim.id)
    latest = verdicts[-1] if verdicts else None
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if article.url:
        appearance["url"] = article.url
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
    if article.url:
        item["firstAppearance"] = {"@type": "CreativeWork", "url": article.url}
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
        "url": claim.review_url or organisation_url or article.url or "",
        "author": {"@type": "Organization", "name": organisation or "Fact-check Workbench user"},
    }
    if organisation_url:
        review["author"]["url"] = organisation_url
    if latest and latest.rationale:
        review["reviewBody"] = latest.rationale
    if scale.language:
        review["inLanguage"] = article.language or scale.language
    return review


def _party_type(name: str) -> str:
    """A rough guess whether a claimant is an organisation; ClaimReview wants one of the two."""
    markers = (
        "AG",
        "GmbH",
        "Inc",
        "Ltd",
        "Corp",
        "Ministerium",
        "Ministry",
        "Agency",
        "Partei",
        "Party",
        "Institut",
        "Institute",
        "Bank",
        "Regierung",
        "Government",
        "News",
        "Zeitung",
        "Times",
    )
    return "Organization" if any(m.lower() in name.lower().split() for m in markers) else "Person"


def case_json(lib: Library, article_id: str | None = None) -> dict[str, Any]:
    """The whole case: articles (with text and versions), claims, sources, evidence, verdicts."""
    articles = (
        [lib.articles.get(article_id)]
        if article_id
        else [lib.articles.get(a.id) for a in lib.articles.list()]
    )
    claims = lib.claims.list(article_id=article_id, include_deleted=True)
    evidence = [e for c in claims for e in lib.evidence.for_claim(c.id)]
    source_ids = {e.source_id for e in evidence}
    sources = [lib.sources.get(s) for s in sorted(source_ids)] if article_id else lib.sources.list()
    return {
        "format": "factcheck-workbench-case",
        "version": 1,
        "generator": f"Fact-check Workbench {__version__}",
        "articles": [
            {**a.to_dict(), "versions": [v.to_dict() for v in lib.articles.versions(a.id)]}
            for a in articles
        ],
        "claims": [c.to_dict() for c in claims],
        "sources": [s.to_dict() for s in sources],
        "evidence": [{k: v for k, v in e.to_dict().items() if k != "source"} for e in evidence],
        "verdicts": [v.to_dict() for c in claims for v in lib.verdicts.list(c.id)],
        "scales": [s.to_dict() for s in lib.scales.list()],
    }


def write_json(data: Any, path: str | Path) -> None:
    """Write JSON atomically: a half-written export never replaces a good one."""
    target = Path(path)
    temporary = target.with_name(target.name + ".part")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    temporary.replace(target)
