"""snapshot take fetches a source again and keeps the new copy beside the old one."""

from __future__ import annotations

import json


def _ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_snapshot_take_keeps_a_second_copy(run, http_server) -> None:
    page = "<html><head><title>Kurse</title></head><body><article><p>{}</p></article></body></html>"
    http_server.expect_request("/kurse").respond_with_data(
        page.format("Nvidia lost $592.7bn in market value on Monday."), content_type="text/html"
    )
    url = http_server.url_for("/kurse")
    _ok(run("demo"))
    claim = json.loads(_ok(run("claims", "--json")))[0]["id"]
    added = json.loads(
        _ok(run("source", "add", claim, url, "--excerpt", "lost $592.7bn", "--json"))
    )
    source = added["source_id"]
    http_server.clear()
    http_server.expect_request("/kurse").respond_with_data(
        page.format("Nvidia lost $589bn in market value on Monday."), content_type="text/html"
    )
    taken = json.loads(_ok(run("snapshot", "take", source[:8], "--json")))
    assert source in json.dumps(taken)
    shown = _ok(run("snapshot", "show", source[:8]))
    assert "$589bn" in shown
