"""Capture sources as snapshots and check later whether they are still what was cited.

A fact-check cites pages that change or vanish. A snapshot keeps the bytes, the exchange
(as WARC) and the text; a check tells whether the link is alive, redirected, gone or changed.
"""

from __future__ import annotations

import contextlib
import hashlib
import http
import json
import mimetypes
import re
import threading
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag

from workbench.core.errors import FetchError, InputError, WorkbenchError
from workbench.core.evidence.extract import Extracted, extract
from workbench.core.evidence.fetch import (
    FetchConfig,
    FetchResult,
    NoSuchHost,
    RefusedContent,
    fetch,
)
from workbench.core.evidence.warc import build_resource_warc, build_warc, read_warc
from workbench.core.library.anchoring import find_quote
from workbench.core.progress import ProgressCallback, check_cancel, no_progress

if TYPE_CHECKING:
    from workbench.core.library.models import Snapshot, Source
    from workbench.core.library.store import Library

#: Sources fetched at the same time during a check; each worker has its own session.
CHECK_WORKERS = 4


@dataclass(frozen=True)
class ExcerptCheck:
    """Whether the words quoted as evidence are in the captured page."""

    evidence_id: str
    excerpt: str
    found: bool


@dataclass(frozen=True)
class Captured:
    """What capturing a source stored and learnt."""

    source_id: str
    snapshot_id: str
    final_url: str
    filled: tuple[str, ...]
    excerpts: tuple[ExcerptCheck, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class LinkState:
    """The outcome of checking one source; the same is recorded in the library."""

    source_id: str
    url: str
    state: str
    http_status: int | None
    final_url: str | None
    detail: str


@dataclass(frozen=True)
class PageCapture:
    """A fetched page and what could be read from it, not yet in any library."""

    result: FetchResult
    extracted: Extracted | None
    page_text: str | None
    warnings: tuple[str, ...]
    page_title: str | None = None
    warc: bytes | None = None


def read_page(
    url: str,
    *,
    config: FetchConfig | None = None,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
) -> PageCapture:
    """Fetch and read a page; needs no library, so it can run on any thread."""
    report = progress or no_progress
    result = fetch(url, config=config, cancel=cancel, progress=report)
    check_cancel(cancel)
    report(1, 1, "Reading the page")
    extracted, page_text, page_title, warnings = _texts(result)
    # The WARC is built here, off the UI thread: gzip of a large page takes a while.
    return PageCapture(
        result, extracted, page_text, tuple(warnings), page_title, build_warc(result)
    )


def store_page(lib: Library, source_id: str, page: PageCapture) -> Captured:
    """Keep a read page as the source's snapshot, fill its missing details, check excerpts."""
    source = lib.sources.get(source_id)
    result, extracted, page_text = page.result, page.extracted, page.page_text
    filled = _missing_details(source, extracted, result, page.page_title)
    with lib.transaction():
        snapshot = lib.snapshots.add(
            url=result.url,
            body=result.body,
            captured_at=result.captured_at,
            final_url=result.final_url,
            http_status=result.status,
            content_type=result.content_type,
            redirects=result.redirects,
            request_headers=result.request_headers,
            response_headers=result.response_headers,
            warc=page.warc or build_warc(result),
            text=extracted.text if extracted else page_text,
            source_id=source_id,
            sha256=result.sha256,
        )
        if filled:
            lib.sources.update(source_id, **filled)
    texts = [t for t in (extracted.text if extracted else None, page_text) if t]
    excerpts = tuple(
        ExcerptCheck(item.id, item.excerpt, any(_contains(t, item.excerpt) for t in texts))
        for item in _evidence_of(lib, source_id)
        if item.excerpt and item.excerpt.strip()
    )
    warnings = list(page.warnings) + [excerpt_warning(e.excerpt) for e in excerpts if not e.found]
    return Captured(
        source_id, snapshot.id, result.final_url, tuple(filled), excerpts, tuple(warnings)
    )


#: A file attached as a source is kept whole; larger ones are refused.
MAX_SOURCE_FILE = 50 * 1024 * 1024


@dataclass(frozen=True)
class FileCapture:
    """A file read as a source, not yet in any library."""

    path: str
    url: str
    body: bytes
    sha256: str
    content_type: str | None
    text: str | None
    title: str | None
    warnings: tuple[str, ...]


def read_file(
    path: Path,
    *,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
) -> FileCapture:
    """Read a file's bytes, and its text where it has any; needs no library (any thread)."""
    from workbench.core.evidence import documents

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path} can't be read: {exc.strerror or exc}.") from exc
    if not path.is_file():
        raise InputError(f"{path} is not a file.")
    if size > MAX_SOURCE_FILE:
        raise InputError(f"{path.name} is larger than {MAX_SOURCE_FILE // (1024 * 1024)} MB.")
    (progress or no_progress)(0, 1, path.name)
    body = path.read_bytes()
    check_cancel(cancel)
    text = title = None
    warnings: tuple[str, ...] = ()
    try:
        document = documents.load_file(path, lossy=True)
        text, title = document.text, document.title
    except WorkbenchError as exc:  # the file is kept even when no text can be read from it
        warnings = (f"No text could be read from {path.name} ({exc}); its bytes are kept.",)
    return FileCapture(
        str(path.resolve()),
        path.resolve().as_uri(),
        body,
        hashlib.sha256(body).hexdigest(),
        mimetypes.guess_type(path.name)[0],
        text,
        title,
        warnings,
    )


