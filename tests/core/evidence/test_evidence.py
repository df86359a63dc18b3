"""Capturing sources and checking their links, against a real library and a local server."""

from __future__ import annotations

import gzip
import io
import json
import socket
import threading
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from warcio.archiveiterator import ArchiveIterator

from workbench.core.errors import Cancelled, FetchError, InputError
from workbench.core.evidence.capture import (
    capture_source,
    check_source,
    check_sources,
    snapshot_text,
    snapshot_warc,
)
from workbench.core.evidence.fetch import FetchConfig
from workbench.core.evidence.warc import payload_digest, read_warc
from workbench.core.library.store import Library

QUICK = FetchConfig(timeout_connect=2, timeout_read=2, deadline=5, retries=0, max_retry_wait=0.05)

ARTICLE = "Der Minister sagte, die Zahl der Anträge habe sich verdoppelt. Das stimmt so nicht.\n"
PAGE = """<html lang="de"><head><title>Amtliche Statistik | Bundesamt</title>
<meta property="og:title" content="Anträge 2024: die amtlichen Zahlen">
<meta property="og:site_name" content="Bundesamt für Statistik">
<meta name="author" content="Referat Presse">
<meta property="article:published_time" content="2025-02-03">
</head><body><nav><a href="/">Start</a></nav><article>
<h1>Anträge 2024: die amtlichen Zahlen</h1>
<p>Im Jahr 2024 gingen {count} Anträge ein. Im Vorjahr waren es 80.000 Anträge, wie das
Bundesamt mitteilte. Der Anstieg beträgt damit rund {rise} Prozent und nicht, wie behauptet,
das Doppelte.</p>
<p>Ein Sprecher sagte: „Von einer Verdopplung kann keine Rede sein.“ Die Zahlen würden
jedes Jahr im Februar veröffentlicht und seien vorläufig, bis der Jahresbericht erscheint.</p>
</article><footer>Impressum</footer></body></html>"""


def page(count: str = "92.000", rise: str = "15", extra: str = "") -> bytes:
    return (PAGE.format(count=count, rise=rise) + extra).encode("utf-8")


def serve(server: HTTPServer, path: str, body: bytes, status: int = 200) -> str:
    server.clear()
    server.expect_request(path).respond_with_data(body, status, content_type="text/html")
    return server.url_for(path)


@pytest.fixture
def cited(lib: Library) -> tuple[str, str]:
    """An article with one claim, ready for sources: (article id, claim id)."""
    article = lib.articles.add(ARTICLE, title="Interview", origin="pasted").article
    claim = lib.claims.add(article.id, quote="die Zahl der Anträge habe sich verdoppelt")
    return article.id, claim.id


def add_web_source(
    lib: Library, claim_id: str, url: str, excerpt: str | None = None, title: str | None = None
) -> str:
    source = lib.sources.add(url=url, title=title)
    lib.evidence.add(claim_id, source.id, stance="refutes", excerpt=excerpt)
    return source.id


def test_capture_keeps_the_page_fills_details_and_finds_the_excerpt(
    lib: Library, server: HTTPServer, cited: tuple[str, str]
) -> None:
    url = serve(server, "/zahlen", page())
    excerpt = 'Ein Sprecher sagte: "Von einer Verdopplung\n  kann keine Rede sein."'
    source_id = add_web_source(lib, cited[1], url, excerpt)

    captured = capture_source(lib, source_id, config=QUICK)

    stored = lib.snapshots.get(captured.snapshot_id)
    assert stored.body == page()
    assert stored.source_id == source_id
    assert "Im Jahr 2024 gingen 92.000 Anträge ein." in (stored.text or "")
    assert stored.warc is not None and read_warc(stored.warc).payload == page()
    source = lib.sources.get(source_id)
    assert source.title == "Anträge 2024: die amtlichen Zahlen"
    assert (source.publisher, source.author, source.published) == (
        "Bundesamt für Statistik",
        "Referat Presse",
        "2025-02-03",
    )
    assert source.accessed_at == stored.captured_at
    assert [(e.excerpt, e.found) for e in captured.excerpts] == [(excerpt, True)]
    assert captured.warnings == ()


def test_capture_keeps_what_the_user_entered(
    lib: Library, server: HTTPServer, cited: tuple[str, str]
) -> None:
    url = serve(server, "/zahlen", page())
    source_id = add_web_source(lib, cited[1], url, title="Meine Überschrift")
    captured = capture_source(lib, source_id, config=QUICK)
    assert lib.sources.get(source_id).title == "Meine Überschrift"
    assert "title" not in captured.filled


def test_an_excerpt_not_on_the_page_is_reported(
    lib: Library, server: HTTPServer, cited: tuple[str, str]
) -> None:
    url = serve(server, "/zahlen", page())
    source_id = add_web_source(lib, cited[1], url, excerpt="Die Zahl hat sich verdoppelt.")
    captured = capture_source(lib, source_id, config=QUICK)
    assert [e.found for e in captured.excerpts] == [False]
    assert "was not found in the captured page" in captured.warnings[0]


