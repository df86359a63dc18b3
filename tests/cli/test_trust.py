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
