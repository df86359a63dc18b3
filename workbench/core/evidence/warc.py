"""Snapshots of captured pages as WARC, the web archives' own format.

A WARC file is evidence others can open with standard tools (pywb, ReplayWeb.page) and
check: the payload digest proves the stored page is the page that was fetched.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.utils import Digester
from warcio.warcwriter import WARCWriter

from workbench import __version__
from workbench.core.errors import InputError
from workbench.core.evidence.fetch import FetchResult, mime_type

# Headers describing the transfer, not the payload we store (stored decoded, whole).
_TRANSFER_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})


@dataclass(frozen=True)
class WarcSnapshot:
    """The archived answer (or resource, status 0) read back from a WARC file."""

    target_uri: str
    status: int
    http_headers: tuple[tuple[str, str], ...]
    payload: bytes = field(repr=False)
    payload_digest: str
    captured_at: str
    content_type: str
    charset: str | None
    requested_url: str | None = None
    redirects: tuple[tuple[str, int, str], ...] = ()


class _Sha256Writer(WARCWriter):
    """warcio digests with SHA-1 by default; SHA-256 matches the hash the store keeps."""

    @staticmethod
    def _create_digester() -> Digester:
        return Digester("sha256")


def payload_digest(body: bytes) -> str:
    """The WARC-Payload-Digest value of a body: SHA-256 in base32, as WARC tools write it."""
    return "sha256:" + base64.b32encode(hashlib.sha256(body).digest()).decode("ascii")


def build_warc(capture: FetchResult) -> bytes:
    """A gzip-compressed WARC with warcinfo, request, response and the redirect chain."""
    buffer = io.BytesIO()
    writer = _Sha256Writer(buffer, gzip=True, warc_version="1.1")
    date = capture.captured_at
    info = {
        "software": f"Fact-check Workbench {__version__}",
        "format": "WARC File Format 1.1",
        "http-header-user-agent": dict(capture.request_headers).get("User-Agent", ""),
        "robots": "ignore (single page captured at a user's request)",
    }
    warcinfo = writer.create_warcinfo_record(None, info)
    warcinfo.rec_headers.replace_header("WARC-Date", date)
    writer.write_record(warcinfo)

    response = writer.create_warc_record(
        capture.final_url,
        "response",
        payload=io.BytesIO(capture.body),
        length=len(capture.body),
        http_headers=_response_headers(capture),
        warc_headers_dict={"WARC-Date": date},
    )
    request = writer.create_warc_record(
        capture.final_url,
        "request",
        http_headers=_request_headers(capture),
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_request_response_pair(request, response)

    response_id = response.rec_headers.get_header("WARC-Record-ID")
    chain = [f"requested-url: {capture.url}"]
    chain += [
        f"redirect: {status} {source} {target}" for source, status, target in capture.redirects
    ]
    metadata = "\r\n".join(chain).encode("utf-8") + b"\r\n"
    record = writer.create_warc_record(
        capture.final_url,
        "metadata",
        payload=io.BytesIO(metadata),
        length=len(metadata),
        warc_content_type="application/warc-fields",
        warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": response_id},
    )
    writer.write_record(record)
    return buffer.getvalue()


def build_resource_warc(
    uri: str, body: bytes, *, content_type: str | None, captured_at: str
) -> bytes:
    """A WARC for bytes that came without an HTTP exchange, such as a file: a resource record."""
    buffer = io.BytesIO()
    writer = _Sha256Writer(buffer, gzip=True, warc_version="1.1")
    info = {"software": f"Fact-check Workbench {__version__}", "format": "WARC File Format 1.1"}
    warcinfo = writer.create_warcinfo_record(None, info)
    warcinfo.rec_headers.replace_header("WARC-Date", captured_at)
    writer.write_record(warcinfo)
    record = writer.create_warc_record(
        uri,
        "resource",
        payload=io.BytesIO(body),
        length=len(body),
        warc_content_type=content_type or "application/octet-stream",
        warc_headers_dict={"WARC-Date": captured_at},
    )
    writer.write_record(record)
    return buffer.getvalue()


def read_warc(data: bytes) -> WarcSnapshot:
    """Read back the response of a snapshot, refusing a file whose payload doesn't match
    its digest."""
    response: WarcSnapshot | None = None
    requested: str | None = None
    redirects: list[tuple[str, int, str]] = []
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if not str(record.format).startswith("warc"):
                continue  # warcio reads unknown text as old-style ARC
            if record.rec_type in ("response", "resource") and response is None:
                response = _snapshot(record)
            elif record.rec_type == "metadata":
                fields = record.content_stream().read().decode("utf-8", errors="replace")
                requested, redirects = _chain(fields, requested, redirects)
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        raise InputError(f"The snapshot is not a readable WARC file ({exc}).") from exc
    if response is None:
        raise InputError("The snapshot holds no archived web page.")
    if response.payload_digest and not _digest_matches(response.payload, response.payload_digest):
        raise InputError("The snapshot is damaged: its content doesn't match its digest.")
    return WarcSnapshot(
        target_uri=response.target_uri,
        status=response.status,
        http_headers=response.http_headers,
        payload=response.payload,
        payload_digest=response.payload_digest,
        captured_at=response.captured_at,
        content_type=response.content_type,
        charset=response.charset,
        requested_url=requested,
        redirects=tuple(redirects),
    )


def write_warc_file(data: bytes, path: str | Path) -> Path:
    """Write a WARC file whole or not at all, so an interrupted export leaves no torn file."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".warc-", dir=target.parent or Path("."))
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def _response_headers(capture: FetchResult) -> StatusAndHeaders:
    headers: list[tuple[str, str]] = []
    for name, value in capture.response_headers:
        if name.lower() in _TRANSFER_HEADERS:
            if name.lower() == "content-encoding":
                headers.append(("X-Archive-Orig-Content-Encoding", value))
            continue
        headers.append((name, value))
    headers.append(("Content-Length", str(len(capture.body))))
    protocol = "HTTP/1.1" if capture.http_version == "HTTP/2" else capture.http_version
    return StatusAndHeaders(f"{capture.status} {capture.reason}", headers, protocol=protocol)


