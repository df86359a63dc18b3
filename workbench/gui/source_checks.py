"""Work on the sources behind the evidence: capture, check links, show or export snapshots, archive.

Each runs its core function in the background (TaskRunner) with progress and Cancel in the
status bar. Work that writes (link checks) or reads much (snapshot bytes) goes through the
worker's own Library connection, since a connection belongs to the thread that opened it.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal

from workbench.core.errors import WorkbenchError
from workbench.core.progress import ProgressCallback, check_cancel
from workbench.gui import dialogs, settings_dialog
from workbench.gui.paging import reading_library
from workbench.gui.tasks import CPU_LANE, Task

if TYPE_CHECKING:
    from workbench.core.evidence.capture import FileCapture, LinkState, PageCapture
    from workbench.core.library.models import Snapshot, Source
    from workbench.core.library.store import Library
    from workbench.gui.mainwindow import MainWindow

log = logging.getLogger(__name__)
ExcerptKey = tuple[str, str]  # (snapshot id, excerpt)


def capture_file(path: Path, cancel: threading.Event, progress: ProgressCallback) -> FileCapture:
    """The core's file reader, on a worker thread and in the CPU lane while it extracts."""
    from workbench.core.evidence.capture import read_file

    with CPU_LANE:
        return read_file(path, cancel=cancel, progress=progress)


def read_page(url: str) -> Any:
    """The core's page reader as a task: fetch and extract on a worker thread.

    When the page has no article, its title is still read from the whole page, so that the
    source gets one (store_page fills details from the article only).
    """

    def work(cancel: threading.Event, progress: ProgressCallback) -> tuple[PageCapture, str | None]:
        from workbench.core.evidence.capture import read_page as read

        page = read(url, cancel=cancel, progress=progress)
        title = page.extracted.title if page.extracted else None
        return page, title or page.page_title

    return work


def look_up_excerpts(
    library: Library, keys: list[ExcerptKey], cancel: threading.Event
) -> dict[ExcerptKey, bool]:
    """Whether each excerpt is in its snapshot's text (or, for a page, its visible text)."""

    found: dict[ExcerptKey, bool] = {}
    texts: dict[str, list[str]] = {}
    for snapshot_id, excerpt in keys:
        check_cancel(cancel)
        if snapshot_id not in texts:
            try:
                texts[snapshot_id] = _snapshot_texts(library.snapshots.get(snapshot_id))
            except WorkbenchError:
                texts[snapshot_id] = []
        with CPU_LANE:
            found[(snapshot_id, excerpt)] = any(
                _contains(text, excerpt) for text in texts[snapshot_id]
            )
    return found


def _snapshot_texts(snapshot: Snapshot) -> list[str]:
    """The stored text, then the whole page's visible text, as the capture looked it up."""
    from workbench.core.evidence.capture import snapshot_texts

    with CPU_LANE:
        return snapshot_texts(snapshot)


def _contains(text: str, excerpt: str) -> bool:
    from workbench.core.evidence.capture import excerpt_found

    return excerpt_found([text], excerpt)


def latest_snapshot_id(library: Library, source_id: str) -> str | None:
    """The newest snapshot of a source, read without its text or bytes."""
    snapshots = library.snapshots.list(source_id=source_id)
    return snapshots[-1].id if snapshots else None


def archive_time(timestamp: str) -> str:
    """The Wayback Machine's 14-digit timestamp as the ISO time the library keeps."""
    try:
        return datetime.strptime(timestamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC).isoformat()
    except ValueError:
        from workbench.core.timeutil import now_iso

        return now_iso()


def warc_file_name(snapshot: Snapshot) -> str:
    host = urlsplit(snapshot.final_url or snapshot.url).hostname or "snapshot"
    return f"{host}-{snapshot.captured_at[:10]}.warc.gz"


class SourceCommands(QObject):
    """The Sources menu and the evidence list's context menu: one object, one place for each."""

    message = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.runner = window.runner
        self.settings = window.settings
        self.views: list[Any] = []  # open snapshot views, kept until closed
        a = window.actions_
        a.show_snapshot.triggered.connect(lambda: self.show_snapshot())
        a.export_warc.triggered.connect(lambda: self.export_warc())
        a.check_claim_sources.triggered.connect(lambda: self.check_claim_sources())
        a.check_all_sources.triggered.connect(lambda: self.check_all_sources())
        a.archive_source.triggered.connect(lambda: self.archive())
        a.archive_settings.triggered.connect(self.edit_archive_settings)
        panel = window.inspector.evidence
        panel.set_source_actions(
            [a.show_snapshot, a.export_warc, a.check_claim_sources, a.archive_source]
        )
        panel.message.connect(self.message)
        self.message.connect(lambda text: window.statusBar().showMessage(text, 10_000))
        self.update_archive_action()

    # -- what the commands work on -------------------------------------------------------------

    def selected_source(self) -> Source | None:
        item = self.window.inspector.evidence.selected()
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
                snapshot,
                text,
                source,
                self.window,
                self.session,
                self.window.inspector.evidence.selected(),
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
                self.window,
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
        claim_id = claim_id or self.window.current_claim
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
            self.window.inspector.evidence.reload()
            if states is not None:
                self.message.emit(self._summary(states))

        def failed(error: BaseException) -> None:
            finished()  # the checks made before the failure are recorded: show them
            dialogs.show_error(self.window, error)

        return self.runner.start(
            title, work, finished, on_error=failed, on_cancel=finished, group="link-check"
        )

    def _summary(self, states: list[LinkState]) -> str:
        if not states:
            return self.tr("There are no web sources to check.")
        model = self.window.inspector.evidence.model
        counts: dict[str, int] = {}
        for state in states:
            counts[state.state] = counts.get(state.state, 0) + 1
        parts = [f"{count} {model.state_label(name)}" for name, count in sorted(counts.items())]
        return self.tr("%n source(s) checked: %1", "", len(states)).replace("%1", ", ".join(parts))

    # -- the Internet Archive -----------------------------------------------------------------

    def update_archive_action(self) -> None:
        """Archiving is offered only once the user has entered their own keys."""
        self.window.actions_.archive_source.setVisible(
            bool(settings_dialog.archive_keys(self.settings))
        )

    def edit_archive_settings(self) -> None:
        dialog = settings_dialog.ArchiveSettingsDialog(self.settings, self.window)
        if dialogs.run_dialog(dialog):
            dialog.save()
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
            self.window.inspector.evidence.reload()
            self.message.emit(self.tr("Archived: %1").replace("%1", copy.archive_url))

        return self.runner.start(
            self.tr("Archiving %1 at the Internet Archive").replace("%1", url), work, done
        )
