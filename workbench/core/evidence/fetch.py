"""Fetch a web page as evidence: bounded in time and size, redirects checked one by one.

A fact-checker pastes any link; a hostile or broken server must not hang the app, fill
its memory or lead it to a local file. The body is handed on as bytes so the extractor,
not requests' guess, decides how to decode it.
"""

from __future__ import annotations

import contextlib
import hashlib
import http
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import requests
import urllib3

from workbench import __version__
from workbench.core.errors import FetchError
from workbench.core.progress import ProgressCallback, check_cancel, no_progress
from workbench.core.timeutil import now_iso

DEFAULT_USER_AGENT = f"FactCheckWorkbench/{__version__} (+offline desktop fact-checking)"

#: Content types a page may have to be captured, and the families they belong to.
ALLOWED_TYPES = {
    "text/html": "HTML",
    "application/xhtml+xml": "XHTML",
    "text/plain": "plain text",
    "text/markdown": "Markdown",
    "text/x-markdown": "Markdown",
    "application/pdf": "PDF",
    "application/json": "JSON",
    "application/xml": "XML",
    "text/xml": "XML",
}

ACCEPT = (
    "text/html,application/xhtml+xml,application/xml;q=0.9,application/pdf;q=0.9,"
    "text/plain;q=0.8,application/json;q=0.8,*/*;q=0.1"
)

_CHUNK = 64 * 1024
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_RETRY_CODES = frozenset({429, 500, 502, 503, 504})

Headers = tuple[tuple[str, str], ...]


class NoSuchHost(FetchError):
    """The host name does not resolve: for a link check, the source is gone."""


class RefusedContent(FetchError):
    """The server answered, but with a type or a size that is not captured."""


@dataclass(frozen=True)
class FetchConfig:
    """Limits for one fetch; the defaults suit a desktop app on an ordinary connection."""

    timeout_connect: float = 10.0
    timeout_read: float = 30.0
    deadline: float = 60.0
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    max_retry_wait: float = 10.0
    user_agent: str = DEFAULT_USER_AGENT


@dataclass(frozen=True)
class FetchResult:
    """What was asked, what came back and when: enough to archive the exchange as WARC."""

    url: str
    final_url: str
    status: int
    reason: str
    content_type: str
    charset: str | None
    request_headers: Headers
    response_headers: Headers
    body: bytes = field(repr=False)
    sha256: str
    captured_at: str
    redirects: tuple[tuple[str, int, str], ...] = ()
    http_version: str = "HTTP/1.1"

    def header(self, name: str) -> str | None:
        """The first response header of that name, ignoring case."""
        wanted = name.lower()
        return next((v for k, v in self.response_headers if k.lower() == wanted), None)


_local = threading.local()


def session() -> requests.Session:
    """The calling thread's session: requests sessions must not be shared between threads."""
    current: requests.Session | None = getattr(_local, "session", None)
    if current is None:
        current = requests.Session()
        current.trust_env = False  # no proxies, netrc or CA bundles from the environment
        current.verify = True
        _local.session = current
    return current


def fetch(
    url: str,
    *,
    config: FetchConfig | None = None,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
    raise_for_status: bool = True,
) -> FetchResult:
    """Fetch a URL; with raise_for_status=False a 4xx/5xx answer is returned, not raised."""
    cfg = config or FetchConfig()
    report = progress or no_progress
    start = time.monotonic()
    current = _check_url(url, url)
    http_session = session()
    http_session.cookies.clear()  # each capture starts as a first visit
    redirects: list[tuple[str, int, str]] = []
    seen = {current: _cookie_state(http_session)}
    attempt = 0
    while True:
        check_cancel(cancel)
        response = _send(http_session, current, cfg, start)
        try:
            status = response.status_code
            location = response.headers.get("Location")
            if status in _REDIRECT_CODES and location:
                target = _check_url(_redirect_target(current, location), url)
                redirects.append((current, status, target))
                if len(redirects) > cfg.max_redirects:
                    raise FetchError(
                        f"{url} redirects too often (more than {cfg.max_redirects} times)."
                    )
                # Coming back with new cookies is a cookie check, not yet a loop.
                cookies = _cookie_state(http_session)
                if seen.get(target) == cookies:
                    raise FetchError(f"{url} redirects in a loop (back to {target}).")
                seen[target] = cookies
                current, attempt = target, 0
                continue
            if status in _RETRY_CODES and attempt < cfg.retries:
                wait = retry_wait(response.headers.get("Retry-After"), attempt, cfg)
                if time.monotonic() - start + wait < cfg.deadline:
                    attempt += 1
                    response.close()
                    _pause(wait, cancel)
                    continue
            body = b""
            if status >= 300:
                if raise_for_status:
                    raise FetchError(_status_message(status, current))
            else:
                _check_type(response, current)
                body = _read_body(response, current, cfg, start, cancel, report)
            return _result(url, current, response, body, tuple(redirects))
        finally:
            response.close()


