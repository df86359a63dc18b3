"""The main window: the library on the left, the article in the middle, claims and inspector right.

It builds the views and wires them: the Navigator (window_navigation.py) keeps what is open and
makes every view follow; panels get the session and signals, never the window.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QWidget

from workbench.gui import dialogs, window_layout
from workbench.gui.actions import Actions
from workbench.gui.applog import qt_override
from workbench.gui.article_view import ArticleView
from workbench.gui.i18n import Retranslating
from workbench.gui.paging import PageLoader
from workbench.gui.search import SearchBox
from workbench.gui.session import Session
from workbench.gui.tasks import TaskRunner, TaskStatus
from workbench.gui.undo import AddClaim, DeleteClaim
from workbench.gui.window_layout import LayoutMemory

if TYPE_CHECKING:
    from workbench.gui.window_navigation import Navigator

log = logging.getLogger(__name__)


class MainWindow(Retranslating, QMainWindow):
    """One open library in one window."""

    library_requested = Signal(str, bool)

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
        self.navigator: Navigator | None = None
        self.loaded = False
        self.loader: PageLoader | None = None
        self.article_view = ArticleView(self)
        self.setCentralWidget(self.article_view)
        self.docks: dict[str, QDockWidget] = window_layout.add_docks(self)
        self.search_box = SearchBox(self)
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
        self.article_view.setMinimumWidth(window_layout.article_width(self.article_view.text))
        width, height = window_layout.default_size(self)
        self.resize(width, height)
        self.size_docks(width, height)
        self.layout_memory = LayoutMemory(self, settings)
        self.layout_memory.restore()
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
        from workbench.gui.window_navigation import Navigator, WindowViews
        from workbench.gui.window_undo import UndoActions

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
        from workbench.gui.case_io import PublishCommands

        self.publishing = PublishCommands(
            session,
            runner,
            self.actions_.menus["export"],
            self.actions_.menus["import"],
            lambda: self.current_article,
            lambda: self.current_claim,
            self,
        )
        self.placement_review = PlacementReviewCommands(
            session,
            self.io.imported,
            self.actions_.menus["claims"],
            lambda: self.current_article,
            self,
        )
        self.commands = WindowCommands(session, self.settings, self.actions_, self)
        from workbench.gui.library_safety import LibrarySafetyCommands

        self.safety = LibrarySafetyCommands(session, runner, self.actions_.menus["file"], self)
        self.sources = SourceCommands(
            session,
            runner,
            self.settings,
            self.actions_,
            self.inspector.evidence,
            lambda: self.current_claim,
            self,
        )
        views = WindowViews(
            self.article_view,
            self.claim_list,
            self.library_dock,
            self.suggestions,
            self.inspector,
            self.counts,
            self.commands.refresh_checks,
            self.commands.show_source,
        )
        self.navigator = Navigator(session, self.settings, views, self)
        self.undo_actions = UndoActions(session, self.actions_, self.inspector.flush, self)
        for action in self.findChildren(QAction):
            action.setEnabled(True)
        self.loaded = True
        self._connect()
        self.retranslate()
        self.open_article(self.navigator.first_article())

    def _connect(self) -> None:
        a = self.actions_
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.mark_claim.triggered.connect(self.mark_claim)
        a.suggest_claims.triggered.connect(self.suggest_claims)
        self.suggestions.spans_changed.connect(self.article_view.set_suggestions)
        self.suggestions.show_requested.connect(self.article_view.show_span)
        self.suggestions.claim_accepted.connect(self.select_claim)
        a.delete_claim.triggered.connect(self.delete_claim)
        a.find.triggered.connect(self.article_view.show_find)
        a.search.triggered.connect(self.search_box.take_focus)
        a.import_file.triggered.connect(lambda: self.io.import_file())
        a.import_url.triggered.connect(lambda: self.io.import_url())
        a.paste_article.triggered.connect(lambda: self.io.paste())
        a.export_claimreview.triggered.connect(
            lambda: self.io.export_claimreview(self.current_article)
        )
        a.export_case.triggered.connect(lambda: self.io.export_case(self.current_article))
        a.export_library.triggered.connect(lambda: self.io.export_case(None))
        a.quit.triggered.connect(self.close)
        a.reset_layout.triggered.connect(self.layout_memory.reset)
        self.commands.library_requested.connect(self.library_requested)
        self.sources.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.io.imported.connect(self.open_article)
        self.publishing.imported.connect(self.open_article)
        self.publishing.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.inspector.prior.open_requested.connect(self.open_article)
        self.io.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        navigator = self.navigator
        assert navigator is not None
        self.session.changed.connect(navigator.on_change)
        navigator.failed.connect(self.show_error)
        self.session.failed.connect(self.show_error)
        self.runner.failed.connect(lambda _title, exc: self.show_error(exc))
        self.library_dock.article_selected.connect(self.open_article)
        self.claim_list.claim_selected.connect(self.select_claim)
        self.article_view.claim_clicked.connect(self.select_claim)
        self.article_view.open_link_requested.connect(self.open_link)
        self.inspector.evidence.open_link_requested.connect(self.open_link)
        self.search_panel.hit_activated.connect(navigator.open_hit)

    # -- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.actions_.retranslate()
        window_layout.retitle_docks(self.docks)
        self.counts.setAccessibleName(self.tr("Claims in this article"))
        # The library's name only: the system adds the app's name (its display name).
        if not self.loaded or not self.session.attached:
            self.setWindowTitle(self.tr("Opening the library…"))
            return
        name = self.session.path.name if self.session.path else self.tr("(in memory)")
        if self.session.library.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(name)
        self.safety.retranslate()
        self.undo_actions.retranslate()
        if self.navigator is not None:
            self.navigator.update_counts()
        self.commands.refresh_checks()

    # -- opening and selecting --------------------------------------------------------------------

    @property
    def current_article(self) -> str | None:
        return self.navigator.current_article if self.navigator is not None else None

    @property
    def current_claim(self) -> str | None:
        return self.navigator.current_claim if self.navigator is not None else None

    def open_article(self, article_id: str | None, claim_id: str | None = None) -> None:
        """Show an article with its claims; the claim list and library follow."""
        if self.navigator is not None:
            self.navigator.open_article(article_id, claim_id)

    def select_claim(self, claim_id: str | None) -> None:
        """Show a claim everywhere: emphasised in the text, current in the list, inspected."""
        if self.navigator is not None:
            self.navigator.select_claim(claim_id)

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

    def size_docks(self, width: int, height: int) -> None:
        """The docks' first sizes for a window of this size; the article keeps its lines."""
        article = self.article_view.minimumWidth()
        window_layout.size_docks(self, self.docks, width, height, article)

    # -- messages, links, language, layout -----------------------------------------------------------

    def show_error(self, error: BaseException | str) -> None:
        dialogs.show_error(self, error)

    def open_link(self, link: str) -> None:
        dialogs.open_link(self, link)

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
        self.layout_memory.save()
        self.settings.sync()
        self.runner.cancel_all()
        self.runner.wait(3000)
        if self.loader is not None:
            self.loader.pool.waitForDone(3000)
        super().closeEvent(event)
