"""The claim list: a sortable table of claims with filters by scope, status, rating and text."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.core.library.models import ClaimStatus
from workbench.core.library.scales import fold
from workbench.gui import labels
from workbench.gui.applog import qt_override
from workbench.gui.claim_model import SOURCES, UPDATED, ClaimIdRole, ClaimTableModel
from workbench.gui.i18n import Retranslating
from workbench.gui.session import Session

RATING_NONE = "none"
# Below this width the table shows only the claim, its status and its rating.
NARROW_TABLE = 520


class ClaimListPanel(Retranslating, QWidget):
    """Filters above a table of claims; the current row is the claim shown in the inspector."""

    claim_selected = Signal(str)

    def __init__(
        self, session: Session, model: ClaimTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        self.article_id: str | None = None
        self._quiet = False
        self.scope = QComboBox(self)
        self.status = QComboBox(self)
        self.rating = QComboBox(self)
        self.text = QLineEdit(self)
        self.text.setClearButtonEnabled(True)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(250)
        self._text_timer.timeout.connect(self.apply_filters)
        self.text.textChanged.connect(self._text_timer.start)
        self.text.returnPressed.connect(self.apply_filters)
        for combo in (self.scope, self.status, self.rating):
            combo.currentIndexChanged.connect(self.apply_filters)
            # The filters share a narrow panel: long names are cut, not the panel widened.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: a table of 200,000 rows never measures its rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 130), (3, 58), (4, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._on_sort)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.scope, 0, 0)
        filters.addWidget(self.status, 0, 1)
        filters.addWidget(self.rating, 0, 2)
        filters.addWidget(self.text, 1, 0, 1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.scope, self.status)
        self.setTabOrder(self.status, self.rating)
        self.setTabOrder(self.rating, self.text)
        self.setTabOrder(self.text, self.table)
        self.retranslate()

    # -- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._quiet = True
        keep = (self.scope.currentIndex(), self.status.currentData(), self.rating.currentData())
        self.scope.clear()
        self.scope.addItem(self.tr("This article"), "article")
        self.scope.addItem(self.tr("All articles"), "all")
        self.scope.setCurrentIndex(max(0, keep[0]))
        self.status.clear()
        self.status.addItem(self.tr("Any status"), None)
        for status in ClaimStatus:
            self.status.addItem(labels.status_label(status), status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(keep[1])))
        self.fill_ratings(keep[2])
        self._quiet = False
        self.text.setPlaceholderText(self.tr("Filter claims by words…"))
        self.scope.setAccessibleName(self.tr("Which claims to list"))
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.rating.setAccessibleName(self.tr("Filter by rating"))
        self.text.setAccessibleName(self.tr("Filter claims by words"))
        self.table.setAccessibleName(self.tr("Claims"))
        self.model.retranslate()

    def fill_ratings(self, keep: str | None = None) -> None:
        """Ratings of the default scale first, then those only other scales have."""
        if not self.session.attached:
            return
        quiet, self._quiet = self._quiet, True
        self.rating.clear()
        self.rating.addItem(self.tr("Any rating"), None)
        self.rating.addItem(labels.no_verdict_label(), RATING_NONE)
        seen: set[str] = set()
        default = self.session.default_scale()
        scales = [default] + [
            s for s in self.session.scales().values() if s.short_name != default.short_name
        ]
        language = labels.ui_language()
        for index, scale in enumerate(scales):
            if index == 1:
                self.rating.insertSeparator(self.rating.count())
            for rating in scale.ratings:
                label = rating.label(language)
                if fold(label) in seen:
                    continue
                seen.add(fold(label))
                self.rating.addItem(label, label)
        self.rating.setCurrentIndex(max(0, self.rating.findData(keep)))
        self._quiet = quiet

    @qt_override(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """In a narrow panel the claim's words matter more than the number of sources and
        the time of the last change: those columns step aside."""
        narrow = self.table.width() < NARROW_TABLE
        for column in (SOURCES, UPDATED):
            self.table.setColumnHidden(column, narrow)

    # -- listing -----------------------------------------------------------------------------------

    def show_article(self, article_id: str | None, claims: list | None = None) -> None:
        """Follow the article shown in the middle (when the list is scoped to it).

        claims: the article's claims in text order, when the caller has them already.
        """
        self.article_id = article_id
        if self.scope.currentData() == "article":
            self.apply_filters(claims)

    def set_scope(self, scope: str) -> None:
        self.scope.setCurrentIndex(max(0, self.scope.findData(scope)))

    def apply_filters(self, claims: list | None = None) -> None:
        if self._quiet:
            return
        self._text_timer.stop()
        article = self.article_id if self.scope.currentData() == "article" else None
        text = self.text.text().strip() or None
        query = dataclasses.replace(
            self.model.query,
            article_id=article,
            status=self.status.currentData(),
            rating=self.rating.currentData(),
            text=text,
        )
        if article is None and self.scope.currentData() == "article":
            query = dataclasses.replace(query, article_id="-")
        if query == self.model.query:
            self.refresh(claims)
            return
        selected = self.current_claim_id()
        try:
            self.model.set_query(query, claims)
        except WorkbenchError as exc:
            self.session.failed.emit(exc)
            return
        if selected:
            self.select_claim(selected)

    def _on_sort(self, column: int, order: Qt.SortOrder) -> None:
        selected = self.current_claim_id()
        self.model.sort(column, order)
        if selected:
            self.select_claim(selected)

    def refresh(self, claims: list | None = None) -> None:
        selected = self.current_claim_id()
        self.model.refresh(claims)
        if selected:
            self.select_claim(selected)

    # -- selection ---------------------------------------------------------------------------------

    def current_claim_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ClaimIdRole) if index.isValid() else None

    def select_claim(self, claim_id: str | None) -> None:
        """Make a claim the current row without announcing it again."""
        self._quiet_select = True
        try:
            row = self.model.row_of(claim_id) if claim_id else None
            selection = self.table.selectionModel()
            if row is None:
                selection.clearCurrentIndex()
                selection.clearSelection()
                return
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        finally:
            self._quiet_select = False

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if getattr(self, "_quiet_select", False) or not current.isValid():
            return
        claim_id = current.data(ClaimIdRole)
        if claim_id:
            self.claim_selected.emit(claim_id)
