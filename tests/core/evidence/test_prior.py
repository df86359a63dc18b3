"""Prior fact-checks from a local stand-in for Google's `claims:search`."""

from __future__ import annotations

import socket
from urllib.parse import parse_qs

import pytest
from werkzeug import Response

from workbench.core.errors import FetchError
from workbench.core.evidence import prior

ANSWER = {
    "claims": [
        {
            "text": "Windräder töten jedes Jahr Millionen Vögel",
            "claimant": "Ein Blog",
            "claimDate": "2024-03-01T00:00:00Z",
            "claimReview": [
                {
                    "publisher": {"name": "Correctiv", "site": "correctiv.org"},
                    "url": "https://correctiv.org/faktencheck/windraeder",
                    "title": "Nein, Windräder töten nicht Millionen Vögel",
                    "reviewDate": "2024-03-05T10:00:00Z",
                    "textualRating": "Falsch",
                    "languageCode": "de",
                },
                {
                    "publisher": {"name": "Hostile"},
                    "url": "javascript:alert(1)",
                    "textualRating": "<b>Wahr</b>",
                },
            ],
        }
    ],
    "nextPageToken": "SEITE2",
}


@pytest.fixture
def api(http_server, monkeypatch):
    requests_seen = []

    def handler(request):
        requests_seen.append(parse_qs(request.query_string.decode()))
        return Response(
            __import__("json").dumps(ANSWER), content_type="application/json; charset=utf-8"
        )

    http_server.expect_request("/v1alpha1/claims:search").respond_with_handler(handler)
    monkeypatch.setenv(prior.API_URL_ENV, http_server.url_for("/v1alpha1/claims:search"))
    monkeypatch.setenv(prior.API_KEY_ENV, "test-key-123")
    return requests_seen


def test_search_sends_the_parameters_and_reads_the_answer(api, lib):
    result = prior.search("Windräder Vögel", language="de", page_size=5, page_token="T1", lib=lib)
    assert api == [
        {
            "query": ["Windräder Vögel"],
            "languageCode": ["de"],
            "pageSize": ["5"],
            "pageToken": ["T1"],
            "key": ["test-key-123"],
        }
    ]
    assert result.next_page_token == "SEITE2" and not result.cached
    first, second = result.items
    assert (first.claim_text, first.claimant, first.claim_date) == (
        "Windräder töten jedes Jahr Millionen Vögel",
        "Ein Blog",
        "2024-03-01T00:00:00Z",
    )
    assert (first.publisher, first.publisher_site, first.url, first.rating, first.review_date) == (
        "Correctiv",
        "correctiv.org",
        "https://correctiv.org/faktencheck/windraeder",
        "Falsch",
        "2024-03-05T10:00:00Z",
    )
    assert first.title == "Nein, Windräder töten nicht Millionen Vögel"
    assert second.url is None and second.rating == "<b>Wahr</b>"


def test_results_are_cached_with_their_time(api, lib):
    first = prior.search("Windräder", lib=lib)
    again = prior.search("windräder", lib=lib)
    assert len(api) == 1
    assert again.cached and again.fetched_at == first.fetched_at
    assert [i.id for i in again.items] == [i.id for i in first.items]
    prior.search("Windräder", lib=lib, refresh=True)
    assert len(api) == 2
    assert lib.db.execute("SELECT count(*) FROM prior_factchecks").fetchone()[0] == 2


def test_a_result_becomes_a_fact_check_source_of_a_claim(api, lib):
    article = lib.articles.add("Windräder töten jedes Jahr Millionen Vögel.\n").article
    claim = lib.claims.add(article.id, quote="Windräder töten jedes Jahr Millionen Vögel.")
    found = prior.search("Windräder", lib=lib).items[0]
    evidence = prior.attach(lib, claim.id, found, stance="refutes")
    assert evidence.source.kind == "fact-check"
    assert evidence.source.url == "https://correctiv.org/faktencheck/windraeder"
    assert evidence.source.publisher == "Correctiv"
    assert "Falsch" in evidence.excerpt
    again = prior.attach(lib, claim.id, found)
    assert again.source_id == evidence.source_id


def test_missing_key_is_one_clear_line(monkeypatch, lib):
    monkeypatch.delenv(prior.API_KEY_ENV, raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    with pytest.raises(prior.MissingKeyError, match="WORKBENCH_FACTCHECK_API_KEY"):
        prior.search("Windräder", lib=lib)


def test_network_error_is_one_clear_line_without_the_key(monkeypatch):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv(prior.API_URL_ENV, f"http://127.0.0.1:{port}/claims:search")
    monkeypatch.setenv(prior.API_KEY_ENV, "secret-key-987")
    with pytest.raises(FetchError) as caught:
        prior.search("Windräder")
    message = str(caught.value)
    assert message.startswith("The fact-check search could not be reached")
    assert "secret-key-987" not in message and "\n" not in message


def test_refused_key_is_told(http_server, monkeypatch):
    http_server.expect_request("/claims:search").respond_with_json({"error": "bad"}, status=403)
    monkeypatch.setenv(prior.API_URL_ENV, http_server.url_for("/claims:search"))
    monkeypatch.setenv(prior.API_KEY_ENV, "k")
    with pytest.raises(FetchError, match="check the API key"):
        prior.search("x")
