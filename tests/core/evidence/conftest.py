"""The evidence tests share one local HTTP server per module, cleared after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from httpfakes import local_httpserver
from pytest_httpserver import HTTPServer


@pytest.fixture(scope="module")
def shared_server() -> Iterator[HTTPServer]:
    with local_httpserver() as server:
        yield server


@pytest.fixture
def server(shared_server: HTTPServer) -> Iterator[HTTPServer]:
    yield shared_server
    shared_server.clear()
