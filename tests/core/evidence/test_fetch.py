"""Fetching against real HTTP servers on 127.0.0.1: limits, redirects, retries, errors."""

from __future__ import annotations

import hashlib
import re
import socket
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from httpfakes import (
    MB,
    RawServer,
    closed_port,
    elapsed,
    gzip_bomb,
    huge,
    serve_bytes,
    silence,
    trickle,
)
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from workbench import __version__
from workbench.core.errors import Cancelled, FetchError
from workbench.core.evidence.fetch import FetchConfig, fetch, mime_type, retry_wait, session

QUICK = FetchConfig(timeout_connect=2, timeout_read=2, deadline=5, max_retry_wait=0.05)
PAGE = "<html><head><title>Prüfung</title></head><body><p>Grüße</p></body></html>".encode()


@pytest.fixture
def raw() -> Iterator[RawServer]:
    with RawServer() as server:
        yield server


def test_a_page_is_fetched_as_bytes_with_its_exchange(server: HTTPServer) -> None:
    server.expect_request("/page").respond_with_data(
        PAGE, content_type="text/html; charset=UTF-8", headers={"X-Test": "yes"}
    )
    url = server.url_for("/page")

    result = fetch(url, config=QUICK)

    assert (result.url, result.final_url, result.status) == (url, url, 200)
    assert result.body == PAGE
    assert result.sha256 == hashlib.sha256(PAGE).hexdigest()
    assert (result.content_type, result.charset) == ("text/html", "utf-8")
    assert result.header("x-test") == "yes"
    assert result.redirects == ()
    assert result.http_version in ("HTTP/1.0", "HTTP/1.1")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", result.captured_at)
    sent = dict(result.request_headers)
    assert (
        sent["User-Agent"] == f"FactCheckWorkbench/{__version__} (+offline desktop fact-checking)"
    )
    assert sent["Accept-Encoding"] == "identity"


def test_the_server_sees_the_app_user_agent(server: HTTPServer) -> None:
    seen: list[str] = []

    def handler(request: Request) -> Response:
        seen.append(request.headers.get("User-Agent", ""))
        return Response("ok", content_type="text/plain")

    server.expect_request("/ua").respond_with_handler(handler)
    fetch(server.url_for("/ua"), config=QUICK)
    assert seen == [f"FactCheckWorkbench/{__version__} (+offline desktop fact-checking)"]


def test_a_redirect_chain_is_followed_and_recorded(server: HTTPServer) -> None:
    server.expect_request("/a").respond_with_data("", 301, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data(
        "", 302, headers={"Location": server.url_for("/c")}
    )
    server.expect_request("/c").respond_with_data("", 307, headers={"Location": "d?x=1"})
    server.expect_request("/d").respond_with_data("final", content_type="text/plain")

    result = fetch(server.url_for("/a"), config=QUICK)

    assert result.final_url == server.url_for("/d?x=1")
    assert result.body == b"final"
    assert result.redirects == (
        (server.url_for("/a"), 301, server.url_for("/b")),
        (server.url_for("/b"), 302, server.url_for("/c")),
        (server.url_for("/c"), 307, server.url_for("/d?x=1")),
    )


def test_a_redirect_loop_is_reported(server: HTTPServer) -> None:
    server.expect_request("/loop1").respond_with_data("", 302, headers={"Location": "/loop2"})
    server.expect_request("/loop2").respond_with_data("", 302, headers={"Location": "/loop1"})
    with pytest.raises(FetchError, match="redirects in a loop"):
        fetch(server.url_for("/loop1"), config=QUICK)


def test_coming_back_with_a_new_cookie_is_not_a_loop(server: HTTPServer) -> None:
    def entry(request: Request) -> Response:
        if request.cookies.get("consent") == "yes":
            return Response("article", content_type="text/plain")
        return Response("", 302, headers={"Location": "/consent"})

    server.expect_request("/entry").respond_with_handler(entry)
    server.expect_request("/consent").respond_with_data(
        "", 302, headers={"Location": "/entry", "Set-Cookie": "consent=yes; Path=/"}
    )
    result = fetch(server.url_for("/entry"), config=QUICK)
    assert result.body == b"article"
    assert len(result.redirects) == 2


def test_too_many_redirects_are_refused(server: HTTPServer) -> None:
    for hop in range(7):
        server.expect_request(f"/hop{hop}").respond_with_data(
            "", 302, headers={"Location": f"/hop{hop + 1}"}
        )
    with pytest.raises(FetchError, match=r"redirects too often \(more than 5 times\)"):
        fetch(server.url_for("/hop0"), config=QUICK)


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/secret.txt"])
def test_a_redirect_to_another_scheme_is_refused(server: HTTPServer, target: str) -> None:
    server.expect_request("/away").respond_with_data("", 302, headers={"Location": target})
    with pytest.raises(FetchError, match="only http and https") as caught:
        fetch(server.url_for("/away"), config=QUICK)
    assert target in str(caught.value)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "127.0.0.1/page"]
)
def test_only_http_and_https_addresses_are_fetched(url: str) -> None:
    with pytest.raises(FetchError, match="Only http and https"):
        fetch(url, config=QUICK)


