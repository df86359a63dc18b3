"""Snapshots as WARC: written from a real capture, read back with warcio's own reader."""

from __future__ import annotations

import base64
import gzip
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from httpfakes import local_httpserver
from warcio.archiveiterator import ArchiveIterator

from workbench.core.errors import InputError
from workbench.core.evidence.fetch import FetchConfig, FetchResult, fetch
from workbench.core.evidence.warc import build_warc, payload_digest, read_warc, write_warc_file

QUICK = FetchConfig(timeout_read=2, deadline=5, max_retry_wait=0.05)
BODY = "<html><body><p>Die Größe der „Mehrheit“ überraschte.</p></body></html>".encode("cp1252")


@pytest.fixture(scope="module")
def capture() -> Iterator[FetchResult]:
    with local_httpserver() as server:
        server.expect_request("/old").respond_with_data("", 301, headers={"Location": "/new"})
        server.expect_request("/new").respond_with_data(
            BODY, content_type="text/html", headers={"Set-Cookie": "a=1"}
        )
        yield fetch(server.url_for("/old"), config=QUICK)


def records(data: bytes) -> list[tuple[str, dict[str, str], bytes]]:
    """Each record's type, WARC headers and block (HTTP head included) as warcio reads it."""
    out = []
    for record in ArchiveIterator(io.BytesIO(data)):
        head = record.http_headers.to_bytes() if record.http_headers else b""
        headers = dict(record.rec_headers.headers)
        out.append((record.rec_type, headers, head + record.raw_stream.read()))
    return out


def test_a_written_file_reads_back_identically_with_warcio(
    capture: FetchResult, tmp_path: Path
) -> None:
    path = write_warc_file(build_warc(capture), tmp_path / "quelle.warc.gz")

    with path.open("rb") as stream:
        responses = [
            (r.rec_headers.get_header("WARC-Payload-Digest"), r.raw_stream.read(), r)
            for r in ArchiveIterator(stream)
            if r.rec_type == "response"
        ]

    assert len(responses) == 1
    digest, payload, record = responses[0]
    assert payload == BODY == capture.body
    assert digest == payload_digest(BODY)
    algorithm, _, value = digest.partition(":")
    assert (algorithm, base64.b32decode(value).hex()) == ("sha256", capture.sha256)
    assert record.rec_headers.get_header("WARC-Target-URI") == capture.final_url
    assert record.http_headers.get_statuscode() == "200"


def test_the_file_holds_warcinfo_request_response_and_the_chain(capture: FetchResult) -> None:
    data = build_warc(capture)
    kinds = [kind for kind, _, _ in records(data)]
    assert sorted(kinds) == ["metadata", "request", "response", "warcinfo"]
    by_kind = {kind: (headers, body) for kind, headers, body in records(data)}

    request_headers, request = by_kind["request"]
    assert request.startswith(b"GET /new HTTP/1.1\r\n")
    assert b"User-Agent: FactCheckWorkbench/" in request
    response_headers, _ = by_kind["response"]
    assert request_headers["WARC-Concurrent-To"] == response_headers["WARC-Record-ID"]
    assert response_headers["WARC-Date"] == capture.captured_at

    _, chain = by_kind["metadata"]
    assert f"requested-url: {capture.url}".encode() in chain
    assert f"redirect: 301 {capture.url} {capture.final_url}".encode() in chain
    assert b"Fact-check Workbench" in by_kind["warcinfo"][1]


def test_every_record_is_its_own_gzip_member(capture: FetchResult) -> None:
    data = build_warc(capture)
    assert data[:2] == b"\x1f\x8b"
    assert gzip.decompress(data).count(b"WARC/1.1\r\n") == 4


def test_read_warc_gives_payload_headers_uri_and_digest(capture: FetchResult) -> None:
    snapshot = read_warc(build_warc(capture))
    assert snapshot.payload == BODY
    assert snapshot.target_uri == capture.final_url
    assert snapshot.payload_digest == payload_digest(BODY)
    assert (snapshot.status, snapshot.content_type, snapshot.charset) == (200, "text/html", None)
    assert ("Set-Cookie", "a=1") in snapshot.http_headers
    assert snapshot.captured_at == capture.captured_at
    assert snapshot.requested_url == capture.url
    assert snapshot.redirects == capture.redirects


def test_transfer_encodings_are_not_claimed_for_the_stored_payload(capture: FetchResult) -> None:
    gzipped = FetchResult(
        **{
            **capture.__dict__,
            "response_headers": (*capture.response_headers, ("Content-Encoding", "gzip")),
        }
    )
    snapshot = read_warc(build_warc(gzipped))
    names = [name.lower() for name, _ in snapshot.http_headers]
    assert "content-encoding" not in names
    assert ("Content-Length", str(len(BODY))) in snapshot.http_headers
    assert ("X-Archive-Orig-Content-Encoding", "gzip") in snapshot.http_headers


def test_a_tampered_payload_is_detected(capture: FetchResult) -> None:
    plain = gzip.decompress(build_warc(capture))
    tampered = plain.replace("Mehrheit".encode("cp1252"), b"Minderhe")
    assert tampered != plain
    with pytest.raises(InputError, match="damaged"):
        read_warc(tampered)


@pytest.mark.parametrize("data", [b"", b"not a warc at all", gzip.compress(b"nope")])
def test_something_else_is_not_a_snapshot(data: bytes) -> None:
    with pytest.raises(InputError, match="snapshot"):
        read_warc(data)


def test_writing_leaves_no_temporary_files(capture: FetchResult, tmp_path: Path) -> None:
    target = tmp_path / "a.warc.gz"
    write_warc_file(b"first", target)
    write_warc_file(build_warc(capture), target)
    assert [p.name for p in tmp_path.iterdir()] == ["a.warc.gz"]
    assert read_warc(target.read_bytes()).payload == BODY
