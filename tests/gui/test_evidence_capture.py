"""Evidence capture in the real window: snapshots, excerpt look-ups, link checks, WARC, archiving.

Every page comes from a local server on 127.0.0.1; nothing reaches the internet.
"""

from __future__ import annotations

import hashlib
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import rows
from PySide6.QtWidgets import QPlainTextEdit
from pytest_httpserver import HTTPServer
from warcio.archiveiterator import ArchiveIterator
from werkzeug import Request, Response

from workbench.core.evidence.warc import payload_digest
from workbench.core.library.store import Library
from workbench.gui import settings_dialog
from workbench.gui.evidence_widgets import CHECK, FOUND, LINK, EvidenceInput, EvidenceModel

PAGE = (
    b"<html><head><title>Kursdaten 27.01.</title></head><body><article><p>Nvidia lost "
    b"$592.7bn in market value on Monday, the largest one-day loss in history.</p>"
    b"</article></body></html>"
)
ON_PAGE = "lost $592.7bn in market value"
NOT_ON_PAGE = "gained 3 percent on Tuesday"


@pytest.fixture
def server(http_server: HTTPServer) -> Iterator[HTTPServer]:
    server = http_server
    server.expect_request("/kurse").respond_with_data(PAGE, content_type="text/html; charset=utf-8")
    yield server


@pytest.fixture
def claim_id(lib: Library, article_id: str) -> str:
    return lib.claims.add(article_id, quote="17 Prozent", statement="Nvidia fiel um 17 %").id


def attach(window, claim_id: str, url: str, excerpt: str, stance: str = "supports") -> bool:
    """Add a web page as evidence through the inspector, as the +URL dialog does."""
    window.select_claim(claim_id)
    return window.inspector.evidence.add(EvidenceInput("url", stance, excerpt, None, url=url))


def shown(window, column: int) -> list[str]:
    model = window.inspector.evidence.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select_first_evidence(window) -> None:
    window.inspector.evidence.table.selectRow(0)


def test_attaching_a_url_keeps_a_snapshot_fills_the_source_and_looks_up_excerpts(
    window, claim_id: str, server: HTTPServer, db_path: Path, answer
) -> None:
    url = server.url_for("/kurse")

    assert attach(window, claim_id, url, ON_PAGE)
    assert attach(window, claim_id, url, NOT_ON_PAGE, stance="refutes")

    assert rows(db_path, "SELECT url, http_status, sha256 FROM snapshots") == [
        (url, 200, hashlib.sha256(PAGE).hexdigest())
    ]
    assert rows(db_path, "SELECT title, accessed_at IS NOT NULL FROM sources") == [
        ("Kursdaten 27.01.", 1)
    ]
    assert shown(window, FOUND) == ["found", "not found"]
    assert len(server.log) == 1  # the second use of the source reuses its snapshot
    assert answer.messages == []


def test_excerpts_are_looked_up_again_after_a_restart(
    window, claim_id: str, server: HTTPServer
) -> None:
    attach(window, claim_id, server.url_for("/kurse"), ON_PAGE)
    panel = window.inspector.evidence
    panel.found.clear()  # as in a new window: nothing remembered from the capture

    panel.reload()

    assert shown(window, FOUND) == ["found"]
    assert "snapshot of" in panel.model.index(0, FOUND).data(3)  # ToolTipRole


def test_checking_the_claims_sources_shows_a_page_that_is_gone(
    window, claim_id: str, server: HTTPServer, db_path: Path, answer
) -> None:
    attach(window, claim_id, server.url_for("/kurse"), ON_PAGE)
    window.actions_.check_claim_sources.trigger()
    assert shown(window, CHECK)[0].startswith("alive")

    server.clear()
    server.expect_request("/kurse").respond_with_data("Not here", status=404)
    window.actions_.check_all_sources.trigger()

    assert shown(window, CHECK)[0].startswith("gone · ")
    tip = window.inspector.evidence.model.index(0, CHECK).data(3)
    assert "HTTP status: 404" in tip
    assert "404 Not Found" in tip
    assert rows(db_path, "SELECT state, http_status FROM link_checks ORDER BY checked_at") == [
        ("alive", 200),
        ("gone", 404),
    ]
    assert answer.messages == []


