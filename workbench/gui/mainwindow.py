"""The main window: the library on the left, the article in the middle, claims and inspector right.

It wires the views together: selecting a claim anywhere shows it everywhere, and after each edit
the views reload only what the edit touched (see Session.changed).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.gui import dialogs, i18n, theme
from workbench.gui.actions import Actions
from workbench.gui.applog import qt_override
from workbench.gui.article_view import ArticleView
from workbench.gui.paging import PageLoader
from workbench.gui.session import Change, Session
from workbench.gui.tasks import TaskRunner, TaskStatus
from workbench.gui.undo import AddClaim, DeleteClaim, SetSetting

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)
STATE_VERSION = 1


class MainWindow(QMainWindow):
    """One open library in one window."""

    library_requested = Signal(str, bool)
    language_changed = Signal(str)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.session = session
        self.runner = runner
        self.settings = settings
        self.current_article: str | None = None
        self.current_claim: str | None = None
        self.loaded = False
        self.loader: PageLoader | None = None
        self.article_view = ArticleView(self)
        self.setCentralWidget(self.article_view)
        self.docks: dict[str, QDockWidget] = {}
        self._add_dock("library", Qt.DockWidgetArea.LeftDockWidgetArea)
        self._add_dock("search", Qt.DockWidgetArea.LeftDockWidgetArea)
        self._add_dock("claims", Qt.DockWidgetArea.RightDockWidgetArea)
        self._add_dock("inspector", Qt.DockWidgetArea.RightDockWidgetArea)
        self._add_dock("suggestions", Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.docks["library"], self.docks["search"])
        self.tabifyDockWidget(self.docks["claims"], self.docks["suggestions"])
        self.docks["library"].raise_()
        self.docks["claims"].raise_()
        self.search_box = QLineEdit(self)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(280)
        self.search_box.returnPressed.connect(self.run_search)
        self.menuBar().setCornerWidget(self.search_box, Qt.Corner.TopRightCorner)
        self.task_status = TaskStatus(runner, self)
        self.counts = QLabel(self)
        self.statusBar().addWidget(self.task_status)
        self.statusBar().addPermanentWidget(self.counts)
        self.actions_ = Actions(self)
        self.actions_.build_menus([d.toggleViewAction() for d in self.docks.values()])
        self.article_view.text.mark_action = self.actions_.mark_claim
        self.setAcceptDrops(True)
        width, height = self._default_size()
        self.resize(width, height)
        self.resizeDocks([self.docks["library"]], [width * 19 // 100], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["claims"]], [width * 39 // 100], Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.docks["claims"], self.docks["inspector"]],
            [height * 40 // 100, height * 56 // 100],
            Qt.Orientation.Vertical,
        )
        self._default_state = self.saveState(STATE_VERSION)
        self.restore_layout()
        for action in self.findChildren(QAction):
            action.setEnabled(False)
        self.retranslate()
        if session.attached:
            self.load()

    def load(self) -> None:
        """Fill the window from the library (after the first paint when the app starts)."""
        from workbench.gui.claim_list import ClaimListPanel
        from workbench.gui.claim_model import ClaimTableModel
        from workbench.gui.importing import ImportExport
        from workbench.gui.inspector import ClaimInspector
        from workbench.gui.library_dock import LibraryDock
        from workbench.gui.placement_review import PlacementReviewCommands
        from workbench.gui.search import SearchPanel
        from workbench.gui.source_checks import SourceCommands
        from workbench.gui.suggest_panel import SuggestPanel
        from workbench.gui.window_menus import WindowCommands

        session, runner = self.session, self.runner
        library, path = session.library, session.path
        if path is not None and not runner.synchronous:
            self.loader = PageLoader(path, self)
        self.library_dock = LibraryDock(library, runner, self.loader, self)
        self.claim_model = ClaimTableModel(library, self.loader, self)
        self.claim_list = ClaimListPanel(session, self.claim_model, self)
        self.inspector = ClaimInspector(session, runner, self)
        self.search_panel = SearchPanel(library, runner, self)
        self.suggestions = SuggestPanel(session, runner, self)
        for name, widget in (
            ("library", self.library_dock),
            ("search", self.search_panel),
            ("claims", self.claim_list),
            ("inspector", self.inspector),
            ("suggestions", self.suggestions),
        ):
            self.docks[name].setWidget(widget)
        self.io = ImportExport(session, runner, self)
        self.placement_review = PlacementReviewCommands(
            session,
            self.io.imported,
            self.actions_.menus["claims"],
            lambda: self.current_article,
            self,
        )
        self.commands = WindowCommands(self)
        self.sources = SourceCommands(self)
        for action in self.findChildren(QAction):
            action.setEnabled(True)
        self.loaded = True
        self._connect()
        self.retranslate()
        self.open_article(self._first_article())

    def _add_dock(self, name: str, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(QWidget(dock))  # the view comes with load()
        self.addDockWidget(area, dock)
        self.docks[name] = dock

    def _connect(self) -> None:
        a = self.actions_
        stack = self.session.undo_stack
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        stack.canUndoChanged.connect(a.undo.setEnabled)
        stack.canRedoChanged.connect(a.redo.setEnabled)
        stack.undoTextChanged.connect(self._on_undo_text)
        stack.redoTextChanged.connect(self._on_redo_text)
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.mark_claim.triggered.connect(self.mark_claim)
        a.suggest_claims.triggered.connect(self.suggest_claims)
        self.suggestions.spans_changed.connect(self.article_view.set_suggestions)
        self.suggestions.show_requested.connect(self.article_view.show_span)
        self.suggestions.claim_accepted.connect(self.select_claim)
        a.delete_claim.triggered.connect(self.delete_claim)
        a.find.triggered.connect(self.article_view.show_find)
        a.search.triggered.connect(self.focus_search)
        a.import_file.triggered.connect(lambda: self.io.import_file())
        a.import_url.triggered.connect(lambda: self.io.import_url())
        a.paste_article.triggered.connect(lambda: self.io.paste())
        a.export_claimreview.triggered.connect(
            lambda: self.io.export_claimreview(self.current_article)
        )
        a.export_case.triggered.connect(lambda: self.io.export_case(self.current_article))
        a.export_library.triggered.connect(lambda: self.io.export_case(None))
        a.quit.triggered.connect(self.close)
        self.io.imported.connect(self.open_article)
        self.io.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.session.changed.connect(self.on_change)
        self.session.failed.connect(self.show_error)
        self.runner.failed.connect(lambda _title, exc: self.show_error(exc))
        self.library_dock.article_selected.connect(self.open_article)
        self.claim_list.claim_selected.connect(self.select_claim)
        self.article_view.claim_clicked.connect(self.select_claim)
        self.article_view.open_link_requested.connect(self.open_link)
        self.inspector.evidence.open_link_requested.connect(self.open_link)
        self.search_panel.hit_activated.connect(self.open_hit)

    # -- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.actions_.retranslate()
        titles = {
            "library": self.tr("Library"),
            "search": self.tr("Search results"),
            "claims": self.tr("Claims"),
            "inspector": self.tr("Claim inspector"),
            "suggestions": self.tr("Suggested claims"),
        }
        for name, dock in self.docks.items():
            dock.setWindowTitle(titles[name])
        self.search_box.setPlaceholderText(self.tr("Search the library…"))
        self.search_box.setToolTip(
            self.tr("Search articles, claims, sources and evidence (Ctrl+Shift+F)")
        )
        self.search_box.setAccessibleName(self.tr("Search the whole library"))
        self.counts.setAccessibleName(self.tr("Claims in this article"))
        if not self.loaded or not self.session.attached:
            self.setWindowTitle(self.tr("Fact-check Workbench — opening the library…"))
            return
        name = self.session.path.name if self.session.path else self.tr("(in memory)")
        self.setWindowTitle(self.tr("Fact-check Workbench — %1").replace("%1", name))
        self._undo_texts()
        self.update_counts()
        self.commands.refresh_checks()

    @qt_override()
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _undo_texts(self) -> None:
        stack = self.session.undo_stack
        self._on_undo_text(stack.undoText())
        self._on_redo_text(stack.redoText())

    def _on_undo_text(self, text: str) -> None:
        self.actions_.undo.setText(
            self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo")
        )

    def _on_redo_text(self, text: str) -> None:
        self.actions_.redo.setText(
            self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo")
        )

    # -- opening and selecting --------------------------------------------------------------------

    def _first_article(self) -> str | None:
        remembered = self.settings.value(self._key("article"))
        if isinstance(remembered, str) and remembered:
            try:
                return self.session.library.articles.get(remembered, with_text=False).id
            except WorkbenchError:
                pass
        # The article last worked on: the newest claim's (an indexed read, unlike listing
        # articles, which sorts them all).
        library = self.session.library
        latest = library.claims.list(order_by="updated_at", descending=True, limit=1)
        if latest:
            return latest[0].article_id
        first = library.articles.list(limit=1)
        return first[0].id if first else None

    def _key(self, name: str) -> str:
        return f"libraries/{self.session.path or 'memory'}/{name}".replace("\\", "/")

    def open_article(self, article_id: str | None, claim_id: str | None = None) -> None:
        """Show an article with its claims; the claim list and library follow."""
        self.inspector.flush()
        library = self.session.library
        article = library.articles.get(article_id) if article_id else None
        self.current_article = article.id if article else None
        claims = library.claims.list(article_id=article_id) if article_id else []
        self.article_view.show_article(article, claims)
        self.claim_list.show_article(self.current_article, claims)
        self.library_dock.select_article(self.current_article)
        self.suggestions.set_article(self.current_article)
        if self.current_article:
            self.settings.setValue(self._key("article"), self.current_article)
        self.update_counts()
        self.current_claim = None
        if claim_id:
            self.select_claim(claim_id)
        else:
            self.inspector.show_claim(None)

    def select_claim(self, claim_id: str | None) -> None:
        """Show a claim everywhere: emphasised in the text, current in the list, inspected."""
        if claim_id is None:
            self.current_claim = None
            self.article_view.select_claim(None)
            self.inspector.show_claim(None)
            return
        try:
            claim = self.session.library.claims.get(claim_id)
        except WorkbenchError as exc:
            self.show_error(exc)
            return
        if claim.article_id != self.current_article:
            self.open_article(claim.article_id)
        self.current_claim = claim_id
        self.article_view.select_claim(claim_id)
        if self.claim_list.current_claim_id() != claim_id:
            self.claim_list.select_claim(claim_id)
        self.inspector.show_claim(claim)

    def open_hit(self, hit: Any) -> None:
        """Open what a search found: an article, a claim, or the claims citing a source."""
        library = self.session.library
        try:
            if hit.kind == "claim":
                self.select_claim(hit.id)
            elif hit.kind == "evidence":
                self.select_claim(library.evidence.get(hit.id).claim_id)
            elif hit.kind == "article":
                self.open_article(hit.id)
            else:
                self.commands.show_source(hit.id)
        except WorkbenchError as exc:
            self.show_error(exc)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        self.docks["search"].show()
        self.docks["search"].raise_()
        self.search_panel.search(self.search_box.text())

    # -- edits ----------------------------------------------------------------------------------------

    def mark_claim(self) -> None:
        """Make the selected passage a claim, anchored, and show it in the inspector."""
        span = self.article_view.selection_span()
        if span is None or self.current_article is None:
            self.statusBar().showMessage(
                self.tr("Select a passage in the article first, then mark it as a claim."), 6000
            )
            return
        command = AddClaim(self.session, self.current_article, *span)
        if self.session.run(command) and command.claim_id:
            self.select_claim(command.claim_id)
            # Focus stays in the article: an empty statement field would take Ctrl+Z for itself
            # instead of undoing the mark.
            self.article_view.text.setFocus()

    def suggest_claims(self) -> None:
        """Rank the open article's sentences worth checking, in the Suggested claims dock."""
        if self.current_article is None:
            self.statusBar().showMessage(self.tr("Open an article first."), 6000)
            return
        dock = self.docks["suggestions"]
        dock.show()
        dock.raise_()
        self.suggestions.run()
        self.suggestions.view.setFocus()

    def delete_claim(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and self.inspector.evidence.isAncestorOf(focus):
            self.inspector.evidence.remove_selected()  # Delete in the evidence list
            return
        claim_id = self.current_claim
        if claim_id is None or self.current_article is None:
            return
        self.inspector.flush()
        if self.session.run(DeleteClaim(self.session, claim_id, self.current_article)):
            self.select_claim(None)
            self.statusBar().showMessage(
                self.tr("Claim deleted. Undo (Ctrl+Z) brings it back."), 6000
            )

    def undo(self) -> None:
        self.inspector.flush()
        self.session.undo_stack.undo()

    def redo(self) -> None:
        self.inspector.flush()
        self.session.undo_stack.redo()

    def set_default_scale(self, short_name: str) -> None:
        old = self.session.library.settings.get("default_scale")
        if old != short_name:
            self.session.run(SetSetting(self.session, "default_scale", old, short_name))

    def on_change(self, change: Change) -> None:
        """Reload only what an edit (or its undo) touched."""
        library = self.session.library
        claims = None
        if change.settings:
            self.claim_list.fill_ratings(self.claim_list.rating.currentData())
            self.commands.refresh_checks()
        if (
            change.article_id
            and change.article_id == self.current_article
            and (change.claim_ids or change.claims_added_or_removed)
        ):
            claims = library.claims.list(article_id=self.current_article)
            self.article_view.set_claims(claims)
            if self.current_claim:
                self.article_view.select_claim(self.current_claim, scroll=False)
        if change.claim_ids or change.claims_added_or_removed or change.articles:
            self.claim_list.refresh(claims)
        self.inspector.on_change(change)
        if self.current_claim and self.inspector.claim is None:
            self.current_claim = None
        if change.articles or change.claims_added_or_removed:
            self.library_dock.refresh(change.article_id, added=change.articles)
        self.update_counts()

    def update_counts(self) -> None:
        if self.current_article is None or not self.session.attached:
            self.counts.setText("")
            return
        library = self.session.library
        total = library.claims.count(article_id=self.current_article)
        unrated = library.claims.count(article_id=self.current_article, rating="none")
        self.counts.setText(
            self.tr("%n claim(s)", "", total)
            + "  ·  "
            + self.tr("%n with verdict", "", total - unrated)
        )

    # -- messages, links, language, layout -----------------------------------------------------------

    def show_error(self, error: BaseException | str) -> None:
        dialogs.show_error(self, error)

    def open_link(self, link: str) -> None:
        dialogs.open_link(self, link)

    def set_language(self, code: str) -> None:
        self.settings.setValue("ui/language", code)
        i18n.install(code)
        self.language_changed.emit(code)

    def set_theme(self, choice: str) -> None:
        self.settings.setValue("ui/theme", choice)
        theme.apply(choice)

    def _default_size(self) -> tuple[int, int]:
        """1440 x 900, or less where the screen is smaller, so that the whole window shows."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return 1440, 900
        area = screen.availableGeometry()
        return min(1440, area.width() * 95 // 100), min(900, area.height() * 92 // 100)

    def restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state, STATE_VERSION)

    def reset_layout(self) -> None:
        self.restoreState(self._default_state, STATE_VERSION)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState(STATE_VERSION))

    # -- drag and drop, closing ---------------------------------------------------------------------

    @qt_override()
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    @qt_override()
    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        links = [
            url.toLocalFile() if url.isLocalFile() else url.toString()
            for url in event.mimeData().urls()
        ]
        if self.io.drop(links):
            event.acceptProposedAction()

    @qt_override()
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.loaded:
            self.inspector.flush()
        self.save_layout()
        self.settings.sync()
        self.runner.cancel_all()
        self.runner.wait(3000)
        if self.loader is not None:
            self.loader.pool.waitForDone(3000)
        super().closeEvent(event)