def store_file(
    lib: Library, capture: FileCapture, *, title: str | None = None, kind: str = "document"
) -> Source:
    """Add the file as a source with its bytes as a snapshot, so the evidence can't change."""
    with lib.transaction():
        source = lib.sources.add(
            file_name=capture.path,
            title=title or capture.title or Path(capture.path).name,
            kind=kind,
        )
        lib.snapshots.add(
            url=capture.url,
            body=capture.body,
            content_type=capture.content_type,
            text=capture.text,
            source_id=source.id,
            sha256=capture.sha256,
        )
    return source


def capture_source(
    lib: Library,
    source_id: str,
    *,
    config: FetchConfig | None = None,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
) -> Captured:
    """Fetch a source's page, keep it as a snapshot and look up the quoted excerpts in it."""
    source = lib.sources.get(source_id)
    if not source.url:
        raise InputError(f"The source {source.label!r} has no web address to capture.")
    page = read_page(source.url, config=config, cancel=cancel, progress=progress)
    return store_page(lib, source_id, page)


def check_sources(
    lib: Library,
    source_ids: Iterable[str] | None = None,
    *,
    claim_id: str | None = None,
    config: FetchConfig | None = None,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
    workers: int = CHECK_WORKERS,
) -> list[LinkState]:
    """Check web sources (all, a claim's, or those given), recording each result as it comes."""
    if source_ids is None:
        chosen = lib.sources.list(claim_id=claim_id)
    else:
        chosen = [lib.sources.get(source_id) for source_id in source_ids]
    targets = [(s, lib.snapshots.latest(s.id)) for s in chosen if s.url]
    report = progress or no_progress
    stop = cancel or threading.Event()
    results: list[LinkState] = []
    report(0, len(targets), "Checking sources")
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures: dict[Future[_Probe], tuple[Source, Snapshot | None]] = {
            pool.submit(_probe, str(source.url), config, stop): (source, snapshot)
            for source, snapshot in targets
        }
        try:
            for future in as_completed(futures):
                source, snapshot = futures[future]
                state = _judge(source, snapshot, future.result())
                lib.sources.record_link_check(
                    source.id,
                    state.state,
                    http_status=state.http_status,
                    final_url=state.final_url,
                    sha256=future.result().sha256,
                    detail=state.detail,
                )
                results.append(state)
                report(len(results), len(targets), f"{state.state}: {source.label}")
                check_cancel(cancel)
        except BaseException:
            stop.set()  # let the other workers give up quickly
            raise
    order = {source.id: index for index, (source, _) in enumerate(targets)}
    return sorted(results, key=lambda r: order[r.source_id])


def check_source(lib: Library, source_id: str, *, config: FetchConfig | None = None) -> LinkState:
    """Check one web source now."""
    if not lib.sources.get(source_id).url:
        raise InputError("This source has no web address to check.")
    return check_sources(lib, [source_id], config=config, workers=1)[0]


def snapshot_text(snapshot: Snapshot) -> str:
    """The text of a stored snapshot, read again from its bytes if it was kept without."""
    if snapshot.text:
        return snapshot.text
    if not snapshot.body:
        raise InputError("This snapshot holds no text.")
    try:
        return extract(snapshot.body, content_type=snapshot.content_type, url=snapshot.url).text
    except WorkbenchError:
        return extract(
            snapshot.body, content_type=snapshot.content_type, full_page=True, lossy=True
        ).text


