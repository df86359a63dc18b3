"""Plumbing the app's item models share: rows, flags, safe data() and column titles."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workbench.gui.applog import qt_override

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


def read_only_flags(index: Index) -> Qt.ItemFlag:
    """Flags of a cell that can be selected but not edited, in a flat model."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )


class RowListModel(QAbstractListModel, Generic[Row]):
    """A list of records; subclasses say in row_data() what each role shows."""

    rows: list[Row]

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    @qt_override()
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.row_data(self.rows[index.row()], role)

    def row_data(self, row: Row, role: int) -> Any:
        raise NotImplementedError


class HeaderedTableModel(QAbstractTableModel):
    """A read-only table whose column titles are a tuple, set again when the language changes."""

    _headers: tuple[str, ...] = ()

    def flags(self, index: Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    @qt_override()
    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
