"""Suggestions for an article in the library: what the fact-checker still has to decide on.

A sentence that overlaps a claim is covered by it; a sentence the user dismissed stays
dismissed wherever it sits in the article (texts are compared ignoring blanks).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

from workbench.core.language.suggest import DEFAULT_THRESHOLD, Suggestion, SuggestionResult, suggest
from workbench.core.progress import ProgressCallback, no_progress

if TYPE_CHECKING:
    from workbench.core.library.models import Claim
    from workbench.core.library.store import Library


def same_text(text: str) -> str:
    """Texts compared for "already dismissed": blanks and line breaks don't count."""
    return " ".join(text.split())


def open_suggestions(
    suggestions: Iterable[Suggestion], claims: Iterable[Claim], dismissed_texts: Iterable[str]
) -> list[Suggestion]:
    """The suggestions not covered by a claim nor dismissed, highest score first."""
    spans = [
        (c.start, c.end)
        for c in claims
        if c.start is not None and c.end is not None and not c.orphaned and c.deleted_at is None
    ]
    gone = {same_text(text) for text in dismissed_texts}
    kept = [
        s
        for s in suggestions
        if same_text(s.text) not in gone
        and not any(start < s.end and s.start < end for start, end in spans)
    ]
    return sorted(kept, key=lambda s: (-s.score, s.start))


def suggest_for_article(
    lib: Library,
    article_id: str,
    *,
    language: str | None = None,
    min_score: float = DEFAULT_THRESHOLD,
    progress: ProgressCallback = no_progress,
    cancel: threading.Event | None = None,
) -> SuggestionResult:
    """Suggestions for a stored article, leaving out claimed and dismissed sentences."""
    article = lib.articles.get(article_id)
    result = suggest(
        article.text or "",
        language=language or article.language,
        min_score=min_score,
        progress=progress,
        cancel=cancel,
    )
    dismissed = [row["text"] for row in lib.dismissals.list(article_id)]
    kept = open_suggestions(result.suggestions, lib.claims.list(article_id=article_id), dismissed)
    return SuggestionResult(result.language, kept, result.note)
