from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.library.search import fts_query
from workbench.core.library.store import Library


@pytest.fixture(scope="module")
def searchable():
    lib = Library.in_memory()
    article = lib.articles.add(
        "Die Nvidia-Aktie verlor 592,7 Milliarden Dollar an Börsenwert. "
        "Ein US-Investor sprach vom Sputnik-Moment.",
        title="DeepSeek-Schock",
    ).article
    claim = lib.claims.add(
        article.id,
        quote="592,7 Milliarden Dollar",
        statement="Nvidia verlor an einem Tag 592,7 Mrd. Dollar",
    )
    source = lib.sources.add(
        url="https://example.org/kurs",
        title="Kursdaten der Nasdaq",
        note="Schlusskurse vom 27. Januar",
    )
    lib.evidence.add(claim.id, source.id, stance="supports", excerpt="fell 17 percent")
    return lib, article, claim, source


@pytest.mark.parametrize(
    "query, kind",
    [
        ("Börsen", "article"),
        ("borsenwert", "article"),
        ("BÖRSENWERT", "article"),
        ("US-Investor", "article"),
        ("Mrd", "claim"),
        ("Nasdaq", "source"),
        ("percent", "evidence"),
    ],
)
def test_hits_name_their_kind(searchable, query, kind):
    hits = searchable[0].search.find(query)
    assert kind in {h.kind for h in hits}


def test_numbers_with_commas_are_found(searchable):
    lib, article, claim, _ = searchable
    hits = lib.search.find("592,7")
    assert {article.id, claim.id} <= {h.id for h in hits}
    claim_hit = next(h for h in hits if h.id == claim.id)
    assert "[592" in claim_hit.snippet
    assert article.id == claim_hit.article_id


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "AND",
        "NEAR(",
        "-x",
        "*",
        "",
        "   ",
        "OR OR",
        "x" * 10240,
        "a:b",
        "^",
        "(Börse",
        'Sputnik" OR "',
    ],
)
def test_syntax_of_the_user_is_never_an_error(searchable, query):
    assert isinstance(searchable[0].search.find(query), list)


def test_fts_query_quotes_every_term():
    assert fts_query("US-Investor 592,7") == '"US-Investor"* AND "592,7"*'
    assert fts_query('" * ') is None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_never_raises(searchable, text):
    hits = searchable[0].search.find(text)
    assert all(h.kind in {"article", "claim", "source", "evidence"} for h in hits)
