"""File ▸ Export report: the fact-check report previewed, then saved as HTML, Markdown or PDF.

The report is built by the core off the UI thread; the preview shows the same escaped HTML in
a browser that loads nothing from outside and follows no link. PDF goes through Qt's own
printing of the HTML, so no extra program is needed.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.core.progress import ProgressCallback
from workbench.gui import dialogs
from workbench.gui.i18n import Retranslating
from workbench.gui.paging import reading_library
from workbench.gui.session import Session
from workbench.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from workbench.core.publish.report import Report


class OfflineBrowser(QTextBrowser):
    """A preview that never loads a resource and never follows a link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt override
        return None


class ReportDialog(Retranslating, QDialog):
    """Preview of the report on the open article (or one claim) with its save buttons."""

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        article_id: str | None,
        claim_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReportDialog")
        self.session = session
        self.runner = runner
        self.article_id = article_id
        self.claim_id = claim_id
        self.report: Report | None = None
        self.html = ""
        self.markdown = ""
        self.preview_html = ""
        self.language = QComboBox(self)
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.currentIndexChanged.connect(lambda _index: self.build())
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.preview = OfflineBrowser(self)
        self.save_html = QPushButton(self)
        self.save_md = QPushButton(self)
        self.save_pdf = QPushButton(self)
        self.save_html.clicked.connect(lambda: self.save("html"))
        self.save_md.clicked.connect(lambda: self.save("md"))
        self.save_pdf.clicked.connect(lambda: self.save("pdf"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        row = QHBoxLayout()
        for button in (self.save_html, self.save_md, self.save_pdf):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        layout.addLayout(row)
        self.resize(820, 720)
        self.retranslate()
        self._pick_language()
        self.build()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export report"))
        self.language_label.setText(self.tr("&Language of the report:"))
        self.save_html.setText(self.tr("Save as &HTML…"))
        self.save_md.setText(self.tr("Save as &Markdown…"))
        self.save_pdf.setText(self.tr("Save as &PDF…"))
        self.preview.setAccessibleName(self.tr("Preview of the report"))

    def _pick_language(self) -> None:
        article_id = self.article_id
        if article_id is None and self.claim_id is not None:
            article_id = self.session.library.claims.get(self.claim_id).article_id
        if article_id is None:
            return
        language = self.session.library.articles.get(article_id, with_text=False).language
        index = self.language.findData(language if language in ("de", "en") else "en")
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)

    # -- building ------------------------------------------------------------------------------

    def build(self) -> None:
        """Build the report off the UI thread and show it when it arrives."""
        library, synchronous = self.session.library, self.runner.synchronous
        article_id, claim_id = self.article_id, self.claim_id
        lang = str(self.language.currentData())
        self.status.setText(self.tr("Building the report…"))
        for button in (self.save_html, self.save_md, self.save_pdf):
            button.setEnabled(False)

        def work(cancel: threading.Event, progress: ProgressCallback) -> tuple[Any, str, str, str]:
            from workbench.core.publish import report

            built = report.build_report(
                reading_library(library, synchronous), article_id, claim_id=claim_id, lang=lang
            )
            return (
                built,
                report.render_html(built),
                report.render_markdown(built),
                report.render_html(built, structured_data=False),
            )

        self.runner.start(self.tr("Building the report"), work, self._show, on_error=self._failed)

    def _show(self, result: tuple[Report, str, str, str]) -> None:
        self.report, self.html, self.markdown, self.preview_html = result
        self.preview.setHtml(self.preview_html)
        lines = [self.tr("%n claim(s) in the report.", "", len(self.report.claims))]
        lines += self.report.warnings
        self.status.setText("\n".join(lines))
        for button in (self.save_html, self.save_md, self.save_pdf):
            button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(str(error))
        dialogs.show_error(self, error)

    # -- saving --------------------------------------------------------------------------------

    def save(self, fmt: str, target: str | Path | None = None) -> Path | None:
        """Save the previewed report; returns the file written (None when cancelled)."""
        if self.report is None:
            return None
        filters = {
            "html": self.tr("HTML page (*.html)"),
            "md": self.tr("Markdown (*.md)"),
            "pdf": self.tr("PDF document (*.pdf)"),
        }
        if target is None:
            target = dialogs.ask_save_file(
                self, self.tr("Save the report"), f"report.{fmt}", filters[fmt]
            )
            if not target:
                return None
        path = Path(target)
        try:
            from workbench.core.publish.export import check_target, write_text

            check_target(path, library_path=self.session.path, force=True)
            if fmt == "pdf":
                write_pdf(self.preview_html, path)
            else:
                write_text(self.html if fmt == "html" else self.markdown, path)
        except Exception as exc:  # noqa: BLE001 - shown to the user in a dialog
            dialogs.show_error(self, exc)
            return None
        self.status.setText(self.tr("Saved to %1.").replace("%1", str(path)))
        return path


def write_pdf(html_text: str, path: Path) -> None:
    """Print the report's HTML to a PDF file (A4) with Qt's own text layout."""
    from workbench.core.errors import InputError

    document = QTextDocument()
    document.setHtml(html_text)
    temporary = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(temporary))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("Fact-check Workbench")
    document.print_(writer)
    del writer  # the file is complete once the writer is gone
    try:
        temporary.replace(path)
    except OSError as exc:
        raise InputError(f"Can't write {path}: {exc.strerror or exc}.") from exc