def _cookie_state(http_session: requests.Session) -> frozenset[tuple[str, str, str]]:
    return frozenset((c.domain, c.name, c.value or "") for c in http_session.cookies)


def _pause(seconds: float, cancel: threading.Event | None) -> None:
    if cancel is None:
        time.sleep(seconds)
    elif cancel.wait(seconds):
        check_cancel(cancel)


def retry_wait(retry_after: str | None, attempt: int, config: FetchConfig) -> float:
    """Seconds to wait before a retry: the server's Retry-After if given, else a backoff."""
    wait = float(2**attempt)
    if retry_after:
        value = retry_after.strip()
        if value.isdigit():
            wait = float(value)
        else:
            try:
                when = parsedate_to_datetime(value)
            except (TypeError, ValueError):
                pass
            else:
                if when.tzinfo is None:
                    when = when.replace(tzinfo=UTC)
                wait = (when - datetime.now(UTC)).total_seconds()
    return max(0.0, min(wait, config.max_retry_wait))


def mime_type(content_type: str | None) -> tuple[str, str | None]:
    """Split a Content-Type header into the bare lower-case type and its charset."""
    if not content_type:
        return "", None
    mime, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'").lower() or None
    return mime.strip().lower(), charset


def _check_url(candidate: str, requested: str) -> str:
    try:
        parts = urlsplit(candidate)
    except ValueError as exc:
        raise FetchError(f"Not a valid web address: {candidate}") from exc
    if parts.scheme.lower() not in ("http", "https"):
        if candidate == requested:
            raise FetchError(f"Only http and https addresses can be fetched, not {candidate}")
        raise FetchError(f"{requested} redirects to {candidate}: only http and https are followed.")
    if not parts.hostname:
        raise FetchError(f"Not a valid web address (no host name): {candidate}")
    return urldefrag(candidate).url


def _redirect_target(current: str, location: str) -> str:
    # requests reads headers as Latin-1; servers usually send UTF-8
    with contextlib.suppress(UnicodeError):
        location = location.encode("latin-1").decode("utf-8")
    return urljoin(current, location.strip())


def _send(
    http_session: requests.Session, url: str, cfg: FetchConfig, start: float
) -> requests.Response:
    remaining = cfg.deadline - (time.monotonic() - start)
    if remaining <= 0:
        raise FetchError(f"Fetching {url} timed out after {_seconds(cfg.deadline)}.")
    headers = {
        "User-Agent": cfg.user_agent,
        "Accept": ACCEPT,
        "Accept-Encoding": "identity",
    }
    timeout = (min(cfg.timeout_connect, remaining), min(cfg.timeout_read, remaining))
    host = urlsplit(url).hostname or url
    try:
        return http_session.get(
            url, headers=headers, timeout=timeout, allow_redirects=False, stream=True, verify=True
        )
    except requests.exceptions.SSLError as exc:
        raise FetchError(
            f"The secure connection to {host} failed (certificate or TLS problem): "
            f"{_root_cause(exc)}"
        ) from exc
    except requests.exceptions.ConnectTimeout as exc:
        raise FetchError(f"Connecting to {host} timed out after {_seconds(timeout[0])}.") from exc
    except requests.exceptions.ReadTimeout as exc:
        raise FetchError(f"{host} did not answer within {_seconds(timeout[1])}.") from exc
    except requests.exceptions.ConnectionError as exc:
        if _is_name_error(exc):
            raise NoSuchHost(f"No such host: {host} (check the address).") from exc
        raise FetchError(f"Could not connect to {host}: {_root_cause(exc)}") from exc
    except requests.exceptions.RequestException as exc:
        raise FetchError(f"Could not fetch {url}: {_root_cause(exc)}") from exc


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception and everything requests and urllib3 wrapped inside it."""
    pending: list[BaseException] = [exc]
    found: list[BaseException] = []
    while pending:
        current = pending.pop(0)
        if any(current is seen for seen in found):
            continue
        found.append(current)
        args: tuple[Any, ...] = getattr(current, "args", ())
        nested = [getattr(current, "reason", None), current.__cause__, current.__context__]
        pending += [n for n in [*nested, *args[:1]] if isinstance(n, BaseException)]
    return found


def _is_name_error(exc: BaseException) -> bool:
    """Whether a host name did not resolve, somewhere in requests' nested exceptions."""
    return any(
        isinstance(cause, urllib3.exceptions.NameResolutionError | socket.gaierror)
        for cause in _causes(exc)
    )


def _root_cause(exc: BaseException) -> str:
    """The innermost reason in words: 'self-signed certificate', 'Connection refused'."""
    for cause in reversed(_causes(exc)):
        if isinstance(cause, ssl.SSLCertVerificationError) and cause.verify_message:
            return str(cause.verify_message)
        if isinstance(cause, OSError) and cause.strerror:
            return str(cause.strerror)
    return str(exc)[:200]


def _check_type(response: requests.Response, url: str) -> None:
    mime, _ = mime_type(response.headers.get("Content-Type"))
    if not mime or mime in ALLOWED_TYPES or mime.endswith(("+xml", "+json")):
        return
    raise RefusedContent(
        f"{url} is {mime}, which can't be captured as a text source "
        "(allowed: HTML, plain text, PDF, JSON, XML)."
    )


