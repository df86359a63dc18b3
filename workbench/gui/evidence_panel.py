"""The inspector's evidence section: list, add (+URL, +File, +Note), edit, remove, open link.

Adding is the EvidenceAdder's (evidence_adding.py). Whether an excerpt is in its snapshot is
looked up in the background, and remembered per snapshot.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
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

from workbench.core.library.models import Claim, Evidence
from workbench.core.progress import ProgressCallback
from workbench.gui import dialogs
from workbench.gui.evidence_adding import EvidenceAdder
from workbench.gui.evidence_widgets import (
    EvidenceDialog,
    EvidenceIdRole,
    EvidenceInput,
    EvidenceModel,
    RowState,
    link_of,
)
from workbench.gui.i18n import Retranslating
from workbench.gui.paging import reading_library
from workbench.gui.session import Session
from workbench.gui.source_tasks import ExcerptKey, look_up_excerpts
from workbench.gui.tasks import TaskRunner
from workbench.gui.undo import EditEvidence, RemoveEvidence

if TYPE_CHECKING:
    from workbench.core.library.models import Snapshot

log = logging.getLogger(__name__)


class EvidencePanel(Retranslating, QWidget):
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
        self.adder = EvidenceAdder(session, runner, self.found, self)
        self.adder.message.connect(self.message)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        # Two rows (adding; the selected item), so that the panel fits a narrow column.
        for group in (
            (("url", self.add_url), ("file", self.add_file), ("note", self.add_note)),
            (
                ("edit", self.edit_selected),
                ("remove", self.remove_selected),
                ("open", self.open_selected_link),
            ),
        ):
            row = QHBoxLayout()
            row.setSpacing(4)
            for name, slot in group:
                button = QToolButton(self)
                button.setAutoRaise(False)
                button.clicked.connect(slot)
                self.buttons[name] = button
                row.addWidget(button)
            row.addStretch(1)
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
        if self.claim is not None:
            self.adder.ask("url", self.claim)

    def add_note(self) -> None:
        if self.claim is not None:
            self.adder.ask("note", self.claim)

    def add_file(self) -> None:
        if self.claim is not None:
            self.adder.ask_file(self.claim)

    def add(self, data: EvidenceInput) -> bool:
        """Attach the source the user entered; snapshots are made in the background."""
        if self.claim is None:
            return False
        return self.adder.add(self.claim, data)

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
