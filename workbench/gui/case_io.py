"""File ▸ Export report, Export claims as CSV, Export case and Import case.

Bundles and spreadsheets are written through the worker's own connection; an imported bundle
is read and checked in full off the UI thread, then merged on it in one transaction, so a
damaged file never changes the library. What the merge found (new records, conflicting edits)
is told in one message.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from workbench.core.progress import ProgressCallback
from workbench.gui import dialogs
from workbench.gui.paging import reading_library
from workbench.gui.session import Change, Session
from workbench.gui.tasks import Task, TaskRunner

BUNDLE_FILTER = "Case bundles (*.wbcase.json *.json);;All files (*)"


class PublishCommands(QObject):
    """The publishing entries of the File menu for one window."""

    message = Signal(str)
    imported = Signal(str)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        export_menu: QMenu,
        import_menu: QMenu,
        current_article: Callable[[], str | None],
        current_claim: Callable[[], str | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.widget = parent
        self.current_article = current_article
        self.current_claim = current_claim
        self.export_report = QAction(parent)
        self.export_csv = QAction(parent)
        self.export_case = QAction(parent)
        self.import_case = QAction(parent)
        export_menu.addSeparator()
        export_menu.addActions([self.export_report, self.export_csv, self.export_case])
        import_menu.addSeparator()
        import_menu.addAction(self.import_case)
        self.export_report.triggered.connect(lambda: self.show_report())
        self.export_csv.triggered.connect(lambda: self.write_csv())
        self.export_case.triggered.connect(lambda: self.write_case())
        self.import_case.triggered.connect(lambda: self.read_case())
        self.dialog: QWidget | None = None
        parent.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.export_report.setText(self.tr("&Report on this article (HTML, Markdown, PDF)…"))
        self.export_csv.setText(self.tr("All claims as a &spreadsheet (CSV)…"))
        self.export_case.setText(self.tr("This article's case as a &bundle for another desk…"))
        self.import_case.setText(self.tr("A &case bundle from another desk…"))

    def _need_article(self) -> str | None:
        article_id = self.current_article()
        if article_id is None:
            self.message.emit(self.tr("Open an article first."))
        return article_id

    # -- report --------------------------------------------------------------------------------

    def show_report(self) -> QWidget | None:
        from workbench.gui.report_dialog import ReportDialog

        article_id = self._need_article()
        if article_id is None:
            return None
        dialog = ReportDialog(self.session, self.runner, article_id, parent=self.widget)
        self.dialog = dialog
        dialog.show()
        return dialog

    # -- files written off the UI thread -------------------------------------------------------

    def _write(
        self, target: Path, write: Callable[[Any, Path], int], done_text: Callable[[int], str]
    ) -> Task | None:
        library, synchronous = self.session.library, self.runner.synchronous
        try:
            from workbench.core.publish.export import check_target

            check_target(target, library_path=self.session.path, force=True)
        except Exception as exc:  # noqa: BLE001 - shown in a dialog
            dialogs.show_error(self.widget, exc)
            return None

        def work(cancel: threading.Event, progress: ProgressCallback) -> int:
            progress(0, 0, target.name)
            return write(reading_library(library, synchronous), target)

        return self.runner.start(
            self.tr("Writing %1").replace("%1", target.name),
            work,
            lambda count: self.message.emit(done_text(count).replace("%1", str(target))),
        )

    def write_csv(self, target: str | Path | None = None) -> Task | None:
        if target is None:
            target = dialogs.ask_save_file(
                self.widget, self.tr("Export claims as CSV"), "claims.csv", self.tr("CSV (*.csv)")
            )
            if not target:
                return None

        def write(lib: Any, path: Path) -> int:
            from workbench.core.publish.spreadsheet import write_csv

            return write_csv(lib, path)

        return self._write(
            Path(target), write, lambda n: self.tr("%n claim(s) written to %1.", "", n)
        )

    def write_case(self, target: str | Path | None = None) -> Task | None:
        article_id = self._need_article()
        if article_id is None:
            return None
        if target is None:
            target = dialogs.ask_save_file(
                self.widget, self.tr("Export case bundle"), "case.wbcase.json", BUNDLE_FILTER
            )
            if not target:
                return None

        def write(lib: Any, path: Path) -> int:
            from workbench.core.publish.case import write_bundle

            return write_bundle(lib, article_id, path)["claims"]

        return self._write(
            Path(target),
            write,
            lambda n: self.tr("The case with %n claim(s) was written to %1.", "", n),
        )

    # -- import --------------------------------------------------------------------------------

    def read_case(self, source: str | Path | None = None) -> Task | None:
        """Check the bundle off the UI thread, then merge it here in one transaction."""
        if source is None:
            source = dialogs.ask_open_file(
                self.widget, self.tr("Import case bundle"), BUNDLE_FILTER
            )
            if not source:
                return None
        path = Path(source)
        library, synchronous = self.session.library, self.runner.synchronous

        def work(cancel: threading.Event, progress: ProgressCallback) -> dict[str, Any]:
            from workbench.core.publish.case import read_bundle

            progress(0, 0, path.name)
            return read_bundle(path, reading_library(library, synchronous))

        return self.runner.start(
            self.tr("Reading %1").replace("%1", path.name),
            work,
            self._merge,
            on_error=lambda exc: dialogs.show_error(self.widget, exc),
        )

    def _merge(self, bundle: dict[str, Any]) -> None:
        from workbench.core.publish.case import merge

        try:
            report = merge(self.session.library, bundle)
        except Exception as exc:  # noqa: BLE001 - shown in a dialog; nothing was written
            dialogs.show_error(self.widget, exc)
            return
        self.session.announce(
            Change(
                article_id=report.article_id,
                claims_added_or_removed=True,
                evidence=True,
                verdict=True,
                articles=True,
                settings=True,
            )
        )
        if not report.changed:
            text = self.tr("The library has this case already; nothing changed.")
        else:
            added = sum(report.added.values())
            updated = sum(report.updated.values())
            text = (
                self.tr("Case imported: %1 record(s) added, %2 updated.")
                .replace("%1", str(added))
                .replace("%2", str(updated))
            )
        if report.conflicts:
            lines = [text, ""] + [c.describe() for c in report.conflicts]
            dialogs.show_info(self.widget, "\n".join(lines), self.tr("Case imported"))
        self.message.emit(text)
        self.imported.emit(report.article_id)
