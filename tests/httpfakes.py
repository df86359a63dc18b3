"""Helpers for evidence-capture tests: local HTTP servers on 127.0.0.1 and small PDFs.

pytest-httpserver serves ordinary answers; RawServer (http.server in a thread) serves
what it can't: a trickle, a body of 100 MB made on the fly, a gzip bomb, silence.
"""

from __future__ import annotations

import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from pytest_httpserver import HTTPServer

MB = 1024 * 1024
REPO = Path(__file__).resolve().parents[1]
REALWORLD = REPO.parent / "shared" / "realworld"

Route = Callable[[BaseHTTPRequestHandler, threading.Event], None]


@contextmanager
def local_httpserver() -> Iterator[HTTPServer]:
    """A pytest-httpserver bound to 127.0.0.1 explicitly (its default is 'localhost')."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    try:
        yield server
    finally:
        server.clear()
        if server.is_running():
            server.stop()


class RawServer:
    """http.server in a thread; each route writes its answer by hand."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.stopping = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                route = owner.routes.get(self.path)
                try:
                    if route is None:
                        self.send_error(404)
                    else:
                        route(self, owner.stopping)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client hung up, as it should when it cuts a download

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{path}"


def trickle(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
    """A page that arrives one byte a second."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    while not stop.is_set():
        handler.wfile.write(b"a")
        handler.wfile.flush()
        stop.wait(1.0)


def silence(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
    """Accept the request and never answer."""
    stop.wait(10.0)


def huge(length_header: bool) -> Route:
    """100 MB of text made on the fly, with or without a Content-Length."""

    def route(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        chunk = b"x" * (64 * 1024)
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        if length_header:
            handler.send_header("Content-Length", str(100 * MB))
        handler.end_headers()
        for _ in range(100 * MB // len(chunk)):
            if stop.is_set():
                return
            handler.wfile.write(chunk)

    return route


def gzip_bomb(expanded: int = 200 * MB) -> bytes:
    """A gzip stream a few hundred KB long that inflates to `expanded` zero bytes."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(MB)
    parts = [packer.compress(zeros) for _ in range(expanded // MB)]
    parts.append(packer.flush())
    return b"".join(parts)


def serve_bytes(data: bytes, headers: dict[str, str]) -> Route:
    """A route sending fixed bytes with the given headers (and nothing else)."""

    def route(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        handler.send_response(200)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    return route


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def elapsed(start: float) -> float:
    return time.monotonic() - start


def make_pdf(pages: list[str], *, title: str | None = None, author: str | None = None) -> bytes:
    """A minimal PDF with one text line per line of each page (Helvetica, WinAnsi)."""
    objects: list[bytes] = []
    count = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(count))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode())
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for index, text in enumerate(pages):
        content = b"BT /F1 12 Tf 14 TL 72 770 Td "
        for line in text.splitlines():
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            content += b"(" + escaped.encode("cp1252") + b") Tj T* "
        content += b"ET"
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * index} 0 R >>".encode()
        )
        objects.append(
            f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"
        )
    info = [f"/{k} ({v})" for k, v in (("Title", title), ("Author", author)) if v]
    info.append("/CreationDate (D:20240102120000Z)")
    objects.append(f"<< {' '.join(info)} >>".encode("cp1252"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)
