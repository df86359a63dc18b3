"""Internet Archive archiving against a local imitation of Save Page Now 2 and availability."""

from __future__ import annotations

import json

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from workbench.core.errors import FetchError
from workbench.core.evidence.archive import ArchiveConfig, ArchiveKeys, lookup, save_page

KEYS = ArchiveKeys("acc355", "s3cr3t")
QUICK = ArchiveConfig(timeout=2, deadline=2, poll_interval=0.01)
PAGE = "https://example.org/artikel"


def json_response(data: object, status: int = 200) -> Response:
    return Response(json.dumps(data), status, content_type="application/json")


def test_a_page_is_saved_and_the_job_polled_until_success(server: HTTPServer) -> None:
    seen: list[Request] = []

    def save(request: Request) -> Response:
        seen.append(request)
        return json_response({"url": request.form["url"], "job_id": "spn2-42"})

    server.expect_request("/save", method="POST").respond_with_handler(save)
    server.expect_oneshot_request("/save/status/spn2-42").respond_with_json({"status": "pending"})
    server.expect_oneshot_request("/save/status/spn2-42").respond_with_json(
        {"status": "success", "timestamp": "20250128093000", "original_url": PAGE}
    )
    base = server.url_for("").rstrip("/")
    steps: list[str] = []

    copy = save_page(PAGE, KEYS, base=base, config=QUICK, progress=lambda d, t, m: steps.append(m))

    assert copy.archive_url == f"{base}/web/20250128093000/{PAGE}"
    assert (copy.timestamp, copy.original_url, copy.status) == ("20250128093000", PAGE, "success")
    request = seen[0]
    assert request.headers["Authorization"] == "LOW acc355:s3cr3t"
    assert request.headers["Accept"] == "application/json"
    assert request.form["url"] == PAGE
    assert request.headers["User-Agent"].startswith("FactCheckWorkbench/")
    assert steps[-1] == "Saved in the Internet Archive"


@pytest.mark.parametrize("keys", [None, ArchiveKeys("", ""), ArchiveKeys("a", " ")])
def test_archiving_is_off_without_keys(keys: ArchiveKeys | None) -> None:
    with pytest.raises(FetchError, match="Archiving is off"):
        save_page(PAGE, keys, base="http://127.0.0.1:9", config=QUICK)


def test_a_failed_job_gives_the_archive_reason(server: HTTPServer) -> None:
    server.expect_request("/save", method="POST").respond_with_json({"job_id": "j1"})
    server.expect_request("/save/status/j1").respond_with_json(
        {"status": "error", "status_ext": "error:blocked-url", "message": "This URL is excluded."}
    )
    with pytest.raises(FetchError, match="could not save .*: This URL is excluded."):
        save_page(PAGE, KEYS, base=server.url_for(""), config=QUICK)


def test_a_refused_save_request_is_explained(server: HTTPServer) -> None:
    server.expect_request("/save", method="POST").respond_with_json(
        {"status": "error", "message": "You have already reached the limit of active sessions."}
    )
    with pytest.raises(FetchError, match="already reached the limit"):
        save_page(PAGE, KEYS, base=server.url_for(""), config=QUICK)


@pytest.mark.parametrize(
    ("status", "message"), [(429, "limiting requests"), (401, "refused the archive.org keys")]
)
def test_http_errors_are_explained(server: HTTPServer, status: int, message: str) -> None:
    server.expect_request("/save", method="POST").respond_with_data("no", status)
    with pytest.raises(FetchError, match=message):
        save_page(PAGE, KEYS, base=server.url_for(""), config=QUICK)


def test_polling_stops_at_the_deadline(server: HTTPServer) -> None:
    server.expect_request("/save", method="POST").respond_with_json({"job_id": "slow"})
    server.expect_request("/save/status/slow").respond_with_json({"status": "pending"})
    config = ArchiveConfig(timeout=2, deadline=0.3, poll_interval=0.05)
    with pytest.raises(FetchError, match=r"had not finished saving .* after 0.3 s"):
        save_page(PAGE, KEYS, base=server.url_for(""), config=config)


def test_a_non_json_answer_is_an_error(server: HTTPServer) -> None:
    server.expect_request("/save", method="POST").respond_with_data("<html>login</html>")
    with pytest.raises(FetchError, match="not JSON"):
        save_page(PAGE, KEYS, base=server.url_for(""), config=QUICK)


def test_the_closest_archived_copy_is_found(server: HTTPServer) -> None:
    server.expect_request(
        "/wayback/available", query_string={"url": PAGE, "timestamp": "20250101"}
    ).respond_with_json(
        {
            "url": PAGE,
            "archived_snapshots": {
                "closest": {
                    "available": True,
                    "url": f"http://web.archive.org/web/20250102030405/{PAGE}",
                    "timestamp": "20250102030405",
                    "status": "200",
                }
            },
        }
    )
    copy = lookup(PAGE, timestamp="20250101", base=server.url_for(""), config=QUICK)
    assert copy is not None
    assert copy.archive_url == f"http://web.archive.org/web/20250102030405/{PAGE}"
    assert (copy.timestamp, copy.status) == ("20250102030405", "200")


def test_no_archived_copy_is_none(server: HTTPServer) -> None:
    server.expect_request("/wayback/available").respond_with_json(
        {"url": PAGE, "archived_snapshots": {}}
    )
    assert lookup(PAGE, base=server.url_for(""), config=QUICK) is None


def test_an_unreachable_archive_is_a_fetch_error() -> None:
    from httpfakes import closed_port

    with pytest.raises(FetchError, match="could not be reached"):
        lookup(PAGE, base=f"http://127.0.0.1:{closed_port()}", config=QUICK)
