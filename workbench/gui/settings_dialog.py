"""The user's own Internet Archive keys, kept in the system keyring and never in a library.

A library file is shared with colleagues and exported; keys belong to one person, so they stay
in that person's keyring, not in a plain-text settings file (keys an earlier version kept in
the settings are moved into the keyring the first time they are read). Archiving is off until
both keys are entered.
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


#: Names of the keys in the keyring.
KEYRING_ACCESS = "internet-archive-access-key"
KEYRING_SECRET = "internet-archive-secret-key"


def _move_to_keyring(settings: QSettings) -> None:
    """Keys an earlier version kept in the settings go into the keyring (when it works)."""
    from workbench.core.errors import InputError
    from workbench.core.secrets import set_secret

    access = str(settings.value(ACCESS_KEY, "") or "").strip()
    secret = str(settings.value(SECRET_KEY, "") or "").strip()
    if not (access and secret):
        return
    try:
        set_secret(KEYRING_ACCESS, access)
        set_secret(KEYRING_SECRET, secret)
    except InputError:
        return  # no keyring here: they stay where they are rather than be lost
    settings.remove(ACCESS_KEY)
    settings.remove(SECRET_KEY)
    settings.sync()


def stored_keys(settings: QSettings) -> tuple[str, str]:
    """The access and secret key as stored (empty strings when there are none)."""
    if settings.contains(ACCESS_KEY):
        _move_to_keyring(settings)
    if settings.contains(ACCESS_KEY):  # no keyring on this system
        return (
            str(settings.value(ACCESS_KEY, "") or ""),
            str(settings.value(SECRET_KEY, "") or ""),
        )
    from workbench.core.secrets import get_secret

    return get_secret(KEYRING_ACCESS) or "", get_secret(KEYRING_SECRET) or ""


def archive_keys(settings: QSettings) -> ArchiveKeys | None:
    """The keys entered, or None while archiving is off."""
    access, secret = stored_keys(settings)
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
        access, secret = stored_keys(settings)
        self.access = QLineEdit(access, self)
        self.secret = QLineEdit(secret, self)
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
        if self.save():
            self.accept()

    def save(self) -> bool:
        """Keep the keys in the keyring (or forget them when both fields are empty); False,
        with the reason shown, when the system has no keyring to keep them in."""
        from workbench.core.errors import InputError
        from workbench.core.secrets import delete_secret, set_secret

        access, secret = self.access.text().strip(), self.secret.text().strip()
        self.settings.remove(ACCESS_KEY)
        self.settings.remove(SECRET_KEY)
        self.settings.sync()
        if not (access and secret):
            delete_secret(KEYRING_ACCESS)
            delete_secret(KEYRING_SECRET)
            return True
        try:
            set_secret(KEYRING_ACCESS, access)
            set_secret(KEYRING_SECRET, secret)
        except InputError as exc:
            self.error.setText(str(exc))
            return False
        return True
