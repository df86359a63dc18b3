"""Putting a loaded document into the library: the article, its language and its snapshot.

The CLI and the app both import through store_document, so that a web page always arrives with
the exact bytes it was read from, in the same transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.core.library.models import ImportResult

if TYPE_CHECKING:
    from workbench.core.evidence.documents import Document
    from workbench.core.library.store import Library


def store_document(
    lib: Library,
    document: Document,
    *,
    title: str | None = None,
    language: str | None = None,
    warc: bytes | None = None,
) -> ImportResult:
    """Add the document as an article (or a new text version) and keep its capture.

    A WARC built beforehand (on a worker thread) is stored as given; otherwise it is built here.
    """
    if not language and not document.language:
        from workbench.core.language.detect import detect_language

        language = detect_language(document.text[:20000])
    with lib.transaction():
        result = lib.articles.add(
            document.text,
            title=title or document.title,
            url=document.url,
            site=document.site,
            author=document.author,
            published=document.published,
            language=language or document.language,
            origin=document.origin,
            file_name=document.file_name,
        )
        capture = document.capture
        if capture is not None and (result.created or result.new_version):
            from workbench.core.evidence.warc import build_warc

            lib.snapshots.add(
                url=capture.url,
                body=capture.body,
                captured_at=capture.captured_at,
                final_url=capture.final_url,
                http_status=capture.status,
                content_type=capture.content_type,
                redirects=capture.redirects,
                request_headers=capture.request_headers,
                response_headers=capture.response_headers,
                warc=warc or build_warc(capture),
                text=document.text,
                article_id=result.article.id,
                sha256=capture.sha256,
            )
    return result
