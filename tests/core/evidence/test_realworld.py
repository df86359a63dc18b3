"""Real news pages, served from 127.0.0.1 and imported as a user would import a link.

Each page lists snippets the article must contain and boilerplate it must not; at least
90% of the pages must pass.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from httpfakes import REALWORLD, local_httpserver
from pytest_httpserver import HTTPServer

from workbench.core.errors import WorkbenchError
from workbench.core.evidence.documents import load_url
from workbench.core.evidence.fetch import FetchConfig

REQUIRED_SHARE = 0.9

#: One page's entry in expectations.json: "url", "with" and "without".
Expectation = dict[str, Any]

pytestmark = pytest.mark.skipif(
    not (REALWORLD / "expectations.json").is_file(),
    reason=f"the real-world pages are not there ({REALWORLD} is missing)",
)


@pytest.fixture(scope="module")
def expectations() -> dict[str, Expectation]:
    data: dict[str, Expectation] = json.loads(
        (REALWORLD / "expectations.json").read_text(encoding="utf-8")
    )
    return data


@pytest.fixture(scope="module")
def server(expectations: dict[str, Expectation]) -> Iterator[HTTPServer]:
    with local_httpserver() as server:
        for name in expectations:
            server.expect_request(f"/{name}").respond_with_data(
                (REALWORLD / name).read_bytes(), content_type="text/html"
            )
        yield server


def problems(text: str, expected: Expectation) -> list[str]:
    """What is wrong with one page's extracted text; empty when it passes."""
    wanted: list[str] = expected.get("with", [])
    unwanted: list[str] = expected.get("without", [])
    return [f"missing {s!r}" for s in wanted if s not in text] + [
        f"boilerplate {s!r}" for s in unwanted if s in text
    ]


def test_real_pages_are_imported_well(
    server: HTTPServer, expectations: dict[str, Expectation]
) -> None:
    config = FetchConfig(timeout_read=5, deadline=10)
    failures: dict[str, list[str]] = {}
    for name, expected in expectations.items():
        try:
            doc = load_url(server.url_for(f"/{name}"), config=config)
        except WorkbenchError as exc:
            failures[name] = [f"not imported: {exc}"]
            continue
        assert doc.title, name
        if found := problems(doc.text, expected):
            failures[name] = found

    share = 1 - len(failures) / len(expectations)
    print(
        f"\nreal-world pages passing: {share:.0%} ({len(expectations) - len(failures)}"
        f" of {len(expectations)})"
    )
    for name, found in failures.items():
        print(f"  {name}: {'; '.join(found)}")
    assert share >= REQUIRED_SHARE, failures
