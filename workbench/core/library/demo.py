"""The worked demo case: a German article on the DeepSeek shock, checked halfway through.

Its text and case file ship in resources/demo inside the package, so a new user sees claims in
several states, sources with excerpts and verdicts on two scales without any network.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.core.library.store import Library

DEMO_CASE = "deepseek.json"
DEMO_AUTHOR = "Demo-Redaktion"


def _read(name: str) -> str:
    return resources.files("workbench.resources").joinpath("demo", name).read_text("utf-8")


def load_case() -> dict[str, Any]:
    case: dict[str, Any] = json.loads(_read(DEMO_CASE))
    case["article"]["text"] = _read(case["article"]["file"])
    return case


def build_demo(lib: Library) -> str:
    """Add the demo case to the library (once) and return its article's id."""
    case = load_case()
    meta = case["article"]
    existing = lib.articles.find_by_url(meta["url"])
    if existing is not None:
        return existing.id
    actor, lib.actor = lib.actor, DEMO_AUTHOR
    try:
        return _build(lib, case, meta)
    finally:
        lib.actor = actor


def _build(lib: Library, case: dict[str, Any], meta: dict[str, Any]) -> str:
    for key, value in case.get("settings", {}).items():
        if not lib.settings.get(key):
            lib.settings.set(key, value)
    result = lib.articles.add(
        meta["text"],
        title=meta["title"],
        url=meta["url"],
        site=meta["site"],
        author=meta["author"],
        published=meta["published"],
        language=meta["language"],
        origin="file",
        file_name=meta["file"],
    )
    article_id = result.article.id
    sources = {
        key: lib.sources.find(url=spec.get("url")) or lib.sources.add(**spec)
        for key, spec in case["sources"].items()
    }
    for spec in case["claims"]:
        claim = lib.claims.add(
            article_id,
            quote=spec["quote"],
            statement=spec.get("statement"),
            claimant=spec.get("claimant"),
            claim_date=spec.get("claim_date"),
            priority=spec.get("priority", 0),
        )
        for item in spec.get("evidence", []):
            lib.evidence.add(
                claim.id,
                sources[item["source"]].id,
                stance=item["stance"],
                excerpt=item.get("excerpt") or None,
                note=item.get("note"),
            )
        for verdict in spec.get("verdicts", []):
            lib.verdicts.add(
                claim.id,
                verdict["rating"],
                scale=verdict["scale"],
                rationale=verdict.get("rationale"),
                author="Demo-Redaktion",
            )
        if spec.get("status", "open") != "open":
            lib.claims.update(claim.id, status=spec["status"])
    return article_id
