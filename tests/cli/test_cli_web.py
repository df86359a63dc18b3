"""Importing from the web through the CLI: the article, its snapshot and a new text version."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Nvidia verliert Rekordsumme</title>
<meta property="og:site_name" content="Beispiel-Nachrichten">
<meta name="author" content="Erika Muster"></head><body>
<nav>Startseite | Wirtschaft | Kontakt</nav>
<article><h1>Nvidia verliert Rekordsumme</h1>
<p>Die Aktie des Chipherstellers Nvidia ist am Montag um rund 17 Prozent gefallen. Damit verlor
das Unternehmen {amount} an Börsenwert, so viel wie kein anderes Unternehmen an einem Tag.</p>
<p>Auslöser war ein Sprachmodell des chinesischen Start-ups DeepSeek, dessen Training nur
5,6 Millionen Dollar gekostet haben soll. Fachleute bezweifeln diese Zahl.</p>
<p>Ein bekannter Investor sprach von einem Sputnik-Moment für die amerikanische Industrie.</p>
</article><footer>Impressum</footer></body></html>"""


@pytest.fixture
def page_server(httpserver):
    def serve(amount: str) -> str:
        httpserver.clear()
        body = PAGE.replace("{amount}", amount).encode("utf-8")
        httpserver.expect_request("/artikel").respond_with_data(
            body, content_type="text/html; charset=utf-8"
        )
        return httpserver.url_for("/artikel")

    return serve


def test_url_import_keeps_a_snapshot_and_versions_the_text(run, db_path, page_server):
    url = page_server("592,7 Milliarden Dollar")
    first = json.loads(run("import", url, "--json").stdout)
    assert first["created"]
    claim = json.loads(
        run("claim", "add", first["id"], "--quote", "592,7 Milliarden Dollar", "--json").stdout
    )

    conn = sqlite3.connect(str(db_path))
    body, sha, status, article_id = conn.execute(
        "SELECT body, sha256, http_status, article_id FROM snapshots"
    ).fetchone()
    assert hashlib.sha256(body).hexdigest() == sha
    assert (200, first["id"]) == (status, article_id)
    text = conn.execute("SELECT text FROM articles").fetchone()[0]
    assert "17 Prozent" in text and "Impressum" not in text
    conn.close()

    page_server("589 Milliarden Dollar")
    second = run("import", url, "--json")
    assert 0 == second.returncode, second.stderr
    result = json.loads(second.stdout)
    assert (False, True, 2) == (result["created"], result["new_version"], result["version"])
    assert claim["id"] in result["placements"]
    assert "589 Milliarden Dollar" in result["changes"][0]["added"]
    assert "592,7 Milliarden Dollar" in result["changes"][0]["removed"]

    conn = sqlite3.connect(str(db_path))
    assert 2 == conn.execute("SELECT count(*) FROM snapshots").fetchone()[0]
    earlier = conn.execute("SELECT version, text FROM article_versions").fetchall()
    assert [1] == [v for v, _ in earlier]
    assert "592,7 Milliarden Dollar" in earlier[0][1]
    start, end, quote, marked, orphaned, needs_review = conn.execute(
        "SELECT start, end, current_quote, quote, orphaned, needs_review FROM claims"
    ).fetchone()
    text = conn.execute("SELECT text FROM articles").fetchone()[0]
    conn.close()
    assert 0 == orphaned
    assert quote == text[start:end]
    assert "589 Milliarden Dollar" in quote
    # What was marked is kept, and a changed figure is not taken for the marked one silently.
    assert "592,7 Milliarden Dollar" == marked
    assert 1 == needs_review


def test_url_that_fails_writes_nothing(run, db_path, httpserver, snapshot_of):
    run("articles")
    before = snapshot_of(db_path)
    httpserver.expect_request("/weg").respond_with_data("not here", status=404)
    result = run("import", httpserver.url_for("/weg"))
    assert 1 == result.returncode
    assert "404" in result.stderr
    assert 1 == len(result.stderr.strip().splitlines())
    assert before == snapshot_of(db_path)


def test_other_schemes_are_refused(run):
    result = run("import", "file:///etc/passwd")
    assert 1 == result.returncode
    assert "http" in result.stderr
