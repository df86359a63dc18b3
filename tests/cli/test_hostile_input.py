"""Bad addresses and binary text are refused with one clear line, and nothing is stored."""

from __future__ import annotations

import json

import pytest


def _ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(
    "url, says",
    [
        ("http://", "has no valid host name"),
        ("https://anna:geheim@example.org/x", "must not contain a user name or password"),
        ("https://exa mple.org/x", "contains spaces"),
        ("https://example.org:99999/x", "not a valid web address"),
    ],
)
def test_source_add_refuses_a_bad_address_and_stores_nothing(
    run, db_path, snapshot_of, url, says
) -> None:
    _ok(run("demo"))
    claim = json.loads(_ok(run("claims", "--json")))[0]["id"]
    before = snapshot_of(db_path)
    result = run("source", "add", claim, url, "--no-fetch")
    assert result.returncode == 1
    assert says in result.stderr and result.stderr.count("\n") == 1
    assert snapshot_of(db_path) == before


def test_review_and_organisation_urls_must_be_http(run, db_path, snapshot_of) -> None:
    _ok(run("demo"))
    claim = json.loads(_ok(run("claims", "--json")))[0]["id"]
    before = snapshot_of(db_path)
    bad = run("claim", "set", claim, "--review-url", "javascript:alert(1)")
    assert bad.returncode == 1 and "must start with http:// or https://" in bad.stderr
    org = run("config", "organisation_url", "javascript:alert(1)")
    assert org.returncode == 1 and "must start with http:// or https://" in org.stderr
    assert snapshot_of(db_path) == before
    _ok(run("claim", "set", claim, "--review-url", "https://example.org/faktencheck"))


@pytest.mark.parametrize("via_file", [True, False])
def test_nul_bytes_are_refused_on_every_import_path(run, db_path, tmp_path, via_file) -> None:
    _ok(run("demo"))
    before = json.loads(_ok(run("articles", "--json")))
    text = "Ein Text mit \x00 einem NUL-Byte.\n"
    if via_file:
        path = tmp_path / "nul.txt"
        path.write_bytes(text.encode())
        result = run("import", str(path), "--lang", "de")
    else:
        result = run("import", "-", "--lang", "de", input=text.encode())
    assert result.returncode == 1
    assert "binary file, not text" in result.stderr
    assert json.loads(_ok(run("articles", "--json"))) == before