@pytest.mark.parametrize(
    ("status", "phrase"), [(404, "Not Found"), (410, "Gone"), (500, "Internal Server Error")]
)
def test_an_error_status_is_a_clear_message(server: HTTPServer, status: int, phrase: str) -> None:
    server.expect_request("/status").respond_with_data("nope", status)
    url = server.url_for("/status")
    with pytest.raises(FetchError) as caught:
        fetch(url, config=QUICK)
    assert str(caught.value) == f"The server answered {status} {phrase} for {url}"


def test_link_checks_see_the_status_without_an_exception(server: HTTPServer) -> None:
    server.expect_request("/gone").respond_with_data("gone", 410)
    result = fetch(server.url_for("/gone"), config=QUICK, raise_for_status=False)
    assert (result.status, result.body) == (410, b"")


def test_503_then_200_is_retried_with_a_bounded_wait(server: HTTPServer) -> None:
    server.expect_ordered_request("/busy").respond_with_data(
        "busy", 503, headers={"Retry-After": "120"}
    )
    server.expect_ordered_request("/busy").respond_with_data("ok", content_type="text/plain")
    config = FetchConfig(timeout_read=2, deadline=5, max_retry_wait=0.3)
    start = time.monotonic()

    result = fetch(server.url_for("/busy"), config=config)

    assert (result.status, result.body) == (200, b"ok")
    assert 0.3 <= elapsed(start) < 2.0


def test_retries_end_with_the_last_answer(server: HTTPServer) -> None:
    server.expect_request("/down").respond_with_data("down", 503)
    with pytest.raises(FetchError, match="503 Service Unavailable"):
        fetch(server.url_for("/down"), config=QUICK)
    assert len(server.log) == 1 + QUICK.retries


def test_retry_after_is_honoured_and_capped() -> None:
    config = FetchConfig(max_retry_wait=10)
    assert retry_wait("3", 0, config) == 3
    assert retry_wait("3600", 0, config) == 10
    assert retry_wait(None, 0, config) == 1
    assert retry_wait(None, 2, config) == 4
    assert retry_wait("not a date", 1, config) == 2
    assert retry_wait("Wed, 21 Oct 2015 07:28:00 GMT", 0, config) == 0  # in the past
    assert (
        0
        < retry_wait(
            time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 5)), 0, config
        )
        <= 5
    )


def test_a_trickling_server_is_cut_off_at_the_deadline(raw: RawServer) -> None:
    raw.routes["/slow"] = trickle
    config = FetchConfig(timeout_read=5, deadline=1.5)
    start = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 1.5 s"):
        fetch(raw.url("/slow"), config=config)
    assert elapsed(start) < 3.5


def test_a_silent_server_times_out(raw: RawServer) -> None:
    raw.routes["/silent"] = silence
    config = FetchConfig(timeout_read=0.5, deadline=5)
    with pytest.raises(FetchError, match=r"did not answer within 0.5 s"):
        fetch(raw.url("/silent"), config=config)


def test_a_declared_huge_body_is_refused_before_reading(raw: RawServer) -> None:
    raw.routes["/huge"] = huge(length_header=True)
    start = time.monotonic()
    with pytest.raises(FetchError, match=r"too large \(over 20 MB\)"):
        fetch(raw.url("/huge"), config=QUICK)
    assert elapsed(start) < 2


def _peak_while(action: object) -> int:
    tracemalloc.start()
    try:
        baseline = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        with pytest.raises(FetchError, match=r"too large \(over 20 MB\)"):
            action()  # type: ignore[operator]
        return tracemalloc.get_traced_memory()[1] - baseline
    finally:
        tracemalloc.stop()


def test_a_100_mb_stream_is_cut_at_the_cap_with_bounded_memory(raw: RawServer) -> None:
    raw.routes["/stream"] = huge(length_header=False)
    peak = _peak_while(lambda: fetch(raw.url("/stream"), config=QUICK))
    assert peak < 50 * MB


