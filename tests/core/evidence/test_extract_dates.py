"""A page without date metadata is stored without a date: no year on the page becomes a
publication date of 1 January."""

from __future__ import annotations

import pytest

from workbench.core.evidence.extract import extract

BODY = "<p>" + "Ein Absatz über Chips und Börsenkurse, ohne jedes Datum. " * 12 + "</p>"


def page(head: str = "", foot: str = "") -> bytes:
    return (
        f"<html><head><title>Ohne Datum</title>{head}</head><body><article><h1>Ohne Datum</h1>"
        f"{BODY}<p>Im Jahr 2023 war das noch anders.</p>{foot}</article>"
        "<footer>© 2023 Beispielverlag</footer></body></html>"
    ).encode()


@pytest.mark.parametrize("full_page", [False, True])
def test_a_year_on_the_page_is_not_a_publication_date(full_page):
    assert extract(page(), content_type="text/html", full_page=full_page).published is None


def test_a_real_date_is_still_found():
    meta = '<meta property="article:published_time" content="2024-03-12T10:00:00Z">'
    assert "2024-03-12" == extract(page(head=meta), content_type="text/html").published
    written = extract(page(foot="<p>Veröffentlicht am 12.03.2024</p>"), content_type="text/html")
    assert "2024-03-12" == written.published
