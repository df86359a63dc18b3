"""The command line checks what it is given: excerpts against files, dates that are dates,
`show` with any id prefix, rating labels in one language."""

from __future__ import annotations

import json

import pytest
from httpfakes import make_pdf

from workbench.core.library.store import Library

FILE_TEXT = "Im Januar lag die Quote bei 16,97 Prozent, so die Behörde."


def _ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def claim_id(db_path) -> str:
    lib = Library.open(db_path, actor="tester")
    try:
        article = lib.articles.add(
            "Die Quote lag bei 17 Prozent.", title="Quote", language="de"
        ).article
        return lib.claims.add(article.id, quote="17 Prozent").id
    finally:
        lib.close()


def _file(tmp_path, kind: str):
    if kind == "txt":
        path = tmp_path / "quelle.txt"
        path.write_text(FILE_TEXT, encoding="utf-8")
    elif kind == "html":
        path = tmp_path / "quelle.html"
        path.write_text(
            f"<html><head><title>Quote</title></head><body><p>{FILE_TEXT}</p></body></html>",
            encoding="utf-8",
        )
    else:
        path = tmp_path / "quelle.pdf"
        path.write_bytes(make_pdf([FILE_TEXT.replace("ö", "oe")]))
    return path


@pytest.mark.parametrize("kind", ["txt", "html", "pdf"])
def test_an_excerpt_not_in_a_file_is_flagged(run, tmp_path, claim_id, kind):
    path = _file(tmp_path, kind)
    result = run("source", "add", claim_id, str(path), "--excerpt", "17 Prozent")
    _ok(result)
    assert "warning: The excerpt '17 Prozent' was not found in the file's text." in result.stderr
    data = json.loads(
        _ok(run("source", "add", claim_id, str(path), "--excerpt", "16,97 Prozent", "--json"))
    )
    assert (True, "16,97 Prozent") == (data["excerpt_found"], data["excerpt"])


def test_an_edited_excerpt_is_checked_again(run, tmp_path, claim_id):
    path = _file(tmp_path, "txt")
    data = json.loads(
        _ok(run("source", "add", claim_id, str(path), "--excerpt", "16,97 Prozent", "--json"))
    )
    result = run("evidence", "set", data["id"], "--excerpt", "7 Prozent")
    assert "was not found in the file's text" in _ok(result) + result.stderr


# -- dates --------------------------------------------------------------------------------------


def test_claim_dates_are_read_as_dates_and_stored_as_iso(run, db_path, claim_id):
    import sqlite3

    def stored() -> str | None:
        conn = sqlite3.connect(db_path)
        try:
            return conn.execute(
                "SELECT claim_date FROM claims WHERE id = ?", [claim_id]
            ).fetchone()[0]
        finally:
            conn.close()

    _ok(run("claim", "set", claim_id, "--date", "28.01.2025"))
    assert "2025-01-28" == stored()
    _ok(run("claim", "set", claim_id, "--date", "January 27, 2025"))
    assert "2025-01-27" == stored()
    refused = run("claim", "set", claim_id, "--date", "gestern")
    assert 1 == refused.returncode
    assert refused.stderr.strip().endswith(
        "'gestern' is not a date; write it as 2025-01-28, 28.01.2025, 28. Januar 2025 or "
        "January 28, 2025."
    )
    assert 1 == len(refused.stderr.strip().splitlines())
    assert "2025-01-27" == stored()


def test_a_new_claim_with_a_bad_date_is_not_added(run, db_path, claim_id):
    import sqlite3

    article = sqlite3.connect(db_path).execute("SELECT article_id FROM claims").fetchone()[0]
    refused = run("claim", "add", article, "--quote", "Die Quote", "--date", "31.02.2025")
    assert (1, "'31.02.2025' is not a day in the calendar.") == (
        refused.returncode,
        refused.stderr.strip().split(": ", 1)[-1],
    )
    assert 1 == sqlite3.connect(db_path).execute("SELECT count(*) FROM claims").fetchone()[0]


