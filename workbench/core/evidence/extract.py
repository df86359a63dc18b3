"""Turn fetched or loaded bytes into text a fact-checker can quote from.

Decoding is careful because a wrong guess silently garbles umlauts and „quotes“, and a
quote that can't be found again is useless as evidence. Heavy libraries (trafilatura,
pypdf) are imported inside the functions so the app starts fast.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
from dataclasses import dataclass
from typing import Any

from workbench.core.errors import ExtractionError, InputError

log = logging.getLogger(__name__)

KINDS = ("html", "text", "markdown", "pdf", "json", "xml")
#: Less article text than this is a menu or a cookie notice, not an article.
MIN_ARTICLE_CHARS = 100

_MIME_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "application/pdf": "pdf",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
_EXTENSION_KINDS = {
    "html": "html",
    "htm": "html",
    "xhtml": "html",
    "txt": "text",
    "text": "text",
    "md": "markdown",
    "markdown": "markdown",
    "pdf": "pdf",
    "json": "json",
    "xml": "xml",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Labels browsers read as windows-1252; Python's latin-1 would turn „ and “ into controls.
_WESTERN_ALIASES = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"}
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "embed"}
)
_BLOCK_TAG_NAMES = (
    "address article aside blockquote br dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary "
    "table td th tr ul"
)
_BLOCK_TAGS = frozenset(_BLOCK_TAG_NAMES.split())
_NOT_LEDE_PLACES = frozenset({"footer", "nav", "aside", "script", "style", "noscript"})
#: Elements of the extractor's XML that only hold paragraphs.
_CONTAINERS = frozenset({"body", "div", "main", "section", "article", "doc"})
#: Elements that start a line of their own inside a paragraph (a quote's paragraphs).
_INNER_BLOCKS = frozenset({"p", "head", "quote", "item", "list", "row", "table"})
#: Characters a page uses to steer line breaking, never read: word joiners, zero widths.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")


@dataclass(frozen=True)
class Extracted:
    """Text and what is known about it; warnings tell the user what was guessed."""

    text: str
    title: str | None
    author: str | None
    published: str | None
    site: str | None
    language: str | None
    kind: str
    warnings: tuple[str, ...] = ()


def extract(
    data: bytes,
    *,
    content_type: str | None,
    charset: str | None = None,
    url: str | None = None,
    file_name: str | None = None,
    full_page: bool = False,
    encoding: str | None = None,
    lossy: bool = False,
) -> Extracted:
    """Extract the article (or, with full_page, all visible text) from a document's bytes."""
    label = file_name or url or "The document"
    if not data.strip():
        raise InputError(f"{label} is empty.")
    kind = detect_kind(data, content_type, file_name)
    if kind is None:
        raise InputError(f"{label} is {content_type}, which can't be imported.")
    if kind == "pdf":
        return _pdf(data, label)
    if encoding is None and looks_binary(data):
        raise InputError(f"{label} looks like a binary file, not text.")
    text, warnings = decode_text(
        data, label=label, declared=charset, encoding=encoding, lossy=lossy, markup=kind
    )
    if kind == "html":
        return _html(text, label, url, full_page, warnings)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{label} contains only whitespace.")
    return Extracted(text, None, None, None, None, None, kind, tuple(warnings))


def detect_kind(data: bytes, content_type: str | None, file_name: str | None = None) -> str | None:
    """Which extractor fits (None: none does): the PDF signature wins, then the content
    type, the file name and last a look at the first bytes."""
    if looks_like_pdf(data):
        return "pdf"
    mime = (content_type or "").split(";")[0].strip().lower()
    suffix = file_name.rsplit(".", 1)[-1].lower() if file_name and "." in file_name else ""
    if mime in ("text/plain", "") and suffix in ("md", "markdown"):
        return "markdown"
    if mime in _MIME_KINDS:
        return _MIME_KINDS[mime]
    if mime.endswith("+xml"):
        return "xml"
    if mime.endswith("+json"):
        return "json"
    if mime and mime != "application/octet-stream":
        return None
    if suffix in _EXTENSION_KINDS:
        return _EXTENSION_KINDS[suffix]
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "html"
    if head.startswith(b"<?xml"):
        return "xml"
    if head[:1] in (b"{", b"["):
        return "json"
    return "text"


