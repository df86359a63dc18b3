"""Bring a document into the workbench from a file, a web address or pasted text.

This is the one entry point the `import` command and the app use, so limits, title
fallbacks and error messages are the same everywhere.
"""

from __future__ import annotations

import re
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
#: A first line longer than this is a paragraph, not a title: its first words are used.
_TITLE_LENGTH = 120
#: How much of a first paragraph makes a title: about one line in a list.
_TITLE_WORDS_LENGTH = 80


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


def from_pasted(
    text: str,
    *,
    title: str | None = None,
    author: str | None = None,
    published: str | None = None,
    language: str | None = None,
    url: str | None = None,
) -> Document:
    """Take text pasted by the user as it is, with line endings made uniform, and the details
    the user gave about it (a date in any common form, stored as ISO)."""
    from workbench.core.dates import optional_date

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("Nothing to import: the pasted text is empty.")
    if language is not None and language not in ("de", "en"):
        raise InputError(f"{language!r} is not a language of the workbench (de or en).")
    url = (url or "").strip() or None
    if url is not None and not url.lower().startswith(("http://", "https://")):
        raise InputError(f"{url!r} is not a web address: it should start with https://.")
    return Document(
        text=text,
        title=" ".join((title or "").split()) or first_line(text) or "Pasted text",
        url=url,
        site=None,
        author=(author or "").strip() or None,
        published=optional_date(published),
        language=language,
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
    """The first non-empty line, without Markdown heading marks, as a title; of a first line
    that is a whole paragraph, only its first words (a title is not five lines long)."""
    for line in text.splitlines():
        line = " ".join(line.strip().lstrip("#").split())
        if line:
            return line if len(line) <= _TITLE_LENGTH else _first_words(line)
    return None


def _first_words(paragraph: str) -> str:
    """The paragraph's first sentence if it is short, else its first words and "…"."""
    sentence = re.match(r".+?[.!?](?=\s|$)", paragraph)
    if sentence and len(sentence.group(0)) <= _TITLE_WORDS_LENGTH:
        return sentence.group(0).rstrip(".")
    cut = paragraph[: _TITLE_WORDS_LENGTH + 1]
    cut = cut[: cut.rindex(" ")] if " " in cut else cut[:_TITLE_WORDS_LENGTH]
    return cut.rstrip(" ,;:–-") + "…"


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