def test_a_gzip_bomb_is_cut_at_the_cap_with_bounded_memory(raw: RawServer) -> None:
    bomb = gzip_bomb()
    assert len(bomb) < 1 * MB
    raw.routes["/bomb"] = serve_bytes(
        bomb, {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    peak = _peak_while(lambda: fetch(raw.url("/bomb"), config=QUICK))
    assert peak < 50 * MB


def test_a_small_cap_applies_to_the_decoded_size(raw: RawServer) -> None:
    raw.routes["/bomb"] = serve_bytes(
        gzip_bomb(2 * MB), {"Content-Type": "text/plain", "Content-Encoding": "gzip"}
    )
    with pytest.raises(FetchError, match=r"too large \(over 100 KB\)"):
        fetch(raw.url("/bomb"), config=FetchConfig(max_bytes=100 * 1024))


def test_a_gzip_page_sent_anyway_is_decoded(raw: RawServer) -> None:
    import gzip

    raw.routes["/gz"] = serve_bytes(
        gzip.compress(PAGE), {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    assert fetch(raw.url("/gz"), config=QUICK).body == PAGE


def test_a_refused_content_type_names_the_type(server: HTTPServer) -> None:
    server.expect_request("/img").respond_with_data(b"\x89PNG\r\n\x1a\n", content_type="image/png")
    with pytest.raises(FetchError, match="is image/png, which can't be captured"):
        fetch(server.url_for("/img"), config=QUICK)


@pytest.mark.parametrize(
    "content_type",
    ["application/pdf", "application/json", "text/xml", "application/rss+xml", "text/plain"],
)
def test_text_like_content_types_are_allowed(server: HTTPServer, content_type: str) -> None:
    server.expect_request("/doc").respond_with_data(b"content", content_type=content_type)
    assert fetch(server.url_for("/doc"), config=QUICK).content_type == content_type


def test_a_page_without_content_type_is_sniffed(raw: RawServer) -> None:
    raw.routes["/bare"] = serve_bytes(b"<!DOCTYPE html><html><body>x</body></html>", {})
    assert fetch(raw.url("/bare"), config=QUICK).content_type == "text/html"


def test_the_body_stays_undecoded_bytes(server: HTTPServer) -> None:
    cp1252 = "Bürger sagten „Nein“".encode("cp1252")
    server.expect_request("/cp").respond_with_data(cp1252, content_type="text/html")
    result = fetch(server.url_for("/cp"), config=QUICK)
    assert (result.body, result.charset) == (cp1252, None)


def test_an_unknown_host_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> list[object]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # no DNS query leaves the machine
    with pytest.raises(FetchError, match=r"No such host: nowhere\.invalid"):
        fetch("https://nowhere.invalid/article", config=QUICK)


def test_a_refused_connection_is_reported() -> None:
    with pytest.raises(FetchError, match="Could not connect to 127.0.0.1: Connection refused"):
        fetch(f"http://127.0.0.1:{closed_port()}/", config=QUICK)


def test_cancelling_stops_a_download(raw: RawServer) -> None:
    raw.routes["/slow"] = trickle
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        fetch(raw.url("/slow"), config=FetchConfig(deadline=10), cancel=cancel)
    assert elapsed(start) < 2.5


def test_progress_reports_bytes_received(server: HTTPServer) -> None:
    server.expect_request("/p").respond_with_data(PAGE, content_type="text/html")
    calls: list[tuple[int, int, str]] = []
    fetch(server.url_for("/p"), config=QUICK, progress=lambda *a: calls.append(a))
    assert calls[-1][:2] == (len(PAGE), len(PAGE))
    assert "127.0.0.1" in calls[-1][2]


def test_each_thread_has_its_own_careful_session() -> None:
    sessions: list[object] = []
    worker = threading.Thread(target=lambda: sessions.append(session()))
    worker.start()
    worker.join()
    assert sessions[0] is not session()
    assert session().trust_env is False
    assert session().verify is True


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html; charset=ISO-8859-1", ("text/html", "iso-8859-1")),
        ('Text/Plain;Charset="utf-8"', ("text/plain", "utf-8")),
        ("application/pdf", ("application/pdf", None)),
        (None, ("", None)),
    ],
)
def test_mime_type_splits_the_header(header: str | None, expected: tuple[str, str | None]) -> None:
    assert mime_type(header) == expected


def test_an_untrusted_certificate_is_refused_without_fallback(tmp_path: Path) -> None:
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.expect_request("/").respond_with_data("secret", content_type="text/plain")
    server.start()
    try:
        with pytest.raises(FetchError, match="127.0.0.1 failed .*self-signed certificate"):
            fetch(server.url_for("/"), config=QUICK)
        assert len(server.log) == 0  # no second, unverified attempt got through
    finally:
        server.stop()
