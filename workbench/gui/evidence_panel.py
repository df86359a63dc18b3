"""The inspector's evidence section: list, add (+URL, +File, +Note), edit, remove, open link.

A web page or file is kept as a snapshot: fetching and reading run in the background, and only
the write to the library happens on the UI thread, each in one transaction. Whether an excerpt
is in its snapshot is looked up in the background too, and remembered per snapshot.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.core.library.models import Claim, Evidence, Source
from workbench.core.progress import ProgressCallback
from workbench.gui import dialogs
from workbench.gui.applog import qt_override
from workbench.gui.evidence_widgets import (
    EvidenceDialog,
    EvidenceIdRole,
    EvidenceInput,
    EvidenceModel,
    RowState,
    link_of,
)
from workbench.gui.paging import reading_library
from workbench.gui.session import Change, Session
from workbench.gui.source_checks import (
    ExcerptKey,
    capture_file,
    look_up_excerpts,
    read_page,
)
from workbench.gui.tasks import TaskRunner
from workbench.gui.undo import AddEvidence, EditEvidence, RemoveEvidence

if TYPE_CHECKING:
    from workbench.core.evidence.capture import Captured, FileCapture, PageCapture
    from workbench.core.library.models import Snapshot

log = logging.getLogger(__name__)


class EvidencePanel(QWidget):
    """The evidence of the claim shown in the inspector."""

    open_link_requested = Signal(str)
    message = Signal(str)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.claim: Claim | None = None
        self.found: dict[ExcerptKey, bool] = {}  # (snapshot id, excerpt) -> in its text
        self._looking: set[ExcerptKey] = set()
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
        for column, width in ((0, 140), (1, 95), (3, 90), (4, 80), (5, 90), (6, 110)):
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

    def set_source_actions(self, actions: list[QAction]) -> None:
        """The window's source commands, offered on the list's context menu."""
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(actions)

    def reload(self) -> None:
        """Read the claim's evidence, with each source's snapshot and last link check."""
        library = self.session.library
        rows = library.evidence.for_claim(self.claim.id) if self.claim else []
        snapshots: dict[str, Snapshot | None] = {}
        checks: dict[str, Any] = {}
        for item in rows:
            if item.source_id not in snapshots:
                kept = library.snapshots.list(source_id=item.source_id)
                snapshots[item.source_id] = kept[-1] if kept else None
                history = library.sources.link_checks(item.source_id) if item.source else []
                checks[item.source_id] = history[-1] if history else None
        states = {
            item.id: self._state(item, snapshots[item.source_id], checks[item.source_id])
            for item in rows
        }
        self.model.set_rows(rows, states)
        self._update_buttons()
        self._look_up_missing(rows, snapshots)

    def _state(self, item: Evidence, snapshot: Snapshot | None, check: Any) -> RowState:
        source = item.source
        excerpt = ""
        if item.excerpt and item.excerpt.strip():
            if snapshot is None:
                excerpt = "no-snapshot" if source is not None and link_of(item) else ""
            else:
                known = self.found.get((snapshot.id, item.excerpt))
                excerpt = "checking" if known is None else ("found" if known else "missing")
        return RowState(
            excerpt=excerpt,
            snapshot_id=snapshot.id if snapshot else None,
            snapshot_at=snapshot.captured_at if snapshot else None,
            link_state=source.check_state if source else None,
            checked_at=source.checked_at if source else None,
            http_status=check.http_status if check is not None else None,
            detail=check.detail if check is not None else None,
            archive_url=source.archive_url if source else None,
        )

    def _look_up_missing(self, rows: list[Evidence], snapshots: dict[str, Any]) -> None:
        """Look for excerpts not looked up yet in the background; rows say "looking…" meanwhile."""
        wanted: list[ExcerptKey] = []
        for item in rows:
            snapshot = snapshots.get(item.source_id)
            if snapshot is None or not item.excerpt or not item.excerpt.strip():
                continue
            key = (snapshot.id, item.excerpt)
            if key not in self.found and key not in self._looking and key not in wanted:
                wanted.append(key)
        if not wanted:
            return
        self._looking.update(wanted)
        library, synchronous = self.session.library, self.runner.synchronous

        def work(cancel: threading.Event, progress: ProgressCallback) -> dict[ExcerptKey, bool]:
            return look_up_excerpts(reading_library(library, synchronous), wanted, cancel)

        def done(found: dict[ExcerptKey, bool]) -> None:
            self._looking.difference_update(wanted)
            self.found.update(found)
            self._show_found()

        def stopped(*_: Any) -> None:
            self._looking.difference_update(wanted)

        self.runner.start(
            self.tr("Looking for excerpts in snapshots"),
            work,
            done,
            on_error=stopped,
            on_cancel=stopped,
            visible=False,
        )

    def _show_found(self) -> None:
        """Put look-up results into the rows shown now (the claim may have changed meanwhile)."""
        for item in self.model.rows:
            state = self.model.state(item)
            found = self.found.get((state.snapshot_id or "", item.excerpt or ""))
            if state.excerpt == "checking" and found is not None:
                self.model.set_state(
                    item.id, replace(state, excerpt="found" if found else "missing")
                )

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
        if file_name and dialog.title is not None:
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
                existing = library.sources.find(file_name=data.file_name)
                if existing is None:
                    self._read_file_then_add(claim, data)
                    return True
                source = existing
            elif data.mode == "url" and data.url:
                source = library.sources.find(url=data.url) or library.sources.add(
                    url=data.url, title=data.title, kind=data.kind
                )
            else:
                source = library.sources.add(
                    title=data.title, kind=data.kind, note=data.source_note
                )
        except WorkbenchError as exc:
            self.session.failed.emit(exc)
            return False
        done = self._attach(claim, source, data)
        if done and data.mode == "url" and not library.snapshots.list(source_id=source.id):
            self.capture_url(source, claim)
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

        def store(capture: FileCapture) -> None:
            from workbench.core.evidence.capture import store_file

            source = store_file(
                self.session.library, capture, title=data.title or None, kind=data.kind
            )
            self._attach(claim, source, data)

        self.runner.start(
            self.tr("Reading %1").replace("%1", path.name),
            lambda cancel, progress: capture_file(path, cancel, progress),
            store,
        )

    def capture_url(self, source: Source, claim: Claim) -> None:
        """Fetch the page in the background and keep it; a failure leaves the source as it is."""
        url = source.url or ""

        def store(read: tuple[PageCapture, str | None]) -> None:
            from workbench.core.evidence.capture import store_page

            page, title = read
            library = self.session.library
            with library.transaction():
                captured = store_page(library, source.id, page)
                if title and not library.sources.get(source.id).title:
                    library.sources.update(source.id, title=title)
            for check in captured.excerpts:
                self.found[(captured.snapshot_id, check.excerpt)] = check.found
            self.session.announce(Change(claim.article_id, (claim.id,), evidence=True))
            self.message.emit(self._captured_text(captured))

        def failed(exc: BaseException) -> None:
            self.session.failed.emit(
                WorkbenchError(
                    self.tr(
                        "The source was attached, but its page could not be kept as a snapshot: %1"
                    ).replace("%1", str(exc))
                )
            )

        self.runner.start(
            self.tr("Fetching %1").replace("%1", url), read_page(url), store, on_error=failed
        )

    def _captured_text(self, captured: Captured) -> str:
        missing = sum(1 for check in captured.excerpts if not check.found)
        if missing:
            return self.tr(
                "The page was kept as a snapshot; %n excerpt(s) could not be found in it.",
                "",
                missing,
            )
        return self.tr("The page was kept as a snapshot.")

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
