"""Import (file, web address, pasted text, dropped files) and export (ClaimReview, case JSON).

Reading, fetching and extracting run off the UI thread through the core's documents module;
the article is written on the UI thread in one transaction with its snapshot. Exports read
through the worker's own connection and write their file atomically.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from workbench.core.progress import ProgressCallback, check_cancel
from workbench.gui import dialogs
from workbench.gui.paging import reading_library
from workbench.gui.session import Change, Session
from workbench.gui.tasks import CPU_LANE, Task, TaskRunner

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from workbench.core.evidence.documents import Document
    from workbench.core.library.models import ImportResult


Loaded = tuple["Document", "str | None", "bytes | None"]  # the document, language, WARC


def _with_language(document: Document) -> Loaded:
    """Detect the language and build the WARC here, on the worker, so storing stays quick."""
    warc = None
    if document.capture is not None:
        from workbench.core.evidence.warc import build_warc

        warc = build_warc(document.capture)
    if document.language:
        return document, document.language, warc
    from workbench.core.language.detect import detect_language

    return document, detect_language(document.text[:20000]), warc


def read_file(
    path: Path, full_page: bool = False
) -> Callable[[threading.Event, ProgressCallback], Any]:
    def work(cancel: threading.Event, progress: ProgressCallback) -> Loaded:
        from workbench.core.evidence import documents

        progress(0, 0, path.name)
        with CPU_LANE:
            return _with_language(documents.load_file(path, full_page=full_page))

    return work


def read_url(
    url: str, full_page: bool = False
) -> Callable[[threading.Event, ProgressCallback], Any]:
    def work(cancel: threading.Event, progress: ProgressCallback) -> Loaded:
        from workbench.core.evidence import documents
        from workbench.core.evidence.fetch import fetch

        capture = fetch(url, cancel=cancel, progress=progress)
        with CPU_LANE:
            check_cancel(cancel)
            progress(
                1, 1, translate("ImportExport", "Extracting the text of %1").replace("%1", url)
            )
            return _with_language(documents.from_capture(capture, full_page=full_page))

    return work


class ImportExport(QObject):
    """The File ▸ Import and File ▸ Export commands of one window."""

    imported = Signal(str)
    message = Signal(str)

    def __init__(self, session: Session, runner: TaskRunner, parent_widget: Any) -> None:
        super().__init__(parent_widget)
        self.session = session
        self.runner = runner
        self.widget = parent_widget

    # -- import ------------------------------------------------------------------------------------

    def import_file(self, path: str | Path | None = None, full_page: bool = False) -> Task | None:
        if path is None:
            path = dialogs.ask_open_file(
                self.widget,
                self.tr("Import an article"),
                self.tr(
                    "Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf *.json "
                    "*.xml);;All files (*)"
                ),
            )
            if not path:
                return None
        file = Path(path)
        return self.runner.start(
            self.tr("Reading %1").replace("%1", file.name),
            read_file(file, full_page),
            self._store,
            on_error=self._offer_full_page(
                full_page, lambda: self.import_file(file, full_page=True)
            ),
            group="import",
        )

    def import_url(self, url: str | None = None, full_page: bool = False) -> Task | None:
        if url is None:
            url = dialogs.ask_url(
                self.widget,
                self.tr("Import from a web address"),
                self.tr("Address of the article (http or https):"),
            )
            if not url:
                return None
        address = url
        return self.runner.start(
            self.tr("Fetching %1").replace("%1", url),
            read_url(url, full_page),
            self._store,
            on_error=self._offer_full_page(
                full_page, lambda: self.import_url(address, full_page=True)
            ),
            group="import",
        )

    def _offer_full_page(
        self, full_page: bool, again: Callable[[], Any]
    ) -> Callable[[BaseException], None]:
        """When no article text is found, offer to keep all the page's visible text instead."""

        def failed(error: BaseException) -> None:
            from workbench.core.errors import ExtractionError

            if isinstance(error, ExtractionError) and not full_page:
                question = self.tr("%1\n\nImport all of the page's visible text instead?")
                if dialogs.confirm(self.widget, question.replace("%1", str(error))):
                    again()
                return
            dialogs.show_error(self.widget, error)

        return failed

    def paste(self, text: str | dialogs.PastedArticle | None = None) -> Task | None:
        """Import pasted text, with the title, author, date, language and address asked for."""
        answer = dialogs.ask_pasted_text(self.widget) if text is None else text
        if not answer:
            return None
        pasted = dialogs.PastedArticle(answer) if isinstance(answer, str) else answer

        def work(cancel: threading.Event, progress: ProgressCallback) -> Loaded:
            from workbench.core.evidence import documents

            return _with_language(
                documents.from_pasted(
                    pasted.text,
                    title=pasted.title,
                    author=pasted.author,
                    published=pasted.published,
                    language=pasted.language,
                    url=pasted.url,
                )
            )

        return self.runner.start(
            self.tr("Importing pasted text"), work, self._store, group="import"
        )

    def drop(self, links: list[str]) -> int:
        """Import dropped files and web addresses; returns how many imports were started."""
        started = 0
        for link in links:
            if link.lower().startswith(("http://", "https://")):
                self.import_url(link)
                started += 1
            elif Path(link).is_file():
                self.import_file(link)
                started += 1
        return started

    def _store(self, loaded: Loaded) -> None:
        """Write the article (and the page it came from) in one transaction, then show it."""
        from workbench.core.evidence.importing import store_document

        document, language, warc = loaded
        result = store_document(self.session.library, document, language=language, warc=warc)
        article = result.article
        self.session.announce(
            Change(article.id, articles=True, claims_added_or_removed=result.new_version)
        )
        self._tell(result, document)
        if not self.runner.running("import"):
            # With several imports at once, only the last one is opened: opening each in
            # turn would only make the window flicker.
            self.imported.emit(article.id)

    def _tell(self, result: ImportResult, document: Document) -> None:
        notes = list(document.warnings)
        if not result.created and not result.new_version:
            notes.insert(0, self.tr("This text is in the library already; it was opened."))
        elif result.new_version:
            orphans = sum(1 for how in result.placements.values() if how == "orphan")
            notes.insert(
                0,
                self.tr(
                    "A new version of this article was stored; %n claim(s) "
                    "could not be placed in the new text.",
                    "",
                    orphans,
                ),
            )
            self._show_changes(result)
        else:
            notes.insert(0, self.tr("Imported “%1”.").replace("%1", result.article.title))
        self.message.emit("  ".join(notes))

    def _show_changes(self, result: ImportResult) -> None:
        """Show the sentences the new version removed and added, as the page now reads."""
        from workbench.core.library.textdiff import text_changes

        versions = self.session.library.articles.versions(result.article.id, with_text=True)
        changes = text_changes(versions[-2].text or "", versions[-1].text or "", limit=12)
        if not changes:
            return
        lines = [self.tr("The article's text has changed since it was last imported:"), ""]
        for change in changes:
            if change.removed:
                lines.append("− " + change.removed)
            if change.added:
                lines.append("+ " + change.added)
        dialogs.show_info(self.widget, "\n".join(lines), self.tr("What changed"))

    # -- export ------------------------------------------------------------------------------------

    def export_claimreview(
        self, article_id: str | None, target: str | Path | None = None
    ) -> Task | None:
        """ClaimReview JSON-LD for the claims with a verdict that are no longer open or being
        researched (of one article, or all), as the command line exports them."""
        if target is None:
            target = dialogs.ask_save_file(
                self.widget,
                self.tr("Export ClaimReview"),
                "claimreview.json",
                self.tr("JSON-LD (*.json)"),
            )
            if not target:
                return None

        def build(lib: Any) -> tuple[Any, int]:
            from workbench.core.publish import export

            data = export.claimreview(lib, article_id=article_id, include_open=False)
            return data, len(data)

        return self._export(
            Path(target),
            build,
            lambda count: self.tr("%n ClaimReview record(s) written to %1.", "", count),
        )

    def export_case(self, article_id: str | None, target: str | Path | None = None) -> Task | None:
        """The whole case (articles, claims, sources, evidence, verdicts) as JSON."""
        if target is None:
            name = "case.json" if article_id else "library.json"
            target = dialogs.ask_save_file(
                self.widget, self.tr("Export as JSON"), name, self.tr("JSON (*.json)")
            )
            if not target:
                return None

        def build(lib: Any) -> tuple[Any, int]:
            from workbench.core.publish import export

            data = export.case_json(lib, article_id=article_id)
            return data, len(data.get("claims", []))

        return self._export(
            Path(target),
            build,
            lambda count: self.tr("The case with %n claim(s) was written to %1.", "", count),
        )

    def _export(
        self,
        target: Path,
        build: Callable[[Any], tuple[Any, int]],
        done_text: Callable[[int], str],
    ) -> Task:
        library, synchronous = self.session.library, self.runner.synchronous

        def work(cancel: threading.Event, progress: ProgressCallback) -> tuple[int, Path]:
            from workbench.core.publish import export

            progress(0, 0, target.name)
            data, count = build(reading_library(library, synchronous))
            export.write_json(data, target)
            return count, target

        def done(result: tuple[int, Path]) -> None:
            count, path = result
            self.message.emit(done_text(count).replace("%1", str(path)))

        return self.runner.start(self.tr("Exporting %1").replace("%1", target.name), work, done)
