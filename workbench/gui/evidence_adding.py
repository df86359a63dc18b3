"""Adding evidence: asked for in a dialog, the source is found or made, attached, and its page or file kept.

A web page or file is kept as a snapshot: fetching and reading run in the background, and only
the write to the library happens on the UI thread, each in one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from workbench.core.errors import WorkbenchError
from workbench.core.library.models import Claim, Source
from workbench.gui import dialogs
from workbench.gui.evidence_widgets import EvidenceDialog, EvidenceInput
from workbench.gui.session import Change, Session
from workbench.gui.source_tasks import ExcerptKey, capture_file, read_page
from workbench.gui.tasks import TaskRunner
from workbench.gui.undo import AddEvidence

if TYPE_CHECKING:
    from workbench.core.evidence.capture import Captured, FileCapture, PageCapture


class EvidenceAdder(QObject):
    """Attaches new evidence to a claim and keeps its source's page or file in the background."""

    message = Signal(str)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        found: dict[ExcerptKey, bool],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent  # the dialogs open over it
        self.session = session
        self.runner = runner
        self.found = found  # shared with the panel: excerpts known to be in their snapshot

    def ask_file(self, claim: Claim) -> None:
        """Choose a file, then describe it as evidence."""
        path = dialogs.ask_open_file(
            self.parent_widget,
            self.tr("Choose a file as evidence"),
            self.tr(
                "Documents (*.pdf *.html *.htm *.txt *.md *.json "
                "*.xml *.csv *.xlsx *.docx);;All files (*)"
            ),
        )
        if path:
            self.ask("file", claim, file_name=str(Path(path).resolve()))

    def ask(self, mode: str, claim: Claim, file_name: str | None = None) -> None:
        """The evidence dialog for a web page, a file or a note; its answer is attached."""
        dialog = EvidenceDialog(mode, self.parent_widget, file_name=file_name)
        if file_name and dialog.title is not None:
            dialog.title.setText(Path(file_name).name)
        if dialogs.run_dialog(dialog):
            self.add(claim, dialog.value(file_name))

    def add(self, claim: Claim, data: EvidenceInput) -> bool:
        """Attach the source the user entered; snapshots are made in the background."""
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
