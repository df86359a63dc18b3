"""The library's own archive first: claims already checked that say much the same.

Candidates come from the full-text index over quotes and statements (every word as a prefix
of its first letters, so "verlor" finds "verloren" and "Verlust"), across all articles; they
are then ranked by fuzzy word overlap, with numbers counted extra because a claim that shares
its figures is usually the same claim.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from workbench.core.errors import DamagedLibraryError

if TYPE_CHECKING:
    from workbench.core.library.models import Claim
    from workbench.core.library.store import Library

STEM = 5
CANDIDATES = 200
MIN_SCORE = 40.0
STOPWORDS = frozenset(
    """
    der die das den dem des ein eine einer eines einem einen und oder aber auch nicht noch nur
    ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien im in am an auf
    aus bei mit nach von vor zu zum zur für über unter um als wie so dass daß es er sie wir ihr
    sich man mehr sehr schon bereits dieser diese dieses jener ihre ihren seinen seine sein
    the a an and or but not only also is are was were be been being has have had of in on at
    to for from by with as that this these those it its he she they we you their his her than
    then there here about into over under more most very already will would can could
    """.split()  # noqa: SIM905
)
_WORD = re.compile(r"\w+", re.UNICODE)
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e"})


@dataclass(frozen=True)
class SimilarClaim:
    claim: Claim
    article_title: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 1),
            "claim_id": self.claim.id,
            "article_id": self.claim.article_id,
            "article_title": self.article_title,
            "quote": self.claim.quote,
            "statement": self.claim.statement,
            "claimant": self.claim.claimant,
            "status": self.claim.status,
            "scale": self.claim.scale,
            "rating": self.claim.rating,
        }


def words(text: str) -> list[str]:
    """Lower-case, accent-folded words, without the most common function words."""
    folded = text.casefold().translate(_FOLD)
    return [w for w in _WORD.findall(folded) if w not in STOPWORDS and (len(w) > 2 or w.isdigit())]


def _numbers(text: str) -> set[str]:
    return {n.replace(",", ".") for n in re.findall(r"\d+(?:[.,]\d+)?", text)}


def _stems(tokens: list[str]) -> list[str]:
    return [t if t.isdigit() else t[:STEM] for t in tokens]


def _match_expression(tokens: list[str]) -> str | None:
    stems = sorted(set(_stems(tokens)))[:40]
    if not stems:
        return None
    return " OR ".join('"' + s.replace('"', '""') + '"*' for s in stems)


def score(query: str, candidate: str) -> float:
    """How alike two claims read, 0-100: fuzzy overlap of their word stems, the share of stems
    they have in common (of the longer one, so a short claim inside a long one is no match),
    and shared figures."""
    a, b = _stems(words(query)), _stems(words(candidate))
    if not a or not b:
        return 0.0
    set_a, set_b = set(a), set(b)
    text_a, text_b = " ".join(a), " ".join(b)
    base = fuzz.token_set_ratio(text_a, text_b) * 0.3 + fuzz.token_sort_ratio(text_a, text_b) * 0.3
    base += 40.0 * len(set_a & set_b) / max(len(set_a), len(set_b))
    numbers_a, numbers_b = _numbers(query), _numbers(candidate)
    if numbers_a and numbers_b:
        base += 10.0 if numbers_a & numbers_b else -10.0
    return max(0.0, min(100.0, base))


def find_similar(
    lib: Library,
    text: str,
    *,
    exclude: set[str] | None = None,
    limit: int = 10,
    min_score: float = MIN_SCORE,
) -> list[SimilarClaim]:
    """Claims in the library that read like `text`, best first, with their verdicts."""
    expression = _match_expression(words(text))
    if expression is None:
        return []
    try:
        rows = lib.db.execute(
            "SELECT c.id, a.title, coalesce(c.statement, '') || ' ' || c.quote"
            " FROM claims_fts f JOIN claims c ON c.rowid = f.rowid"
            " JOIN articles a ON a.id = c.article_id"
            " WHERE claims_fts MATCH ? AND c.deleted_at IS NULL"
            f" ORDER BY bm25(claims_fts) LIMIT {CANDIDATES}",
            [expression],
        ).fetchall()
    except sqlite3.DatabaseError as exc:
        raise DamagedLibraryError(
            f"The search index of the library can't be read ({exc}); run `workbench check`."
        ) from exc
    skip = exclude or set()
    scored = [
        (score(text, body), claim_id, title)
        for claim_id, title, body in rows
        if claim_id not in skip
    ]
    scored = [s for s in scored if s[0] >= min_score]
    scored.sort(key=lambda s: -s[0])
    return [
        SimilarClaim(lib.claims.get(claim_id), title, value)
        for value, claim_id, title in scored[:limit]
    ]


def similar_to_claim(lib: Library, claim_id: str, *, limit: int = 10) -> list[SimilarClaim]:
    """Claims like this one, in this and other articles (the claim itself left out)."""
    claim = lib.claims.get(claim_id)
    text = " ".join(x for x in (claim.statement, claim.quote) if x)
    return find_similar(lib, text, exclude={claim.id}, limit=limit)