def test_an_excerpt_outside_the_article_is_still_found(
    lib: Library, server: HTTPServer, cited: tuple[str, str]
) -> None:
    url = serve(server, "/zahlen", page())
    source_id = add_web_source(lib, cited[1], url, excerpt="Impressum")
    assert capture_source(lib, source_id, config=QUICK).excerpts[0].found


def test_a_failed_capture_stores_nothing(
    lib: Library, server: HTTPServer, cited: tuple[str, str]
) -> None:
    url = serve(server, "/weg", b"not here", status=404)
    source_id = add_web_source(lib, cited[1], url)
    with pytest.raises(FetchError, match="404 Not Found"):
        capture_source(lib, source_id, config=QUICK)
    assert lib.snapshots.list(source_id=source_id) == []
    assert lib.sources.get(source_id).title is None


def test_a_source_without_address_cannot_be_captured(lib: Library) -> None:
    source = lib.sources.add(title="Gespräch mit dem Pressesprecher", kind="person")
    with pytest.raises(InputError, match="no web address"):
        capture_source(lib, source.id)


def captured_source(lib: Library, server: HTTPServer, claim_id: str, path: str = "/zahlen") -> str:
    url = serve(server, path, page())
    source_id = add_web_source(lib, claim_id, url)
    capture_source(lib, source_id, config=QUICK)
    return source_id


def test_an_unchanged_page_is_alive(
    lib: Library, server: HTTPServer, cited: tuple[str, str]
) -> None:
    source_id = captured_source(lib, server, cited[1])
    state = check_source(lib, source_id, config=QUICK)
    assert (state.state, state.http_status) == ("alive", 200)
    assert "same as in the snapshot" in state.detail
    checks = lib.sources.link_checks(source_id)
    assert [c.state for c in checks] == ["alive"]
    assert checks[0].sha256 == lib.snapshots.latest(source_id).sha256  # type: ignore[union-attr]
    assert lib.sources.get(source_id).check_state == "alive"


def test_a_changed_page_is_changed(
    lib: Library, server: HTTPServer, cited: tuple[str, str]
) -> None:
    source_id = captured_source(lib, server, cited[1])
    serve(server, "/zahlen", page(count="160.000", rise="100"))
    state = check_source(lib, source_id, config=QUICK)
    assert state.state == "changed"
    assert "differs from the snapshot of" in state.detail


def test_new_bytes_with_the_same_text_are_not_a_change(
    lib: Library, server: HTTPServer, cited: tuple[str, str]
) -> None:
    source_id = captured_source(lib, server, cited[1])
    serve(server, "/zahlen", page(extra="<script>var ad = 'rotated';</script>"))
    state = check_source(lib, source_id, config=QUICK)
    assert state.state == "alive"
    assert "bytes differ" in state.detail


def test_a_page_that_moved_is_redirected_with_its_new_place(
    lib: Library, server: HTTPServer, cited: tuple[str, str]
) -> None:
    source_id = captured_source(lib, server, cited[1])
    server.clear()
    server.expect_request("/zahlen").respond_with_data("", 301, headers={"Location": "/neu"})
    server.expect_request("/neu").respond_with_data(page(), content_type="text/html")
    state = check_source(lib, source_id, config=QUICK)
    assert (state.state, state.final_url) == ("redirected", server.url_for("/neu"))
    assert server.url_for("/neu") in state.detail


@pytest.mark.parametrize("status", [404, 410, 500])
def test_an_error_status_means_gone(
    lib: Library, server: HTTPServer, cited: tuple[str, str], status: int
) -> None:
    source_id = captured_source(lib, server, cited[1])
    serve(server, "/zahlen", b"", status=status)
    state = check_source(lib, source_id, config=QUICK)
    assert (state.state, state.http_status) == ("gone", status)
    assert str(status) in state.detail


