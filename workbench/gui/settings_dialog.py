"""The user's own Internet Archive keys, kept in the app's settings and never in a library.

A library file is shared with colleagues and exported; keys belong to one person, so they stay
in QSettings on that person's computer. Archiving is off until both keys are entered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from workbench.core.evidence.archive import ArchiveKeys

ACCESS_KEY = "archive/access_key"
SECRET_KEY = "archive/secret_key"
#: Where Save Page Now answers; only changed to reach a mirror or a local imitation in tests.
BASE_KEY = "archive/save_base"


def archive_keys(settings: QSettings) -> ArchiveKeys | None:
    """The keys entered, or None while archiving is off."""
    access = str(settings.value(ACCESS_KEY, "") or "")
    secret = str(settings.value(SECRET_KEY, "") or "")
    if not (access.strip() and secret.strip()):
        return None  # without keys the archive module (and requests) is not loaded at start
    from workbench.core.evidence.archive import ArchiveKeys

    return ArchiveKeys(access, secret)


def archive_base(settings: QSettings) -> str:
    from workbench.core.evidence.archive import SAVE_BASE

    return str(settings.value(BASE_KEY, "") or SAVE_BASE)


class ArchiveSettingsDialog(QDialog):
    """Asks for the archive.org access and secret keys used by Save Page Now."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Internet Archive"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "With your own archive.org keys, a source's page can be saved in the Wayback "
                "Machine so readers can check it themselves. The keys are on your account's "
                "page archive.org/account/s3.php. They are kept in this computer's settings, "
                "not in the library. Leave both fields empty to switch archiving off."
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.access = QLineEdit(str(settings.value(ACCESS_KEY, "") or ""), self)
        self.secret = QLineEdit(str(settings.value(SECRET_KEY, "") or ""), self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.access.setAccessibleName(self.tr("archive.org access key"))
        self.secret.setAccessibleName(self.tr("archive.org secret key"))
        form = QFormLayout()
        form.addRow(self.tr("&Access key:"), self.access)
        form.addRow(self.tr("&Secret key:"), self.secret)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #c62828")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        access, secret = self.access.text().strip(), self.secret.text().strip()
        if bool(access) != bool(secret):
            self.error.setText(self.tr("Enter both keys, or leave both empty."))
            return
        self.accept()

    def save(self) -> None:
        """Keep the keys (or forget them when both fields are empty)."""
        access, secret = self.access.text().strip(), self.secret.text().strip()
        if access and secret:
            self.settings.setValue(ACCESS_KEY, access)
            self.settings.setValue(SECRET_KEY, secret)
        else:
            self.settings.remove(ACCESS_KEY)
            self.settings.remove(SECRET_KEY)
        self.settings.sync()