def test_the_snapshot_view_shows_text_and_proof_without_the_network(
    window, claim_id: str, server: HTTPServer, db_path: Path, monkeypatch
) -> None:
    attach(window, claim_id, server.url_for("/kurse"), ON_PAGE)
    select_first_evidence(window)
    requests_before = len(server.log)

    def no_network(*args: object) -> None:
        raise AssertionError("the snapshot view tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    window.actions_.show_snapshot.trigger()

    view = window.sources.views[-1]
    assert isinstance(view.text, QPlainTextEdit)
    assert "Nvidia lost $592.7bn in market value" in view.text.toPlainText()
    assert view.fields["sha256"].text() == hashlib.sha256(PAGE).hexdigest()
    assert view.fields["status"].text() == "200"
    assert view.fields["final_url"].text() == server.url_for("/kurse")
    assert view.fields["redirects"].text() == "none"
    assert len(server.log) == requests_before
    view.reject()


def test_the_snapshot_view_lists_the_redirect_chain(
    window, claim_id: str, server: HTTPServer
) -> None:
    server.expect_request("/alt").respond_with_data(
        "", status=301, headers={"Location": server.url_for("/kurse")}
    )
    attach(window, claim_id, server.url_for("/alt"), ON_PAGE)
    select_first_evidence(window)

    window.actions_.show_snapshot.trigger()

    view = window.sources.views[-1]
    assert view.fields["redirects"].text() == (
        f"301  {server.url_for('/alt')} → {server.url_for('/kurse')}"
    )
    assert view.fields["final_url"].text() == server.url_for("/kurse")
    view.reject()


def test_a_snapshot_exported_as_warc_reads_back_with_the_same_digest(
    window, claim_id: str, server: HTTPServer, tmp_path: Path, monkeypatch, answer
) -> None:
    from workbench.gui import dialogs

    attach(window, claim_id, server.url_for("/kurse"), ON_PAGE)
    select_first_evidence(window)
    target = tmp_path / "beleg.warc.gz"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *args: str(target))

    window.actions_.export_warc.trigger()

    with target.open("rb") as stream:
        responses = [
            (r.rec_headers.get_header("WARC-Payload-Digest"), r.content_stream().read())
            for r in ArchiveIterator(stream)
            if r.rec_type == "response"
        ]
    assert responses == [(payload_digest(PAGE), PAGE)]
    assert answer.messages == []


def test_archiving_stores_the_copys_address_on_the_source(
    window, claim_id: str, server: HTTPServer, settings, db_path: Path, answer
) -> None:
    seen: list[Request] = []

    def save(request: Request) -> Response:
        seen.append(request)
        return Response(json.dumps({"job_id": "spn2-7"}), content_type="application/json")

    server.expect_request("/save", method="POST").respond_with_handler(save)
    server.expect_request("/save/status/spn2-7").respond_with_json(
        {"status": "success", "timestamp": "20250128093000", "original_url": "x"}
    )
    base = server.url_for("").rstrip("/")
    url = server.url_for("/kurse")
    attach(window, claim_id, url, ON_PAGE)
    select_first_evidence(window)
    assert not window.actions_.archive_source.isVisible()

    settings.setValue(settings_dialog.BASE_KEY, base)
    dialog = settings_dialog.ArchiveSettingsDialog(settings, window)
    dialog.access.setText("acc355")
    dialog.secret.setText("s3cr3t")
    dialog.save()
    window.sources.update_archive_action()
    assert window.actions_.archive_source.isVisible()
    window.actions_.archive_source.trigger()

    assert seen[0].form["url"] == url
    assert seen[0].headers["Authorization"] == "LOW acc355:s3cr3t"
    assert rows(db_path, "SELECT archive_url, archived_at FROM sources") == [
        (f"{base}/web/20250128093000/x", "2025-01-28T09:30:00+00:00")
    ]
    assert f"{base}/web/20250128093000/x" in window.inspector.evidence.model.index(0, LINK).data(3)
    assert answer.messages == []