def test_a_host_that_no_longer_exists_is_gone(
    lib: Library, cited: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source_id = add_web_source(lib, cited[1], "https://eingestellt.invalid/artikel")

    def no_such_host(*args: object, **kwargs: object) -> list[object]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    state = check_source(lib, source_id, config=QUICK)
    assert state.state == "gone"
    assert "No such host" in state.detail


def test_a_source_never_captured_is_checked_without_comparison(
    lib: Library, server: HTTPServer, cited: tuple[str, str]
) -> None:
    source_id = add_web_source(lib, cited[1], serve(server, "/zahlen", page()))
    state = check_source(lib, source_id, config=QUICK)
    assert (state.state, state.detail) == (
        "alive",
        "The page is there (no snapshot to compare with).",
    )


def test_checking_all_sources_of_a_claim_reports_progress(
    lib: Library, server: HTTPServer, cited: tuple[str, str]
) -> None:
    server.expect_request("/a").respond_with_data(page(), content_type="text/html")
    server.expect_request("/b").respond_with_data("", 404)
    first = add_web_source(lib, cited[1], server.url_for("/a"))
    second = add_web_source(lib, cited[1], server.url_for("/b"))
    lib.evidence.add(cited[1], lib.sources.add(title="Interview", kind="person").id)
    other_claim = lib.claims.add(cited[0], quote="Das stimmt so nicht.")
    add_web_source(lib, other_claim.id, server.url_for("/c"))
    calls: list[tuple[int, int, str]] = []

    states = check_sources(
        lib, claim_id=cited[1], config=QUICK, progress=lambda *a: calls.append(a)
    )

    assert [(s.source_id, s.state) for s in states] == [(first, "alive"), (second, "gone")]
    assert calls[0][:2] == (0, 2) and calls[-1][:2] == (2, 2)


def test_a_cancelled_check_stops(lib: Library, server: HTTPServer, cited: tuple[str, str]) -> None:
    add_web_source(lib, cited[1], serve(server, "/zahlen", page()))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        check_sources(lib, config=QUICK, cancel=cancel)


def test_snapshot_text_and_warc_come_from_the_library(
    lib: Library, server: HTTPServer, cited: tuple[str, str]
) -> None:
    source_id = captured_source(lib, server, cited[1])
    server.clear()  # nothing is served any more: both must come from the library
    stored = lib.snapshots.latest(source_id, with_body=True)
    assert stored is not None
    assert "Von einer Verdopplung kann keine Rede sein." in snapshot_text(stored)
    data = snapshot_warc(stored)
    payloads = [
        (r.rec_headers.get_header("WARC-Payload-Digest"), r.raw_stream.read())
        for r in ArchiveIterator(io.BytesIO(data))
        if r.rec_type == "response"
    ]
    assert payloads == [(payload_digest(page()), page())]


def test_a_snapshot_stored_without_warc_is_exported_all_the_same(lib: Library) -> None:
    body = page()
    web = lib.snapshots.add(
        url="https://example.org/a",
        body=body,
        http_status=200,
        content_type="text/html",
        redirects=[["http://example.org/a", 301, "https://example.org/a"]],
        response_headers=[["Content-Type", "text/html"]],
        request_headers=[["User-Agent", "x"]],
    )
    snapshot = read_warc(snapshot_warc(lib.snapshots.get(web.id)))
    assert (snapshot.payload, snapshot.status, snapshot.target_uri) == (
        body,
        200,
        "https://example.org/a",
    )
    assert snapshot.redirects == (("http://example.org/a", 301, "https://example.org/a"),)
    document = lib.snapshots.add(url="file:///bericht.pdf", body=b"%PDF-1.4 x")
    resource = read_warc(snapshot_warc(lib.snapshots.get(document.id)))
    assert (resource.payload, resource.target_uri) == (b"%PDF-1.4 x", "file:///bericht.pdf")


# -- the command line -----------------------------------------------------------------------


def test_cli_shows_and_exports_a_snapshot(
    run,
    lib: Library,
    server: HTTPServer,
    cited: tuple[str, str],
    tmp_path: Path,
    db_path: Path,
    snapshot_of,
) -> None:
    source_id = captured_source(lib, server, cited[1])
    server.clear()

    shown = run("snapshot", "show", source_id[:8])
    assert shown.returncode == 0, shown.stderr
    assert "Im Jahr 2024 gingen 92.000 Anträge ein." in shown.stdout

    target = tmp_path / "quelle.warc.gz"
    exported = run("snapshot", "export", source_id[:8], "-o", str(target))
    assert exported.returncode == 0, exported.stderr
    assert read_warc(target.read_bytes()).payload == page()
    assert gzip.decompress(target.read_bytes()).startswith(b"WARC/1.1")

    again = run("snapshot", "export", source_id[:8], "-o", str(target))
    assert again.returncode != 0 and "--force" in again.stderr
    before = snapshot_of(db_path)
    for onto in (db_path, Path(f"{db_path}-wal")):
        refused = run("snapshot", "export", source_id[:8], "-o", str(onto), "--force")
        assert refused.returncode == 1 and "is the library itself" in refused.stderr
    assert snapshot_of(db_path) == before


def test_cli_says_when_there_is_no_snapshot(run, lib: Library, cited: tuple[str, str]) -> None:
    source_id = add_web_source(lib, cited[1], "https://example.org/nie-geladen")
    result = run("snapshot", "show", source_id[:8])
    assert result.returncode == 1
    assert result.stderr.startswith("error: This source has no snapshot yet")


def test_cli_checks_sources(run, lib: Library, server: HTTPServer, cited: tuple[str, str]) -> None:
    source_id = captured_source(lib, server, cited[1])
    server.expect_request("/fehlt").respond_with_data("", 404)
    gone = add_web_source(lib, cited[1], server.url_for("/fehlt"))

    listed = run("sources", "check", "--claim", cited[1][:8], "--json")
    assert listed.returncode == 0, listed.stderr
    states = {item["source_id"]: item["state"] for item in json.loads(listed.stdout)}
    assert states == {source_id: "alive", gone: "gone"}

    plain = run("sources", "check")
    assert plain.returncode == 0, plain.stderr
    lines = plain.stdout.splitlines()
    assert any(line.startswith(source_id[:8]) and " alive " in line for line in lines)
    assert any(line.startswith(gone[:8]) and " gone " in line for line in lines)
