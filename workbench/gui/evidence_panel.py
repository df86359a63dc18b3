"""The inspector's evidence section: list, add (+URL, +File, +Note), edit, remove, open link.

A web page or file is kept as a snapshot: fetching and reading run in the background, and only
the write to the library happens on the UI thread, each in one transaction.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import InputError, WorkbenchError
from workbench.core.models import Claim, Evidence, Source
from workbench.core.progress import ProgressCallback, check_cancel
from workbench.gui import dialogs
from workbench.gui.applog import qt_override
from workbench.gui.evidence_widgets import (
    EvidenceDialog,
    EvidenceIdRole,
    EvidenceInput,
    EvidenceModel,
    link_of,
)
from workbench.gui.session import Change, Session
from workbench.gui.tasks import CPU_LANE, TaskRunner
from workbench.gui.undo import AddEvidence, EditEvidence, RemoveEvidence

log = logging.getLogger(__name__)
MAX_SOURCE_FILE = 50 * 1024 * 1024


@dataclass(frozen=True)
class Capture:
    """A fetched page or read file, ready to be stored as a snapshot."""

    url: str
    body: bytes
    sha256: str
    content_type: str | None
    text: str | None
    title: str | None
    fetch: Any = None
    warc: bytes | None = None


def capture_url(url: str, cancel: threading.Event, progress: ProgressCallback) -> Capture:
    """Fetch a page and keep its exchange as WARC (runs on a worker thread)."""
    from workbench.core.extract import extract
    from workbench.core.fetch import fetch
    from workbench.core.warc import build_warc

    result = fetch(url, cancel=cancel, progress=progress)
    with CPU_LANE:
        check_cancel(cancel)
        return _page_capture(url, result, extract, build_warc(result))


def _page_capture(url: str, result: Any, extract: Any, warc: bytes) -> Capture:
    text = title = None
    for full_page in (False, True):  # a page with no article still has visible text
        try:
            extracted = extract(
                result.body,
                content_type=result.content_type,
                charset=result.charset,
                url=result.final_url,
                full_page=full_page,
            )
        except WorkbenchError as exc:
            log.info("no text from %s: %s", url, exc)
            continue
        text, title = extracted.text, extracted.title
        break
    return Capture(
        url,
        result.body,
        result.sha256,
        result.content_type,
        text,
        title,
        fetch=result,
        warc=warc,
    )


def capture_file(path: Path, cancel: threading.Event, progress: ProgressCallback) -> Capture:
    """Read a file's bytes, and its text where it has any (runs on a worker thread)."""
    from workbench.core import documents

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path} can't be read: {exc.strerror or exc}.") from exc
    if not path.is_file():
        raise InputError(f"{path} is not a file.")
    if size > MAX_SOURCE_FILE:
        raise InputError(f"{path.name} is larger than {MAX_SOURCE_FILE // (1024 * 1024)} MB.")
    progress(0, 1, path.name)
    body = path.read_bytes()
    check_cancel(cancel)
    text = title = None
    try:
        with CPU_LANE:
            document = documents.load_file(path, lossy=True)
        text, title = document.text, document.title
    except WorkbenchError as exc:
        log.info("no text from %s: %s", path, exc)
    return Capture(
        path.resolve().as_uri(),
        body,
        hashlib.sha256(body).hexdigest(),
        mimetypes.guess_type(path.name)[0],
        text,
        title,
    )