def _read_body(
    response: requests.Response,
    url: str,
    cfg: FetchConfig,
    start: float,
    cancel: threading.Event | None,
    report: ProgressCallback,
) -> bytes:
    encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
    declared = response.headers.get("Content-Length", "")
    total = int(declared) if declared.isdigit() and encoding == "identity" else 0
    too_large = f"{url} is too large (over {_size(cfg.max_bytes)})."
    if total > cfg.max_bytes:
        raise RefusedContent(too_large)
    decoder = _Decoder(encoding, url)
    raw = response.raw
    read = getattr(raw, "read1", None) or raw.read
    body = bytearray()
    host = urlsplit(url).hostname or url
    try:
        while True:
            check_cancel(cancel)
            if time.monotonic() - start > cfg.deadline:
                raise FetchError(f"Fetching {url} timed out after {_seconds(cfg.deadline)}.")
            data = read(_CHUNK, decode_content=False)
            for piece in decoder.feed(data):
                body += piece
                if len(body) > cfg.max_bytes:
                    raise RefusedContent(too_large)
            if not data:
                break
            report(len(body), total, f"Downloading from {host}")
    except (urllib3.exceptions.ReadTimeoutError, TimeoutError) as exc:
        raise FetchError(f"{host} stopped sending within {_seconds(cfg.timeout_read)}.") from exc
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise FetchError(f"The connection to {host} broke off during the download.") from exc
    return bytes(body)


class _Decoder:
    """Undo gzip or deflate in bounded steps, so a compressed bomb can't outrun the size cap."""

    def __init__(self, encoding: str, url: str) -> None:
        self._zlib: Any = None
        self._raw_deflate_tried = False
        if encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(32 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS)
        elif encoding not in ("", "identity"):
            raise FetchError(f"{url} was sent compressed as '{encoding}', which isn't supported.")
        self._url = url

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._zlib is None:
            if data:
                yield data
            return
        try:
            if not data:
                yield self._zlib.flush()
                return
            yield self._zlib.decompress(data, _CHUNK)
            while self._zlib.unconsumed_tail:
                yield self._zlib.decompress(self._zlib.unconsumed_tail, _CHUNK)
        except zlib.error as exc:
            if not self._raw_deflate_tried and self._zlib.total_out == 0 and data:
                self._raw_deflate_tried = True  # some servers send deflate without a header
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                yield from self.feed(data)
                return
            raise FetchError(f"{self._url} was sent with broken compression.") from exc


def _result(
    requested: str,
    final: str,
    response: requests.Response,
    body: bytes,
    redirects: tuple[tuple[str, int, str], ...],
) -> FetchResult:
    mime, charset = mime_type(response.headers.get("Content-Type"))
    if not mime and response.status_code < 300:
        mime = _sniff(body, final)
    version = getattr(response.raw, "version", 11)
    sent = response.request.headers if response.request is not None else {}
    return FetchResult(
        url=requested,
        final_url=final,
        status=response.status_code,
        reason=response.reason or _phrase(response.status_code),
        content_type=mime,
        charset=charset,
        request_headers=tuple((str(k), str(v)) for k, v in sent.items()),
        response_headers=tuple(_raw_headers(response)),
        body=body,
        sha256=hashlib.sha256(body).hexdigest(),
        captured_at=now_iso(),
        redirects=redirects,
        http_version={10: "HTTP/1.0", 11: "HTTP/1.1", 20: "HTTP/2"}.get(version, "HTTP/1.1"),
    )


def _raw_headers(response: requests.Response) -> list[tuple[str, str]]:
    raw_headers = getattr(response.raw, "headers", None)
    if raw_headers is not None and hasattr(raw_headers, "iteritems"):
        return [(str(k), str(v)) for k, v in raw_headers.iteritems()]
    return [(str(k), str(v)) for k, v in response.headers.items()]


def _sniff(body: bytes, url: str) -> str:
    head = body[:1024].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return "application/pdf"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "text/html"
    if head.startswith(b"<?xml"):
        return "application/xml"
    if b"\x00" not in body[:8192]:
        try:
            body[:8192].decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < 8188:  # not just a character cut at the end of the sample
                raise RefusedContent(
                    f"{url} did not say what kind of file it is, and it isn't text."
                ) from exc
        return "text/plain"
    raise RefusedContent(f"{url} did not say what kind of file it is, and it isn't text.")


def _status_message(status: int, url: str) -> str:
    if status in _REDIRECT_CODES:
        return f"The server answered {status} {_phrase(status)} for {url} but gave no target."
    return f"The server answered {status} {_phrase(status)} for {url}"


def _phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "(unknown status)"


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _size(value: int) -> str:
    if value >= 1024 * 1024:
        return f"{value / (1024 * 1024):.3g} MB"
    return f"{value / 1024:.3g} KB"
