"""Imported web pages keep their paragraphs apart and don't begin with their own title,
measured on the real news pages (not written by the team)."""

from __future__ import annotations

import json

import pytest
from httpfakes import REALWORLD
from rapidfuzz import fuzz

from workbench.core.evidence.extract import extract

pytestmark = pytest.mark.skipif(
    not (REALWORLD / "expectations.json").is_file(), reason="the real-world pages are missing"
)


@pytest.fixture(scope="module")
def articles() -> dict[str, object]:
    expected = json.loads((REALWORLD / "expectations.json").read_text(encoding="utf-8"))
    return {
        name: extract((REALWORLD / name).read_bytes(), content_type="text/html", url=meta["url"])
        for name, meta in expected.items()
    }


def test_paragraphs_are_kept_apart(articles) -> None:
    split = [name for name, a in articles.items() if a.text.count("\n\n") >= 2]
    assert len(split) >= 0.9 * len(articles), sorted(set(articles) - set(split))
    bbc = articles["bbc.com.52241221.html"].text.split("\n\n")
    assert len(bbc) >= 30
    assert bbc[1] == (
        "Workers in hazmat outfits were seen stacking wooden coffins in deep trenches in "
        "Hart Island."
    )


def test_no_article_begins_with_its_title(articles) -> None:
    repeated = [
        name
        for name, a in articles.items()
        if a.title and fuzz.token_set_ratio(a.text.split("\n\n")[0].lower(), a.title.lower()) >= 85
    ]
    assert [] == repeated
    assert articles["bbc.com.52241221.html"].text.startswith("Images have emerged of coffins")


def test_a_quote_keeps_its_lines() -> None:
    html = (
        "<html><head><title>T</title></head><body><article><p>"
        + "Ein langer erster Absatz über die Lage am Markt und ihre Folgen. " * 3
        + "</p><blockquote><p>Erste Zeile des Zitats.<br>Zweite Zeile.</p>— Eine Quelle"
        "</blockquote><p>"
        + "Ein zweiter Absatz, der die Lage weiter beschreibt und einordnet. " * 3
        + "</p></article></body></html>"
    )
    text = extract(html.encode(), content_type="text/html").text
    assert "Erste Zeile des Zitats.\nZweite Zeile.\n— Eine Quelle" in text
    assert 3 == text.count("\n\n") + 1
