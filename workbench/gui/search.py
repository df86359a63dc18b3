"""Search the whole library: hits grouped by kind (articles, claims, sources, evidence).

The core's search never fails on what a user types; it runs off the UI thread through the
worker's own connection, and only the newest query's answer is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from workbench.core.library.models import SearchHit
from workbench.gui import labels
from workbench.gui.applog import qt_override
from workbench.gui.i18n import Retranslating
from workbench.gui.paging import reading_library
from workbench.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from workbench.core.library.store import Library

Index = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole + 1
KINDS = ("article", "claim", "source", "evidence")
_GROUP = 0xFFFFFFFF  # internalId of the group rows; hits carry their group's number


def hit_text(hit: SearchHit) -> str:
    """A hit as two lines: its title, then the words around the match, the match in [brackets]
    as the command line shows it."""
    title = labels.one_line(hit.title, 90)
    snippet = labels.one_line(hit.snippet, 140)
    return f"{title}\n{snippet}" if snippet and snippet != title else title


class SearchResultsModel(QAbstractItemModel):
    """Two levels: a row per kind that has hits, and the hits under it, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, list[SearchHit]]] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        by_kind: dict[str, list[SearchHit]] = {kind: [] for kind in KINDS}
        for hit in hits:
            by_kind.setdefault(hit.kind, []).append(hit)
        self.groups = [(kind, found) for kind, found in by_kind.items() if found]
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(len(found) for _, found in self.groups)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _GROUP) if row < len(self.groups) else QModelIndex()
        if parent.internalId() != _GROUP or parent.row() >= len(self.groups):
            return QModelIndex()
        if row >= len(self.groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row())

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    @qt_override()
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            kind, found = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{labels.kind_label(kind)} ({len(found)})"
            return None
        hit = self.groups[int(index.internalId())][1][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit_text(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.plain_tooltip(f"{hit.title}\n{labels.one_line(hit.snippet, 600)}")
        if role == HitRole:
            return hit
        return None


class SearchBox(Retranslating, QLineEdit):
    """The search box at the top right of the window; Enter searches the whole library."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(280)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search the library…"))
        self.setToolTip(self.tr("Search articles, claims, sources and evidence (Ctrl+Shift+F)"))
        self.setAccessibleName(self.tr("Search the whole library"))

    def take_focus(self) -> None:
        self.setFocus()
        self.selectAll()


class SearchPanel(Retranslating, QWidget):
    """The results of the search box at the top right; activating a hit opens it."""

    hit_activated = Signal(object)

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.model = SearchResultsModel(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(False)  # a hit has two lines, a group one
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.query = ""
        self._generation = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Search results"))
        self._summarise()

    def search(self, query: str) -> None:
        """Search the library for what the user typed."""
        self.query = query.strip()
        self._generation += 1
        generation = self._generation
        if not self.query:
            self.model.set_hits([])
            self._summarise()
            return
        library, synchronous = self.library, self.runner.synchronous
        words = self.query

        def work(_cancel: Any, _progress: Any) -> list[SearchHit]:
            lib = reading_library(library, synchronous)
            return lib.search.find(words, limit=100)

        def done(hits: list[SearchHit]) -> None:
            if generation == self._generation:
                self.model.set_hits(hits)
                self.view.expandAll()
                self._summarise()

        self.runner.start(self.tr("Searching"), work, done, visible=False)

    def _summarise(self) -> None:
        if not self.query:
            self.summary.setText(self.tr("Type words in the search box at the top right."))
        elif not self.model.hit_count():
            self.summary.setText(self.tr("Nothing found for “%1”.").replace("%1", self.query))
        else:
            self.summary.setText(
                self.tr("%n hit(s) for “%1”", "", self.model.hit_count()).replace("%1", self.query)
            )

    def _on_activated(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            self.hit_activated.emit(hit)