def test_archive_keys_live_in_the_keyring_not_in_the_library_or_settings(
    window, settings, db_path: Path, memory_keyring, tmp_path: Path
) -> None:
    dialog = settings_dialog.ArchiveSettingsDialog(settings, window)
    dialog.access.setText("acc355")
    dialog._accept()
    assert dialog.error.text()  # one key alone is refused
    dialog.secret.setText("s3cr3t")
    dialog.save()

    assert settings_dialog.archive_keys(settings).secret == "s3cr3t"
    assert ("fact-check-workbench", "internet-archive-secret-key") in memory_keyring.stored
    library_bytes = db_path.read_bytes()
    assert b"s3cr3t" not in library_bytes
    settings.sync()
    assert b"s3cr3t" not in (tmp_path / "settings.ini").read_bytes()

    dialog.access.clear()
    dialog.secret.clear()
    dialog.save()
    assert settings_dialog.archive_keys(settings) is None
    assert memory_keyring.stored == {}


def test_keys_an_earlier_version_kept_in_the_settings_move_to_the_keyring(
    settings, memory_keyring
) -> None:
    settings.setValue(settings_dialog.ACCESS_KEY, "alt")
    settings.setValue(settings_dialog.SECRET_KEY, "geheim")
    assert settings_dialog.archive_keys(settings).access == "alt"
    assert not settings.contains(settings_dialog.SECRET_KEY)
    assert memory_keyring.stored[("fact-check-workbench", "internet-archive-secret-key")] == (
        "geheim"
    )


def test_archiving_without_keys_sends_nothing(window, claim_id: str, server: HTTPServer) -> None:
    attach(window, claim_id, server.url_for("/kurse"), ON_PAGE)
    select_first_evidence(window)
    before = len(server.log)

    assert window.sources.archive() is None

    assert len(server.log) == before


def test_the_evidence_model_with_checks_passes_the_model_tester(
    qtmodeltester, lib: Library, claim_id: str
) -> None:
    from workbench.gui.evidence_widgets import RowState

    source = lib.sources.add(url="https://example.org/kurse", title="Kursdaten")
    item = lib.evidence.add(claim_id, source.id, stance="supports", excerpt="lost $592.7bn")
    model = EvidenceModel()
    state = RowState(
        excerpt="missing",
        link_state="gone",
        checked_at="2025-01-28T09:30:00+00:00",
        http_status=404,
        detail="The server answered 404 Not Found.",
    )
    model.set_rows(lib.evidence.for_claim(claim_id), {item.id: state})
    qtmodeltester.check(model)
    assert model.index(0, FOUND).data() == "not found"
    assert model.index(0, CHECK).data() == "gone · 2025-01-28"
    model.set_state(item.id, RowState(excerpt="found"))
    assert model.index(0, FOUND).data() == "found"
    assert model.index(0, CHECK).data() == ""


@pytest.fixture
def threaded_window(qtbot, session, settings, article_id):
    """The real window with a real thread pool, as the app runs it."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from workbench.gui import i18n
    from workbench.gui.mainwindow import MainWindow
    from workbench.gui.tasks import TaskRunner

    i18n.install("en")
    main = MainWindow(session, TaskRunner(max_threads=4), settings)
    with qtbot.waitExposed(main):
        main.show()
    yield main
    main.close()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_capture_and_checks_run_on_worker_threads(
    qtbot, threaded_window, claim_id: str, server: HTTPServer, db_path: Path, answer
) -> None:
    window = threaded_window
    attach(window, claim_id, server.url_for("/kurse"), ON_PAGE)
    qtbot.waitUntil(lambda: shown(window, FOUND) == ["found"], timeout=10_000)

    server.clear()
    server.expect_request("/kurse").respond_with_data("Not here", status=404)
    task = window.sources.check_claim_sources()
    assert task is not None and task in window.runner.active  # not done inline
    qtbot.waitUntil(lambda: shown(window, CHECK)[0].startswith("gone"), timeout=10_000)

    assert rows(db_path, "SELECT state FROM link_checks") == [("gone",)]
    assert answer.messages == []