def looks_like_pdf(data: bytes) -> bool:
    """The PDF signature at the start, whatever a server or a file name claims."""
    return data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n\x00").startswith(b"%PDF-")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean an image, archive or program, not text."""
    sample = data[:8192]
    if any(sample.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * 0.1


def decode_text(
    data: bytes,
    *,
    label: str = "The document",
    declared: str | None = None,
    encoding: str | None = None,
    lossy: bool = False,
    markup: str = "text",
) -> tuple[str, list[str]]:
    """Decode by the user's choice, a BOM, the declared charset, UTF-8, then a guess that
    favours windows-1252 (German and English text); refuse rather than garble."""
    warnings: list[str] = []
    bom = next((codec for bom, codec in _BOMS if data.startswith(bom)), None)
    chosen = encoding or bom
    if chosen:
        try:
            return data.decode(_codec(chosen)), warnings
        except LookupError as exc:
            raise InputError(f"Unknown encoding: {chosen}") from exc
        except UnicodeDecodeError as exc:
            if not lossy:
                raise InputError(
                    f"{label} is not valid {chosen} (at byte {exc.start}); choose another encoding."
                ) from exc
            return _replace(data, _codec(chosen), label, warnings)
    for name in (declared, _declared_in_document(data, markup)):
        if not name:
            continue
        try:
            return data.decode(_codec(name)), warnings
        except (LookupError, UnicodeDecodeError):
            warnings.append(f"{label} declares the encoding {name}, but isn't written in it.")
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    guessed = _guess(data)
    if guessed is not None:
        warnings.append(
            f"{label} doesn't say how its text is encoded; it was read as {guessed}. "
            "If letters look wrong, import it again with the right encoding."
        )
        return data.decode(guessed), warnings
    if lossy:
        return _replace(data, "utf-8", label, warnings)
    raise InputError(
        f"{label}: can't tell how its text is encoded; "
        "say which encoding it uses (for example cp1252, latin-1 or utf-16)."
    )


def visible_text(root: Any) -> str:
    """All text a reader sees on a page, one block per line, without scripts and styles."""
    parts: list[str] = []
    _walk(root, parts)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def _codec(name: str) -> str:
    name = name.strip().lower()
    return "cp1252" if name in _WESTERN_ALIASES else codecs.lookup(name).name


def _declared_in_document(data: bytes, markup: str) -> str | None:
    head = data[:4096]
    match = _XML_ENCODING.search(head)
    if match is None and markup == "html":
        match = _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    western = from_bytes(data, cp_isolation=["cp1252"]).best()
    best = from_bytes(data).best()
    if western is not None and (best is None or western.chaos <= best.chaos):
        return "cp1252"
    if best is None or not best.coherence or best.encoding.startswith(("utf_16", "utf_32")):
        return None  # no language recognised: a guess would be noise, not text
    return str(best.encoding)


def _replace(data: bytes, codec: str, label: str, warnings: list[str]) -> tuple[str, list[str]]:
    text = data.decode(codec, errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    warnings.append(
        f"{label}: {replaced} character{'s' if replaced != 1 else ''} could not be decoded "
        "and were replaced with �."
    )
    return text, warnings


def _html(
    text: str, label: str, url: str | None, full_page: bool, warnings: list[str]
) -> Extracted:
    from trafilatura import bare_extraction, extract_metadata
    from trafilatura.settings import set_date_params
    from trafilatura.utils import load_html

    # No extensive date search: it turns any year on the page ("© 2023") into a publication
    # date of 1 January; a page without a date is stored without one.
    dates = set_date_params(False)

    # lxml refuses str input that carries its own encoding declaration
    tree = load_html(_XML_DECLARATION.sub("", text, count=1))
    if tree is None:
        raise ExtractionError(f"{label} could not be read as a web page.")
    language = _language(tree)
    if full_page:
        meta = extract_metadata(tree, default_url=url, date_config=dates)
        page_text = visible_text(tree)
        if not page_text:
            raise ExtractionError(f"{label} has no visible text.")
        return Extracted(
            page_text,
            meta.title or None,
            meta.author or None,
            meta.date or None,
            meta.sitename or None,
            language,
            "html",
            tuple(warnings),
        )
    doc: Any = bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        date_extraction_params=dates,
    )
    body = getattr(doc, "body", None)
    article = (_paragraphs(body) if body is not None else "") or (
        getattr(doc, "text", None) or ""
    ).strip()
    article = _without_title(article, getattr(doc, "title", None))
    if len(article) < MIN_ARTICLE_CHARS:
        raise ExtractionError(
            f"{label}: no article text was found. "
            "Import the full page instead to keep all of its visible text."
        )
    lede = _lede(tree, getattr(doc, "description", None), article)
    if lede:
        article = f"{lede}\n\n{article}"
    return Extracted(
        article,
        doc.title or None,
        doc.author or None,
        doc.date or None,
        doc.sitename or None,
        doc.language or language,
        "html",
        tuple(warnings),
    )


def _paragraphs(body: Any) -> str:
    """The article's text with a blank line between its paragraphs (headings, paragraphs,
    quotes, lists and tables each make one), and its line breaks kept inside them."""
    blocks: list[str] = []
    _collect(body, blocks)
    return "\n\n".join(blocks)


def _collect(node: Any, blocks: list[str]) -> None:
    """Add the paragraphs of a container (body, div), descending into nested containers."""

    def add(text: str | None) -> None:
        words = " ".join(_INVISIBLE.sub("", text or "").split())
        if words:
            blocks.append(words)

    add(node.text)
    for child in node:
        if not isinstance(child.tag, str):
            add(child.tail)
            continue
        if child.tag in _CONTAINERS:
            _collect(child, blocks)
        elif child.tag == "list":
            items = (_inline(item) for item in child.iter("item"))
            block = "\n".join(f"- {item}" for item in items if item)
            if block:
                blocks.append(block)
        elif child.tag == "table":
            rows = (
                " | ".join(c for c in (_inline(cell) for cell in row.iter("cell")) if c)
                for row in child.iter("row")
            )
            block = "\n".join(row for row in rows if row)
            if block:
                blocks.append(block)
        else:
            block = _inline(child)
            if block:
                blocks.append(block)
        add(child.tail)


def _inline(element: Any) -> str:
    """The words of one block, with its explicit line breaks (<lb/>) as line ends."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node.tag == "lb":
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                block = child.tag in _INNER_BLOCKS
                parts.append("\n" if block else "")
                walk(child)
                parts.append("\n" if block else "")
            if child.tail:
                parts.append(child.tail)

    walk(element)
    text = _INVISIBLE.sub("", "".join(parts))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _without_title(article: str, title: str | None) -> str:
    """The text without a first paragraph that only repeats the title (the page's headline,
    sometimes with its kicker glued on: "Coronavirus: New York ramps up ...")."""
    first, _, rest = article.partition("\n\n")
    if not title or not rest or len(first) > 2 * len(title) + 40:
        return article
    from rapidfuzz import fuzz

    a, b = " ".join(first.split()).lower(), " ".join(title.split()).lower()
    if a == b or fuzz.token_set_ratio(a, b) >= 85 or fuzz.partial_ratio(b, a) >= 90:
        return rest
    return article


def _lede(tree: Any, description: str | None, article: str) -> str | None:
    """The teaser paragraph, when the page shows it but the extractor left it out."""
    if not description:
        return None
    wanted = " ".join(description.split())
    words = wanted.split()
    if len(words) < 8 or wanted in " ".join(article.split()):
        return None
    body = tree.find(".//body")
    if body is None:
        return None
    probe = " ".join(words[:4])
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in _NOT_LEDE_PLACES:
            continue
        if not element.text or probe not in " ".join(element.text.split()):
            continue
        if any(parent.tag in _NOT_LEDE_PLACES for parent in element.iterancestors()):
            continue
        node = element
        for _ in range(3):
            if wanted in " ".join(node.text_content().split()):
                return wanted
            node = node.getparent()
            if node is None:
                break
    return None


def _language(tree: Any) -> str | None:
    root = tree.getroottree().getroot()
    values = [root.get("lang"), root.get("xml:lang")]
    for meta in root.iter("meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in ("content-language", "og:locale", "language", "dc.language"):
            values.append(meta.get("content"))
    for value in values:
        primary = (value or "").split(",")[0].strip().replace("_", "-").split("-")[0].lower()
        if primary.isalpha() and 2 <= len(primary) <= 3:
            return primary
    return None


def _walk(element: Any, parts: list[str]) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else None
    hidden = element.get("hidden") is not None or "display:none" in (
        (element.get("style") or "").replace(" ", "").lower()
    )
    if tag is not None and tag not in _SKIP_TAGS and not hidden:
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if element.text:
            parts.append(element.text)
        for child in element:
            _walk(child, parts)
        if block:
            parts.append("\n")
    if element.tail:
        parts.append(element.tail)


def _pdf(data: bytes, label: str) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    pages: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{label} is password-protected; save an unprotected copy first.")
        for page in reader.pages:
            pages.append((page.extract_text() or "").strip())
        info = _pdf_info(reader)
    except (FileNotDecryptedError, DependencyError) as exc:
        raise InputError(f"{label} is encrypted and can't be read.") from exc
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        log.debug("PDF parsing failed", exc_info=True)
        raise InputError(f"{label} is not a readable PDF ({exc}).") from exc
    empty = sum(1 for page in pages if not page)
    if empty == len(pages):
        raise ExtractionError(
            f"{label} has no text layer (a scanned PDF?); run text recognition (OCR) first."
        )
    warnings = []
    if empty:
        warnings.append(f"{label}: {empty} of {len(pages)} pages have no text (scanned images?).")
    text = "\n\n".join(page for page in pages if page)
    return Extracted(text, info[0], info[1], info[2], None, None, "pdf", tuple(warnings))


def _pdf_info(reader: Any) -> tuple[str | None, str | None, str | None]:
    try:
        meta = reader.metadata
        if meta is None:
            return None, None, None
        created = meta.creation_date
        published = created.date().isoformat() if created is not None else None
        return (meta.title or None), (meta.author or None), published
    except Exception:  # broken metadata must not cost the text
        log.debug("PDF metadata unreadable", exc_info=True)
        return None, None, None
