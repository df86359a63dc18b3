"""Bring a document into the workbench from a file, a web address or pasted text.

This is the one entry point the `import` command and the app use, so limits, title
fallbacks and error messages are the same everywhere.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from workbench.core.errors import InputError
from workbench.core.evidence.extract import detect_kind, extract, looks_binary, looks_like_pdf
from workbench.core.evidence.fetch import FetchConfig, FetchResult, fetch
from workbench.core.progress import ProgressCallback, check_cancel, no_progress

MB = 1024 * 1024
#: Largest plain text, Markdown, JSON or XML file imported (bigger ones are rarely articles).
MAX_TEXT_BYTES = 10 * MB
#: Largest HTML or PDF file imported; web pages and PDFs carry markup and images.
MAX_HTML_BYTES = 20 * MB
MAX_PDF_BYTES = 20 * MB

_TYPES_BY_EXTENSION = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "application/xhtml+xml",
    ".pdf": "application/pdf",
    ".json": "application/json",
    ".xml": "application/xml",
}
_TYPES_BY_KIND = {
    "html": "text/html",
    "text": "text/plain",
    "markdown": "text/markdown",
    "pdf": "application/pdf",
    "json": "application/json",
    "xml": "application/xml",
}
_TITLE_LENGTH = 200


@dataclass(frozen=True)
class Document:
    """An imported document and where it came from; capture keeps the raw web answer."""

    text: str
    title: str
    url: str | None
    site: str | None
    author: str | None
    published: str | None
    language: str | None
    origin: str
    file_name: str | None
    content_type: str
    warnings: tuple[str, ...] = ()
    capture: FetchResult | None = None


def load_file(
    path: str | Path, *, encoding: str | None = None, lossy: bool = False, full_page: bool = False
) -> Document:
    """Import a .txt, .md, .html, .pdf, .json or .xml file, refusing oversized ones unread."""
    file = Path(path)
    name = file.name
    try:
        if file.is_dir():
            raise InputError(f"{file} is a folder, not a file.")
        if file.exists() and not file.is_file():
            raise InputError(f"{file} is not a regular file.")
        size = file.stat().st_size
        with file.open("rb") as handle:
            head = handle.read(8192)
            content_type = _content_type(file, head)
            limit = size_limit(content_type)
            if size > limit:
                raise InputError(
                    f"{name} is {size / MB:.1f} MB; files of this kind are imported "
                    f"up to {limit // MB} MB."
                )
            data = head + handle.read(limit + 1 - len(head))
    except FileNotFoundError as exc:
        raise InputError(f"No such file: {file}") from exc
    except PermissionError as exc:
        raise InputError(f"{file} can't be read (permission denied).") from exc
    except OSError as exc:
        raise InputError(f"{file} can't be read: {exc.strerror or exc}") from exc
    if len(data) > limit:  # the file grew while we read it
        raise InputError(f"{name} is larger than {limit // MB} MB and was not imported.")
    extracted = extract(
        data,
        content_type=content_type,
        file_name=name,
        full_page=full_page,
        encoding=encoding,
        lossy=lossy,
    )
    title = extracted.title or (
        first_line(extracted.text) if extracted.kind in ("text", "markdown") else None
    )
    return Document(
        text=extracted.text,
        title=title or name,
        url=None,
        site=extracted.site,
        author=extracted.author,
        published=extracted.published,
        language=extracted.language,
        origin="file",
        file_name=name,
        content_type=_TYPES_BY_KIND[extracted.kind],
        warnings=extracted.warnings,
    )


def load_url(
    url: str,
    *,
    config: FetchConfig | None = None,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
    full_page: bool = False,
) -> Document:
    """Fetch a web page and import its article text, keeping the capture for a snapshot."""
    report = progress or no_progress
    capture = fetch(url, config=config, cancel=cancel, progress=report)
    check_cancel(cancel)
    report(1, 1, "Extracting the text")
    return from_capture(capture, full_page=full_page)


def from_capture(capture: FetchResult, *, full_page: bool = False) -> Document:
    """The article in a page fetched already (by the app's background fetcher, say)."""
    extracted = extract(
        capture.body,
        content_type=capture.content_type,
        charset=capture.charset,
        url=capture.final_url,
        full_page=full_page,
    )
    title = extracted.title
    if not title and extracted.kind in ("text", "markdown"):
        title = first_line(extracted.text)
    return Document(
        text=extracted.text,
        title=title or _url_title(capture.final_url),
        url=capture.final_url,
        site=extracted.site,
        author=extracted.author,
        published=extracted.published,
        language=extracted.language,
        origin="url",
        file_name=None,
        content_type=capture.content_type,
        warnings=extracted.warnings,
        capture=capture,
    )


def from_pasted(text: str) -> Document:
    """Take text pasted by the user as it is, with line endings made uniform."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("Nothing to import: the pasted text is empty.")
    return Document(
        text=text,
        title=first_line(text) or "Pasted text",
        url=None,
        site=None,
        author=None,
        published=None,
        language=None,
        origin="pasted",
        file_name=None,
        content_type="text/plain",
    )


def size_limit(content_type: str) -> int:
    """The largest file of this type that is imported."""
    if content_type == "application/pdf":
        return MAX_PDF_BYTES
    if content_type in ("text/html", "application/xhtml+xml"):
        return MAX_HTML_BYTES
    return MAX_TEXT_BYTES


def first_line(text: str) -> str | None:
    """The first non-empty line, without Markdown heading marks, shortened for a title."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            if len(line) > _TITLE_LENGTH:
                line = line[: _TITLE_LENGTH - 1].rstrip() + "…"
            return line
    return None


def _content_type(file: Path, head: bytes) -> str:
    if looks_like_pdf(head):
        return "application/pdf"
    known = _TYPES_BY_EXTENSION.get(file.suffix.lower())
    if known is not None:
        return known
    if looks_binary(head):
        raise InputError(f"{file.name} looks like a binary file, not text.")
    return _TYPES_BY_KIND[detect_kind(head, None, file.name) or "text"]


def _url_title(url: str) -> str:
    parts = urlsplit(url)
    segment = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    return f"{parts.hostname}: {segment}" if segment else (parts.hostname or url)
