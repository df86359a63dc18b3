"""Publishing from the command line: exports, imports from other desks, prior fact-checks."""

from __future__ import annotations

import csv
import io
import json

import pytest

from workbench.core.library.store import Library


def _ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def _one_line_error(result, message):
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert message.lower() in lines[0].lower(), lines[0]


@pytest.fixture
def case_ids(db_path, article_text):
    lib = Library.open(db_path, actor="cli-tester")
    article = lib.articles.add(
        "# DeepSeek-Schock\n\n" + article_text, title="DeepSeek-Schock", language="de"
    ).article
    published = lib.claims.add(
        article.id,
        quote="592,7 Milliarden Dollar",
        statement="Nvidia verlor 592,7 Milliarden Dollar.",
        status="published",
    )
    lib.claims.update(published.id, review_url="https://check.example/nvidia")
    lib.verdicts.add(published.id, "richtig", scale="correctiv", rationale="Kurse belegen es.")
    still_open = lib.claims.add(article.id, quote="5,6 Millionen Dollar")
    lib.verdicts.add(still_open.id, "unbelegt", scale="correctiv")
    source = lib.sources.add(url="https://example.org/kurse", title="Kurse")
    lib.evidence.add(published.id, source.id, stance="supports", excerpt="=592.7")
    lib.settings.set("organisation", "Demo-Check")
    lib.close()
    return {"article": article.id, "claim": published.id, "open": still_open.id}


def test_exports_write_files_and_never_overwrite_by_accident(
    run, case_ids, tmp_path, db_path, snapshot_of
):
    review = tmp_path / "claimreview.json"
    result = run("export", "claimreview", "-o", str(review))
    _ok(result)
    reviews = json.loads(review.read_text(encoding="utf-8"))
    assert [r["claimReviewed"] for r in reviews] == ["Nvidia verlor 592,7 Milliarden Dollar."]
    assert "still open" in result.stderr
    assert len(json.loads(_ok(run("export", "claimreview", "--include-open")))) == 2

    case_json = tmp_path / "fall.json"
    _ok(run("export", "json", "--article", case_ids["article"][:6], "-o", str(case_json)))
    assert len(json.loads(case_json.read_text(encoding="utf-8"))["claims"]) == 2

    before = snapshot_of(db_path)
    _one_line_error(run("export", "json", "-o", str(case_json)), "use --force")
    _one_line_error(run("export", "json", "-o", str(db_path)), "is the library itself")
    _one_line_error(run("export", "json", "-o", f"{db_path}-wal", "--force"), "library itself")
    assert snapshot_of(db_path) == before
    _ok(run("export", "json", "-o", str(case_json), "--force"))

    page = tmp_path / "bericht.html"
    _ok(run("export", "report", "--article", case_ids["article"][:6], "-o", str(page)))
    html_text = page.read_text(encoding="utf-8")
    assert "Faktencheck-Bericht" in html_text and "Kurse belegen es." in html_text
    markdown = _ok(
        run("export", "report", "--claim", case_ids["claim"][:6], "--format", "md", "--lang", "en")
    )
    assert "**Verdict:** **Correct**" in markdown and "5,6 Millionen" not in markdown
    assert run("export", "report").returncode == 2

    sheet = tmp_path / "claims.csv"
    _ok(run("export", "csv", "-o", str(sheet), "--semicolon"))
    raw = sheet.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8")), delimiter=";"))
    assert rows[0][:3] == ["article", "article_url", "quote"]
    assert len(rows) == 3


def test_case_moves_to_another_library_and_twice_is_once(run, case_ids, tmp_path, snapshot_of):
    bundle = tmp_path / "fall.wbcase.json"
    _ok(run("export", "case", case_ids["article"][:6], "-o", str(bundle)))
    other = tmp_path / "other.sqlite"
    first = json.loads(_ok(run("import", "case", str(bundle), "--json", db=other)))
    assert first["added"]["claims"] == 2 and first["conflicts"] == []
    before = snapshot_of(other)
    second = run("import", "case", str(bundle), db=other)
    assert "nothing new" in _ok(second)
    assert snapshot_of(other) == before
    cut = tmp_path / "cut.json"
    cut.write_bytes(bundle.read_bytes()[:500])
    _one_line_error(run("import", "case", str(cut), db=other), "not a readable case bundle")
    assert snapshot_of(other) == before


def test_import_claimreview_beside_article_import(run, case_ids, tmp_path, article_text):
    article = tmp_path / "artikel.md"
    article.write_text("# Neu\n\nEin ganz anderer Artikel über Mieten.\n", encoding="utf-8")
    assert len(_ok(run("import", str(article), "--lang", "de")).strip()) == 36
    reviews = tmp_path / "reviews.json"
    _ok(run("export", "claimreview", "-o", str(reviews)))
    assert json.loads(_ok(run("import", "claimreview", str(reviews), "--json")))["imported"] == 1
    assert json.loads(_ok(run("import", "claimreview", str(reviews), "--json")))["imported"] == 0
    listed = json.loads(_ok(run("prior", "list", "--json")))
    assert [p["origin"] for p in listed] == ["claimreview"]
    assert "claimreview" in _ok(run("import", "--help"))


def test_prior_search_against_a_local_service(run, case_ids, http_server, cli_env):
    http_server.expect_request("/v1alpha1/claims:search").respond_with_json(
        {
            "claims": [
                {
                    "text": "Nvidia lost 600 billion",
                    "claimant": "Blog",
                    "claimReview": [
                        {
                            "publisher": {"name": "Checker"},
                            "url": "https://checker.example/1",
                            "textualRating": "Mostly true",
                        }
                    ],
                }
            ]
        }
    )
    env = {
        **cli_env,
        "WORKBENCH_FACTCHECK_API_URL": http_server.url_for("/v1alpha1/claims:search"),
        "WORKBENCH_FACTCHECK_API_KEY": "k-1",
    }
    found = json.loads(_ok(run("prior", "search", "Nvidia", "--lang", "en", "--json", env=env)))
    assert found["results"][0]["rating"] == "Mostly true" and not found["cached"]
    request = http_server.log[0][0]
    assert (request.args["query"], request.args["languageCode"], request.args["key"]) == (
        "Nvidia",
        "en",
        "k-1",
    )
    evidence = json.loads(
        _ok(run("prior", "attach", found["results"][0]["id"][:8], case_ids["open"][:6], "--json"))
    )
    assert evidence["source"]["kind"] == "fact-check"
    text = _ok(run("prior", "search", "Nvidia", "--lang", "en", env=env))
    assert "Checker" in text and len(http_server.log) == 1
    no_key = {**cli_env, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    _one_line_error(run("prior", "search", "Nvidia", "--refresh", env=no_key), "No API key")


def test_similar_and_serve(run, case_ids, db_path):
    lib = Library.open(db_path)
    other = lib.articles.add("Nvidia verlor 592,7 Milliarden Dollar an Wert.\n").article
    claim = lib.claims.add(other.id, quote="Nvidia verlor 592,7 Milliarden Dollar an Wert.")
    lib.close()
    found = json.loads(_ok(run("similar", claim.id[:8], "--json")))
    assert found[0]["claim_id"] == case_ids["claim"] and found[0]["rating"] == "Richtig"
    result = run("serve")
    try:
        import datasette  # noqa: F401
    except ImportError:
        _one_line_error(result, "Datasette is not installed")
