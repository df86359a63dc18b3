"""Find in the article (Ctrl+F): a bar under the text, as in a browser, closed with Escape."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from workbench.gui.applog import qt_override


class FindBar(QWidget):
    """Searches the shown text forwards and backwards, wrapping around at the ends."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.find_next)
        self.field.textChanged.connect(self._on_text)
        self.previous = QToolButton(self)
        self.previous.clicked.connect(self.find_previous)
        self.next = QToolButton(self)
        self.next.clicked.connect(self.find_next)
        self.status = QLabel(self)
        self.close_button = QToolButton(self)
        self.close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.label = QLabel(self)
        layout.addWidget(self.label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.status)
        layout.addWidget(self.close_button)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        previous = QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), self)
        previous.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        previous.activated.connect(self.find_previous)
        self.label.setBuddy(self.field)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Find:"))
        self.field.setPlaceholderText(self.tr("Find in this article"))
        self.field.setAccessibleName(self.tr("Find in this article"))
        self.previous.setText(self.tr("Previous"))
        self.previous.setAccessibleName(self.tr("Find previous"))
        self.next.setText(self.tr("Next"))
        self.next.setAccessibleName(self.tr("Find next"))
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Close the find bar"))

    @qt_override()
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open(self) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()

    def _on_text(self, _text: str) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.editor.setTextCursor(cursor)
        self.find_next()

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        needle = self.field.text()
        if not needle:
            self.status.setText("")
            return False
        if self.editor.find(needle, flags):
            self.status.setText("")
            return True
        wrapped = QTextCursor(self.editor.document())
        if flags & QTextDocument.FindFlag.FindBackward:
            wrapped.movePosition(QTextCursor.MoveOperation.End)
        self.editor.setTextCursor(wrapped)
        found = self.editor.find(needle, flags)
        self.status.setText("" if found else self.tr("Not found"))
        return found