def snapshot_texts(snapshot: Snapshot) -> list[str]:
    """Where an excerpt may be: the stored text, then (for a web page) all its visible text."""
    texts = [snapshot_text(snapshot)]
    if snapshot.body and "html" in (snapshot.content_type or ""):
        with contextlib.suppress(WorkbenchError):
            texts.append(
                extract(
                    snapshot.body, content_type=snapshot.content_type, full_page=True, lossy=True
                ).text
            )
    return texts


def excerpt_found(texts: list[str], excerpt: str) -> bool:
    """Whether the quoted words are in one of the texts, whatever the spacing and quote marks,
    as whole words and numbers: "17 Prozent" is not in "16,97 Prozent" nor "7" in "17"."""
    return any(_contains(text, excerpt) for text in texts)


def check_excerpt(lib: Library, source_id: str, excerpt: str | None) -> bool | None:
    """Whether the excerpt is in the latest snapshot of the source (a page or a file, read the
    same way); None when there is no excerpt or no snapshot text to look in."""
    if not excerpt or not excerpt.strip():
        return None
    snapshots = lib.snapshots.list(source_id=source_id)
    if not snapshots:
        return None
    try:
        texts = snapshot_texts(lib.snapshots.get(snapshots[-1].id))
    except WorkbenchError:
        return False  # a file without readable text can't hold the quoted words
    return excerpt_found(texts, excerpt)


def excerpt_warning(excerpt: str, *, file: bool = False) -> str:
    """The one line that says a quoted excerpt is not in what was captured."""
    where = "the file's text" if file else "the captured page"
    return f"The excerpt {_short(excerpt)!r} was not found in {where}."


def snapshot_warc(snapshot: Snapshot) -> bytes:
    """The snapshot as a WARC file, checked against the stored SHA-256 before it is handed out."""
    if snapshot.body is None:
        raise InputError("The snapshot was read without its bytes.")
    data = snapshot.warc or _rebuild_warc(snapshot)
    archived = read_warc(data)
    if archived.payload != snapshot.body:
        raise InputError("The snapshot's WARC doesn't hold the stored page; it was not exported.")
    return data


# -- internals ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Probe:
    result: FetchResult | None
    error: FetchError | None
    text: str | None

    @property
    def sha256(self) -> str | None:
        return self.result.sha256 if self.result and self.result.status < 300 else None


def _probe(url: str, config: FetchConfig | None, cancel: threading.Event) -> _Probe:
    """Fetch for a check (runs on a worker thread; no library access here)."""
    try:
        result = fetch(url, config=config, cancel=cancel, raise_for_status=False)
    except FetchError as exc:
        return _Probe(None, exc, None)
    text = None
    if result.status < 300:
        try:
            text = extract(
                result.body,
                content_type=result.content_type,
                charset=result.charset,
                url=result.final_url,
            ).text
        except WorkbenchError:
            text = None
    return _Probe(result, None, text)


def _judge(source: Source, snapshot: Snapshot | None, probe: _Probe) -> LinkState:
    url = str(source.url)
    if probe.result is None:
        error = probe.error
        if isinstance(error, NoSuchHost):
            return LinkState(source.id, url, "gone", None, None, str(error))
        if isinstance(error, RefusedContent) and snapshot is not None:
            return LinkState(source.id, url, "changed", None, None, str(error))
        return LinkState(source.id, url, "error", None, None, str(error))
    result = probe.result
    if result.status == 429 or result.status >= 400:
        state = "error" if result.status == 429 else "gone"
        detail = f"The server answered {result.status} {_phrase(result.status)}."
        return LinkState(source.id, url, state, result.status, result.final_url, detail)
    landed = _same_place(result.final_url, snapshot.final_url if snapshot else url)
    moved = "" if landed else f" It now leads to {result.final_url}."
    if snapshot is not None and result.sha256 != snapshot.sha256:
        if probe.text and snapshot.text and _words(probe.text) == _words(snapshot.text):
            detail = f"The page's bytes differ from the snapshot, but its text is the same.{moved}"
        else:
            detail = f"The page differs from the snapshot of {snapshot.captured_at[:10]}.{moved}"
            return LinkState(source.id, url, "changed", result.status, result.final_url, detail)
    elif snapshot is not None:
        detail = "The page is the same as in the snapshot."
    else:
        detail = "The page is there (no snapshot to compare with)."
    if not landed:
        return LinkState(
            source.id, url, "redirected", result.status, result.final_url, moved.strip()
        )
    return LinkState(source.id, url, "alive", result.status, result.final_url, detail)