def _request_headers(capture: FetchResult) -> StatusAndHeaders:
    parts = urlsplit(capture.final_url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = list(capture.request_headers)
    if not any(name.lower() == "host" for name, _ in headers):
        headers.insert(0, ("Host", parts.netloc))
    return StatusAndHeaders(f"GET {target} HTTP/1.1", headers, is_http_request=True)


def _snapshot(record: Any) -> WarcSnapshot:
    http = record.http_headers if record.rec_type == "response" else None
    payload = record.raw_stream.read()
    declared = http.get_header("Content-Type") if http else record.content_type
    mime, charset = mime_type(declared)
    status = http.get_statuscode() if http else "0"
    return WarcSnapshot(
        target_uri=record.rec_headers.get_header("WARC-Target-URI") or "",
        status=int(status) if str(status).isdigit() else 0,
        http_headers=tuple((str(k), str(v)) for k, v in (http.headers if http else [])),
        payload=payload,
        payload_digest=record.rec_headers.get_header("WARC-Payload-Digest") or "",
        captured_at=record.rec_headers.get_header("WARC-Date") or "",
        content_type=mime,
        charset=charset,
    )


def _chain(
    fields: str, requested: str | None, redirects: list[tuple[str, int, str]]
) -> tuple[str | None, list[tuple[str, int, str]]]:
    for line in fields.splitlines():
        name, _, value = line.partition(":")
        value = value.strip()
        if name == "requested-url":
            requested = value
        elif name == "redirect":
            status, source, target = (value.split(" ", 2) + ["", ""])[:3]
            if status.isdigit():
                redirects.append((source, int(status), target))
    return requested, redirects


def _digest_matches(payload: bytes, digest: str) -> bool:
    """Check a digest as WARC tools write it; an unknown algorithm can't be held against it."""
    algorithm, _, value = digest.partition(":")
    try:
        actual = hashlib.new(algorithm.lower().replace("-", ""), payload).digest()
    except ValueError:
        return True
    encodings = (base64.b32encode(actual).decode(), actual.hex(), base64.b64encode(actual).decode())
    return value.upper() in (e.upper() for e in encodings)
