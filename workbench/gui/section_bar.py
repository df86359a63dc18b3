"""A row of section buttons that wraps onto a second line in a narrow panel, unlike tabs.

Tabs in a narrow dock are cut to "Beha…" or hidden behind scroll arrows; these buttons keep
their whole names and take a second line instead.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QToolButton,
    QWidget,
)


class WrappingLayout(QLayout):
    """Lays its items out left to right, starting a new line where the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 2) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = sum(item.sizeHint().width() + self._spacing for item in self._items)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the widest item: everything else can go onto more lines."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items (or only measure); returns the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class SectionBar(QWidget):
    """One checked button per section; Ctrl+Tab and Ctrl+Shift+Tab move between them."""

    current_changed = Signal(int)

    def __init__(
        self, parent: QWidget | None = None, shortcut_scope: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idToggled.connect(self._on_toggled)
        self.buttons: list[QToolButton] = []
        self.row = WrappingLayout(self)
        self.setLayout(self.row)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        scope = shortcut_scope or self
        for keys, step in (
            ("Ctrl+Tab", 1),
            ("Ctrl+Shift+Tab", -1),
            ("Ctrl+PgDown", 1),
            ("Ctrl+PgUp", -1),
        ):
            shortcut = QShortcut(QKeySequence(keys), scope)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step(step))

    def add_section(self) -> int:
        """A new button (its text comes with set_text); returns its index."""
        button = QToolButton(self)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        index = len(self.buttons)
        self.group.addButton(button, index)
        self.row.addWidget(button)
        self.buttons.append(button)
        if index == 0:
            button.setChecked(True)
        return index

    def count(self) -> int:
        return len(self.buttons)

    def set_text(self, index: int, text: str) -> None:
        self.buttons[index].setText(text)
        self.buttons[index].setAccessibleName(text.replace("&", ""))
        self.updateGeometry()

    def text(self, index: int) -> str:
        return self.buttons[index].text()

    def current(self) -> int:
        return max(0, self.group.checkedId())

    def set_current(self, index: int) -> None:
        self.buttons[index].setChecked(True)

    def step(self, step: int) -> None:
        if self.buttons:
            self.set_current((self.current() + step) % len(self.buttons))

    def _on_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.current_changed.emit(index)