def _texts(
    result: FetchResult,
) -> tuple[Extracted | None, str | None, str | None, list[str]]:
    """The article, and the page's whole visible text (and title) where the article fails."""
    warnings: list[str] = []
    options: dict[str, Any] = {
        "content_type": result.content_type,
        "charset": result.charset,
        "url": result.final_url,
    }
    extracted: Extracted | None = None
    try:
        extracted = extract(result.body, **options)
        warnings += extracted.warnings
    except WorkbenchError as exc:
        warnings.append(str(exc))
    page_text = page_title = None
    if extracted is None or extracted.kind == "html":
        try:
            page = extract(result.body, full_page=True, lossy=True, **options)
            page_text, page_title = page.text, page.title
        except WorkbenchError:
            page_text = None
    return extracted, page_text, page_title, warnings


def _missing_details(
    source: Source, extracted: Extracted | None, result: FetchResult, page_title: str | None
) -> dict[str, str]:
    """Title, publisher, author, date and access date where the source has none yet."""
    found = {
        "title": (extracted.title if extracted else None) or page_title,
        "publisher": extracted.site if extracted else None,
        "author": extracted.author if extracted else None,
        "published": extracted.published if extracted else None,
        "accessed_at": result.captured_at,
    }
    return {k: v for k, v in found.items() if v and not getattr(source, k)}


def _evidence_of(lib: Library, source_id: str) -> list[Any]:
    return lib.evidence.for_source(source_id)


def _contains(text: str, excerpt: str) -> bool:
    try:
        spans = find_quote(text, excerpt.strip())
    except InputError:
        return False
    return any(_whole(text, start, end) for start, end in spans)


_WORD = re.compile(r"\w")
_NUMBER_BEFORE = re.compile(r"\d[.,]$")
_NUMBER_AFTER = re.compile(r"[.,]\d")


def _whole(text: str, start: int, end: int) -> bool:
    """A found span neither starts nor ends inside a word or a number ("16,9|7 Prozent")."""
    first, last = text[start : start + 1], text[end - 1 : end]
    if _WORD.match(first):
        if start > 0 and _WORD.match(text[start - 1]):
            return False
        if first.isdigit() and _NUMBER_BEFORE.search(text[max(0, start - 2) : start]):
            return False
    if _WORD.match(last):
        if end < len(text) and _WORD.match(text[end]):
            return False
        if last.isdigit() and _NUMBER_AFTER.match(text, end):
            return False
    return True


def _words(text: str) -> list[str]:
    return text.split()


def _same_place(first: str, second: str | None) -> bool:
    return second is not None and urldefrag(first).url == urldefrag(second).url


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _rebuild_warc(snapshot: Snapshot) -> bytes:
    """A WARC from the stored exchange, for snapshots stored without one (files, imports)."""
    if snapshot.http_status is None or not snapshot.url.startswith(("http://", "https://")):
        return build_resource_warc(
            snapshot.url,
            snapshot.body or b"",
            content_type=snapshot.content_type,
            captured_at=_warc_date(snapshot.captured_at),
        )

    def pairs(value: str | None) -> tuple[tuple[str, str], ...]:
        return tuple((str(k), str(v)) for k, v in json.loads(value or "[]"))

    body = snapshot.body or b""
    capture = FetchResult(
        url=snapshot.url,
        final_url=snapshot.final_url or snapshot.url,
        status=snapshot.http_status,
        reason=_phrase(snapshot.http_status),
        content_type=snapshot.content_type or "",
        charset=None,
        request_headers=pairs(snapshot.request_headers),
        response_headers=pairs(snapshot.response_headers),
        body=body,
        sha256=snapshot.sha256,
        captured_at=_warc_date(snapshot.captured_at),
        redirects=tuple(
            (str(u), int(s), str(t)) for u, s, t in json.loads(snapshot.redirects or "[]")
        ),
    )
    return build_warc(capture)


def _phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


def _warc_date(stamp: str) -> str:
    """WARC-Date wants 'Z', the library may store '+00:00'."""
    return stamp.replace("+00:00", "Z")