class EvidencePanel(QWidget):
    """The evidence of the claim shown in the inspector."""

    open_link_requested = Signal(str)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.claim: Claim | None = None
        self.model = EvidenceModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 140), (1, 95), (3, 90), (4, 80)):
            header.resizeSection(column, width)
        self.table.setMinimumHeight(90)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        for name, slot in (
            ("url", self.add_url),
            ("file", self.add_file),
            ("note", self.add_note),
            ("edit", self.edit_selected),
            ("remove", self.remove_selected),
            ("open", self.open_selected_link),
        ):
            button = QToolButton(self)
            button.setAutoRaise(False)
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        texts = {
            "url": (self.tr("+ URL"), self.tr("Add a web page as evidence")),
            "file": (self.tr("+ File"), self.tr("Add a file as evidence")),
            "note": (self.tr("+ Note"), self.tr("Add a note, e.g. an interview")),
            "edit": (self.tr("Edit…"), self.tr("Edit the selected evidence")),
            "remove": (self.tr("Remove"), self.tr("Remove the selected evidence")),
            "open": (self.tr("Open link…"), self.tr("Open the selected source's link")),
        }
        for name, (text, tip) in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)
            self.buttons[name].setAccessibleName(tip)
        self.table.setAccessibleName(self.tr("Evidence for this claim"))
        self.model.retranslate()

    @qt_override()
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing -------------------------------------------------------------------------------------

    def set_claim(self, claim: Claim | None) -> None:
        self.claim = claim
        self.reload()

    def reload(self) -> None:
        rows = self.session.library.evidence_for_claim(self.claim.id) if self.claim else []
        self.model.set_rows(rows)
        self._update_buttons()

    def selected(self) -> Evidence | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.rows[index.row()]

    def _update_buttons(self, *_: Any) -> None:
        has_claim = self.claim is not None
        item = self.selected()
        for name in ("url", "file", "note"):
            self.buttons[name].setEnabled(has_claim)
        self.buttons["edit"].setEnabled(item is not None)
        self.buttons["remove"].setEnabled(item is not None)
        self.buttons["open"].setEnabled(item is not None and bool(link_of(item)))

    # -- adding --------------------------------------------------------------------------------------

    def add_url(self) -> None:
        self._ask("url")

    def add_note(self) -> None:
        self._ask("note")

    def add_file(self) -> None:
        if self.claim is None:
            return
        path = dialogs.ask_open_file(
            self,
            self.tr("Choose a file as evidence"),
            self.tr(
                "Documents (*.pdf *.html *.htm *.txt *.md *.json "
                "*.xml *.csv *.xlsx *.docx);;All files (*)"
            ),
        )
        if path:
            self._ask("file", file_name=str(Path(path).resolve()))

    def _ask(self, mode: str, file_name: str | None = None) -> None:
        if self.claim is None:
            return
        dialog = EvidenceDialog(mode, self, file_name=file_name)
        if file_name:
            dialog.title.setText(Path(file_name).name)
        if dialogs.run_dialog(dialog):
            self.add(dialog.value(file_name))

    def add(self, data: EvidenceInput) -> bool:
        """Attach the source the user entered; snapshots are made in the background."""
        claim = self.claim
        if claim is None:
            return False
        library = self.session.library
        try:
            if data.mode == "file" and data.file_name:
                existing = library.find_source(file_name=data.file_name)
                if existing is None:
                    self._read_file_then_add(claim, data)
                    return True
                source = existing
            elif data.mode == "url" and data.url:
                source = library.find_source(url=data.url) or library.add_source(
                    url=data.url, title=data.title, kind="web"
                )
            else:
                source = library.add_source(title=data.title, kind=data.kind, note=data.source_note)
        except WorkbenchError as exc:
            self.session.failed.emit(exc)
            return False
        done = self._attach(claim, source, data)
        if done and data.mode == "url" and library.latest_snapshot(source.id) is None:
            self.snapshot_url(source, claim)
        return done

    def _attach(self, claim: Claim, source: Source, data: EvidenceInput) -> bool:
        return self.session.run(
            AddEvidence(
                self.session,
                claim.id,
                claim.article_id,
                source.id,
                data.stance,
                data.excerpt,
                data.note,
            )
        )

    def _read_file_then_add(self, claim: Claim, data: EvidenceInput) -> None:
        path = Path(data.file_name or "")

        def store(capture: Capture) -> None:
            library = self.session.library
            with library.transaction():
                source = library.add_source(
                    file_name=data.file_name,
                    title=data.title or capture.title or path.name,
                    kind=data.kind,
                )
                library.add_snapshot(
                    url=capture.url,
                    body=capture.body,
                    content_type=capture.content_type,
                    text=capture.text,
                    source_id=source.id,
                    sha256=capture.sha256,
                )
            self._attach(claim, source, data)

        self.runner.start(
            self.tr("Reading %1").replace("%1", path.name),
            lambda cancel, progress: capture_file(path, cancel, progress),
            store,
        )

    def snapshot_url(self, source: Source, claim: Claim) -> None:
        """Fetch the page in the background and keep it; a failure leaves the source as it is."""
        url = source.url or ""

        def store(capture: Capture) -> None:
            library = self.session.library
            result = capture.fetch
            with library.transaction():
                library.add_snapshot(
                    url=result.url,
                    body=capture.body,
                    captured_at=result.captured_at,
                    final_url=result.final_url,
                    http_status=result.status,
                    content_type=result.content_type,
                    redirects=result.redirects,
                    request_headers=result.request_headers,
                    response_headers=result.response_headers,
                    warc=capture.warc,
                    text=capture.text,
                    source_id=source.id,
                    sha256=capture.sha256,
                )
                if not source.title and capture.title:
                    library.update_source(source.id, title=capture.title)
            self.session.announce(Change(claim.article_id, (claim.id,), evidence=True))

        def failed(exc: BaseException) -> None:
            self.session.failed.emit(
                WorkbenchError(
                    self.tr(
                        "The source was attached, but its page could not be kept as a snapshot: %1"
                    ).replace("%1", str(exc))
                )
            )

        self.runner.start(
            self.tr("Fetching %1").replace("%1", url),
            lambda cancel, progress: capture_url(url, cancel, progress),
            store,
            on_error=failed,
        )

    # -- editing -------------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        item = self.selected()
        if item is None or self.claim is None:
            return
        dialog = EvidenceDialog("edit", self, current=item)
        if dialogs.run_dialog(dialog):
            self.edit(item, dialog.value())

    def edit(self, item: Evidence, data: EvidenceInput) -> bool:
        old = {"stance": item.stance, "excerpt": item.excerpt, "note": item.note}
        new = {"stance": data.stance, "excerpt": data.excerpt, "note": data.note}
        changed = {k: v for k, v in new.items() if old[k] != v}
        if not changed or self.claim is None:
            return False
        return self.session.run(
            EditEvidence(
                self.session,
                item.id,
                item.claim_id,
                self.claim.article_id,
                {k: old[k] for k in changed},
                changed,
            )
        )

    def remove_selected(self) -> None:
        item = self.selected()
        if item is None or self.claim is None:
            return
        self.session.run(
            RemoveEvidence(self.session, item.id, item.claim_id, self.claim.article_id)
        )

    def open_selected_link(self) -> None:
        item = self.selected()
        if item is not None and link_of(item):
            self.open_link_requested.emit(link_of(item))

    def evidence_id_at(self, row: int) -> str | None:
        return self.model.index(row, 0).data(EvidenceIdRole)