def test_a_page_without_a_date_is_stored_without_one(run, db_path, http_server):
    import sqlite3

    html = (
        "<html><head><title>Ohne Datum</title></head><body><article><h1>Ohne Datum</h1>"
        + "".join(
            f"<p>Absatz {n}: Die Quote lag bei {n + 10} Prozent, meldete die Behörde am Montag "
            f"in ihrem {n}. Bericht über den Arbeitsmarkt der Region.</p>"
            for n in range(1, 9)
        )
        + "</article><footer>© 2023 Beispielverlag</footer></body></html>"
    )
    http_server.expect_request("/seite").respond_with_data(
        html.encode(), content_type="text/html; charset=utf-8"
    )
    data = json.loads(_ok(run("import", http_server.url_for("/seite"), "--json")))
    conn = sqlite3.connect(db_path)
    try:
        published = conn.execute(
            "SELECT published FROM articles WHERE id = ?", [data["id"]]
        ).fetchone()
    finally:
        conn.close()
    assert (None,) == published


# -- show any id, rating labels in one language ----------------------------------------------


@pytest.fixture
def demo_ids(db_path) -> dict[str, str]:
    from workbench.core.library.demo import build_demo

    lib = Library.open(db_path, actor="tester")
    try:
        article_id = build_demo(lib)
        claims = lib.claims.list(article_id=article_id)
        gpus = next(c for c in claims if "50.000" in (c.statement or ""))
        evidence = lib.evidence.for_claim(gpus.id)[0]
        return {
            "article": article_id,
            "claim": gpus.id,
            "number": str(claims.index(gpus) + 1),
            "evidence": evidence.id,
            "source": evidence.source_id,
        }
    finally:
        lib.close()


@pytest.mark.parametrize("kind", ["claim", "evidence", "source"])
def test_show_takes_any_id_and_marks_the_item(run, demo_ids, kind):
    shown = _ok(run("show", demo_ids[kind][:6]))
    number = demo_ids["number"]
    assert shown.startswith(f"The {kind} {demo_ids[kind][:8]} is in this article:")
    assert f"⟦{number}* " in shown
    marked = [line for line in shown.splitlines() if line.startswith("→")]
    assert [demo_ids["claim"][:8]] == [line.split()[2] for line in marked]
    data = json.loads(_ok(run("show", demo_ids[kind][:6], "--json")))
    assert (demo_ids["article"], [demo_ids["claim"]]) == (data["id"], data["shown_for"]["claims"])


def test_show_of_an_unknown_id_says_so_in_one_line(run, demo_ids):
    result = run("show", "ffffffff")
    assert 1 == result.returncode
    assert (
        "error: No article, claim, source or evidence has an id starting with 'ffffffff'."
        == result.stderr.strip()
    )


def test_rating_labels_come_in_one_language(run, demo_ids):
    # The demo rates one claim on a German scale (Richtig) and one on an English one (True);
    # the library's language is that of its default scale, English here.
    english = _ok(run("claims"))
    assert "Correct" in english and "True" in english and "Richtig" not in english
    german = _ok(run("claims", "--lang", "de"))
    assert "Richtig" in german and "True" not in german and "Correct" not in german
    shown = _ok(run("show", demo_ids["article"][:6], "--lang", "de"))
    assert "True" not in shown and "Richtig" in shown


def test_claim_figures_names_a_conflicting_figure_and_where_it_stands(run, db_path, tmp_path):
    lib = Library.open(db_path, actor="tester")
    try:
        statement = "DeepSeek besitzt 50.000 GPUs."
        article = lib.articles.add(statement, title="GPUs", language="de").article
        claim_id = lib.claims.add(article.id, quote=statement).id
    finally:
        lib.close()
    page = tmp_path / "faktencheck.txt"
    page.write_text(
        "Im Netz heißt es, DeepSeek besitze 50.000 GPUs. "
        "Laut den Unterlagen sind es tatsächlich 10.000 GPUs.",
        encoding="utf-8",
    )
    _ok(run("source", "add", claim_id, str(page), "--stance", "refutes"))
    result = run("claim", "figures", claim_id)
    lines = _ok(result).splitlines()
    assert "50.000 GPUs ~ 50.000 GPUs  CONFLICTING: the source also gives a different figure" in (
        line.strip() for line in lines
    )
    assert any(
        line.strip().startswith("snapshot 88-99: …") and "tatsächlich [10.000 GPUs]" in line
        for line in lines
    ), lines
    assert "1 source(s) give the claim's figure and a different one: read both." in result.stderr
    data = json.loads(_ok(run("claim", "figures", claim_id, "--json")))
    assert ("conflict", "conflict") == (
        data["outcome"],
        data["sources"][0]["comparisons"][0]["status"],
    )
