"""Every question and message the app puts to the user goes through these few functions.

One place means one tone for errors (a clear sentence, never a traceback), one rule for links
(always ask before opening), and one seam where tests answer instead of a person.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import WorkbenchError

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


def log_file() -> Path:
    from workbench.core.paths import log_path

    return log_path()


def describe(error: BaseException | str) -> str:
    """A sentence for the user: the core's own message, or a plain note that points to the log."""
    if isinstance(error, str):
        return error
    if isinstance(error, WorkbenchError):
        return str(error)
    if isinstance(error, sqlite3.Error):
        return translate("Dialogs", "The library file could not be read or written (%1).").replace(
            "%1", str(error)
        )
    if isinstance(error, OSError):
        return translate("Dialogs", "A file could not be read or written: %1").replace(
            "%1", error.strerror or str(error)
        )
    return translate(
        "Dialogs",
        "Something went wrong inside the workbench. Your work so far is saved; the "
        "details were written to the log file:\n%1",
    ).replace("%1", str(log_file()))


def show_error(
    parent: QWidget | None, error: BaseException | str, title: str | None = None
) -> None:
    """Tell the user what went wrong, in one dialog; details of unexpected errors go to the log."""
    if isinstance(error, BaseException) and not isinstance(error, WorkbenchError):
        log.error("error shown to the user", exc_info=error)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or translate("Dialogs", "Fact-check Workbench"),
        describe(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        title or translate("Dialogs", "Fact-check Workbench"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title or translate("Dialogs", "Fact-check Workbench"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def open_link(parent: QWidget | None, link: str) -> bool:
    """Open a web address or file only after the user has seen it and agreed."""
    if link.lower().startswith(("http://", "https://")):
        url = QUrl(link)
    else:
        path = Path(link[7:] if link.startswith("file://") else link)
        if not path.is_absolute() or not path.exists():
            show_error(
                parent,
                translate("Dialogs", "The file %1 is not on this computer.").replace("%1", link),
            )
            return False
        url = QUrl.fromLocalFile(str(path))
    question = translate("Dialogs", "Open this address outside the workbench?\n\n%1").replace(
        "%1", link
    )
    if not confirm(parent, question, translate("Dialogs", "Open link")):
        return False
    return QDesktopServices.openUrl(url)


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_open_file(parent: QWidget | None, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def ask_save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def ask_url(parent: QWidget | None, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, "https://")
    text = text.strip()
    return text if ok and text and text != "https://" else None


@dataclass(frozen=True)
class PastedArticle:
    """Pasted text and what the user said about it; empty details are None."""

    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None


class PasteDialog(QDialog):
    """A large box to paste an article's text into, and its title, author, date, language
    and address (the title is otherwise taken from the first line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "Paste an article"))
        self.resize(640, 560)
        label = QLabel(
            translate("Dialogs", "Paste the article's text below. It is kept as plain text."), self
        )
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(translate("Dialogs", "Article text to import"))
        self.text.setTabChangesFocus(True)
        label.setBuddy(self.text)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(translate("Dialogs", "From the first line if left empty"))
        self.author = QLineEdit(self)
        self.published = QLineEdit(self)
        self.published.setPlaceholderText(translate("Dialogs", "e.g. 28.01.2025 or 2025-01-28"))
        self.language = QComboBox(self)
        self.language.addItem(translate("Dialogs", "Detect"), None)
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://")
        form = QFormLayout()
        for text, widget, name in (
            (translate("Dialogs", "&Title:"), self.title, translate("Dialogs", "Title")),
            (translate("Dialogs", "&Author:"), self.author, translate("Dialogs", "Author")),
            (
                translate("Dialogs", "&Published:"),
                self.published,
                translate("Dialogs", "Date of publication"),
            ),
            (translate("Dialogs", "&Language:"), self.language, translate("Dialogs", "Language")),
            (
                translate("Dialogs", "&Address (URL):"),
                self.url,
                translate("Dialogs", "Address where the article appeared"),
            ),
        ):
            widget.setAccessibleName(name)
            form.addRow(text, widget)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def value(self) -> PastedArticle:
        def field(widget: QLineEdit) -> str | None:
            return widget.text().strip() or None

        return PastedArticle(
            self.text.toPlainText(),
            field(self.title),
            field(self.author),
            field(self.published),
            self.language.currentData(),
            field(self.url),
        )

    def problem(self) -> str | None:
        """What keeps the entry from being imported, in the core's words; None when nothing."""
        from workbench.core.evidence.documents import from_pasted

        details = self.value()
        if not details.text.strip():
            return translate("Dialogs", "Paste the article's text first.")
        try:
            from_pasted(
                details.text,
                published=details.published,
                language=details.language,
                url=details.url,
            )
        except WorkbenchError as exc:
            return str(exc)
        return None

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        self.accept()


def ask_pasted_text(parent: QWidget | None) -> PastedArticle | None:
    """The pasted article and its details, or None when the user cancelled."""
    dialog = PasteDialog(parent)
    if run_dialog(dialog):
        return dialog.value()
    return None


def ask_choice(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    item, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(item) if ok and item in items else None
