"""Work on the sources behind the evidence: capture, check links, show or export snapshots, archive.

Each runs its core function in the background (TaskRunner) with progress and Cancel in the
status bar. Work that writes (link checks) or reads much (snapshot bytes) goes through the
worker's own Library connection, since a connection belongs to the thread that opened it.
The window wires the commands to its actions and to the evidence panel they work on.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from workbench.core.progress import ProgressCallback, check_cancel
from workbench.gui import dialogs, settings_dialog
from workbench.gui.actions import Actions
from workbench.gui.evidence_panel import EvidencePanel
from workbench.gui.paging import reading_library
from workbench.gui.session import Session
from workbench.gui.source_tasks import archive_time, latest_snapshot_id, warc_file_name
from workbench.gui.tasks import CPU_LANE, Task, TaskRunner

if TYPE_CHECKING:
    from workbench.core.evidence.capture import LinkState
    from workbench.core.library.models import Snapshot, Source
    from workbench.core.library.store import Library

log = logging.getLogger(__name__)


class SourceCommands(QObject):
    """The Sources menu and the evidence list's context menu: one object, one place for each."""

    message = Signal(str)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        settings: QSettings,
        actions: Actions,
        evidence: EvidencePanel,
        current_claim: Callable[[], str | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent  # dialogs and snapshot views open over it
        self.session = session
        self.runner = runner
        self.settings = settings
        self.actions = actions
        self.evidence = evidence
        self.current_claim = current_claim
        self.views: list[Any] = []  # open snapshot views, kept until closed
        a = actions
        a.show_snapshot.triggered.connect(lambda: self.show_snapshot())
        a.export_warc.triggered.connect(lambda: self.export_warc())
        a.check_claim_sources.triggered.connect(lambda: self.check_claim_sources())
        a.check_all_sources.triggered.connect(lambda: self.check_all_sources())
        a.archive_source.triggered.connect(lambda: self.archive())
        a.archive_settings.triggered.connect(self.edit_archive_settings)
        evidence.set_source_actions(
            [a.show_snapshot, a.export_warc, a.check_claim_sources, a.archive_source]
        )
        evidence.message.connect(self.message)
        self.update_archive_action()

    # -- what the commands work on -------------------------------------------------------------

    def selected_source(self) -> Source | None:
        item = self.evidence.selected()
        return item.source if item is not None else None

    def _source_or_tell(self, source_id: str | None) -> str | None:
        if source_id:
            return source_id
        source = self.selected_source()
        if source is None:
            self.message.emit(self.tr("Select a piece of evidence in the inspector first."))
            return None
        return source.id

    def _worker_library(self) -> Library:
        return reading_library(self.session.library, self.runner.synchronous)

    # -- snapshots -----------------------------------------------------------------------------

    def show_snapshot(self, source_id: str | None = None) -> Task | None:
        """Open the latest snapshot of a source: its text and how it was captured."""
        source_id = self._source_or_tell(source_id)
        if source_id is None:
            return None
        snapshot_id = latest_snapshot_id(self.session.library, source_id)
        if snapshot_id is None:
            self.message.emit(self.tr("There is no snapshot of this source yet."))
            return None
        source = self.session.library.sources.get(source_id)
        open_view = self._worker_library

        def work(cancel: threading.Event, progress: ProgressCallback) -> tuple[Snapshot, str]:
            from workbench.core.evidence.capture import snapshot_text

            progress(0, 0, "")
            snapshot = open_view().snapshots.get(snapshot_id)
            check_cancel(cancel)
            with CPU_LANE:
                return snapshot, snapshot_text(snapshot)

        def done(result: tuple[Snapshot, str]) -> None:
            from workbench.gui.snapshot_view import open_snapshot_view

            snapshot, text = result
            view = open_snapshot_view(
                snapshot, text, source, self.parent_widget, self.session, self.evidence.selected()
            )
            view.export_requested.connect(lambda sid: self.export_warc(snapshot_id=sid))
            view.finished.connect(lambda _code, v=view: self._forget(v))
            self.views.append(view)
            view.show()

        return self.runner.start(self.tr("Opening the snapshot"), work, done)

    def _forget(self, view: Any) -> None:
        if view in self.views:
            self.views.remove(view)
        view.deleteLater()

    def export_warc(
        self,
        source_id: str | None = None,
        *,
        snapshot_id: str | None = None,
        target: str | Path | None = None,
    ) -> Task | None:
        """Write a snapshot as a WARC file others can open with web-archive tools."""
        library = self.session.library
        if snapshot_id is None:
            source_id = self._source_or_tell(source_id)
            if source_id is None:
                return None
            snapshot_id = latest_snapshot_id(library, source_id)
            if snapshot_id is None:
                self.message.emit(self.tr("There is no snapshot of this source yet."))
                return None
        if target is None:
            meta = library.snapshots.get(snapshot_id, with_body=False)
            target = dialogs.ask_save_file(
                self.parent_widget,
                self.tr("Export snapshot as WARC"),
                warc_file_name(meta),
                self.tr("WARC files (*.warc.gz *.warc)"),
            )
            if not target:
                return None
        path = Path(target)
        chosen = snapshot_id
        open_view = self._worker_library

        def work(cancel: threading.Event, progress: ProgressCallback) -> Path:
            from workbench.core.evidence.capture import snapshot_warc
            from workbench.core.evidence.warc import write_warc_file

            progress(0, 0, path.name)
            snapshot = open_view().snapshots.get(chosen)
            check_cancel(cancel)
            with CPU_LANE:
                data = snapshot_warc(snapshot)
            check_cancel(cancel)
            return write_warc_file(data, path)

        def done(written: Path) -> None:
            self.message.emit(
                self.tr("The snapshot was written to %1.").replace("%1", str(written))
            )

        return self.runner.start(self.tr("Exporting %1").replace("%1", path.name), work, done)

    # -- link checks ----------------------------------------------------------------------------

    def check_claim_sources(self, claim_id: str | None = None) -> Task | None:
        """Check whether the web sources of the current claim are still what was cited."""
        claim_id = claim_id or self.current_claim()
        if claim_id is None:
            self.message.emit(self.tr("Select a claim first, then check its sources."))
            return None
        return self._check(claim_id, self.tr("Checking the sources of this claim"))

    def check_all_sources(self) -> Task:
        return self._check(None, self.tr("Checking every source in the library"))

    def _check(self, claim_id: str | None, title: str) -> Task:
        open_view = self._worker_library

        def work(cancel: threading.Event, progress: ProgressCallback) -> list[LinkState]:
            from workbench.core.evidence.capture import check_sources

            return check_sources(open_view(), claim_id=claim_id, cancel=cancel, progress=progress)

        def finished(states: list[LinkState] | None = None) -> None:
            self.evidence.reload()
            if states is not None:
                self.message.emit(self._summary(states))

        def failed(error: BaseException) -> None:
            finished()  # the checks made before the failure are recorded: show them
            dialogs.show_error(self.parent_widget, error)

        return self.runner.start(
            title, work, finished, on_error=failed, on_cancel=finished, group="link-check"
        )

    def _summary(self, states: list[LinkState]) -> str:
        if not states:
            return self.tr("There are no web sources to check.")
        model = self.evidence.model
        counts: dict[str, int] = {}
        for state in states:
            counts[state.state] = counts.get(state.state, 0) + 1
        parts = [f"{count} {model.state_label(name)}" for name, count in sorted(counts.items())]
        return self.tr("%n source(s) checked: %1", "", len(states)).replace("%1", ", ".join(parts))

    # -- the Internet Archive -----------------------------------------------------------------

    def update_archive_action(self) -> None:
        """Archiving is offered only once the user has entered their own keys."""
        self.actions.archive_source.setVisible(bool(settings_dialog.archive_keys(self.settings)))

    def edit_archive_settings(self) -> None:
        dialog = settings_dialog.ArchiveSettingsDialog(self.settings, self.parent_widget)
        if dialogs.run_dialog(dialog):  # the dialog keeps the keys when it is accepted
            self.update_archive_action()

    def archive(self, source_id: str | None = None) -> Task | None:
        """Ask the Internet Archive to save a source's page, and keep where the copy is."""
        keys = settings_dialog.archive_keys(self.settings)
        if not keys:
            self.message.emit(
                self.tr("Enter your archive.org keys in Edit ▸ Internet Archive first.")
            )
            return None
        source_id = self._source_or_tell(source_id)
        if source_id is None:
            return None
        source = self.session.library.sources.get(source_id)
        if not source.url:
            self.message.emit(self.tr("Only web pages can be archived."))
            return None
        url, base = source.url, settings_dialog.archive_base(self.settings)

        def work(cancel: threading.Event, progress: ProgressCallback) -> Any:
            from workbench.core.evidence.archive import save_page

            return save_page(url, keys, base=base, cancel=cancel, progress=progress)

        def done(copy: Any) -> None:
            library = self.session.library
            library.sources.update(
                source_id, archive_url=copy.archive_url, archived_at=archive_time(copy.timestamp)
            )
            self.evidence.reload()
            self.message.emit(self.tr("Archived: %1").replace("%1", copy.archive_url))

        return self.runner.start(
            self.tr("Archiving %1 at the Internet Archive").replace("%1", url), work, done
        )
