"""The window's less frequent commands: libraries, settings, scale, language, look and help."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench import __version__
from workbench.gui import dialogs, i18n, labels, theme
from workbench.gui.actions import Actions
from workbench.gui.session import Session
from workbench.gui.undo import SetSetting

LIBRARY_FILTER = "Workbench libraries (*.sqlite *.db);;All files (*)"


class WindowCommands(QObject):
    """Slots of the File, Edit, View, Claims and Help menus that need more than one line.

    Opening another library is the app's: it is asked for with library_requested.
    """

    library_requested = Signal(str, bool)

    def __init__(
        self, session: Session, settings: QSettings, actions: Actions, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent  # the dialogs open over it
        self.session = session
        self.settings = settings
        self.actions = actions
        a = actions
        a.new_library.triggered.connect(self.new_library)
        a.open_library.triggered.connect(self.open_library)
        a.settings.triggered.connect(self.edit_settings)
        a.help.triggered.connect(self.getting_started)
        a.about.triggered.connect(self.about)
        a.show_log.triggered.connect(self.show_log)
        a.languages.triggered.connect(lambda action: self.set_language(action.data()))
        a.themes.triggered.connect(lambda action: self.set_theme(action.data()))
        a.menus["scale"].aboutToShow.connect(self.fill_scales)
        self.fill_scales()

    def refresh_checks(self) -> None:
        a = self.actions
        language = self.settings.value("ui/language", "system")
        a.language_actions.get(str(language), a.language_actions["system"]).setChecked(True)
        a.theme_actions.get(theme.current_choice(), a.theme_actions["system"]).setChecked(True)
        self.fill_scales()

    def fill_scales(self) -> None:
        """One checkable entry per scale; the checked one is the library's default."""
        menu = self.actions.menus["scale"]
        menu.clear()
        session = self.session
        if not session.attached:
            return
        default = session.library.settings.get("default_scale", "five-point")
        for scale in session.scales().values():
            action = QAction(labels.scale_name(scale), menu)
            action.setCheckable(True)
            action.setChecked(scale.short_name == default)
            action.setToolTip(labels.plain_tooltip(labels.scale_description(scale)))
            action.triggered.connect(
                lambda _checked=False, name=scale.short_name: self.set_default_scale(name)
            )
            menu.addAction(action)

    def set_language(self, code: str) -> None:
        """Switch the interface language now and for the next start."""
        self.settings.setValue("ui/language", code)
        i18n.install(code)

    def set_theme(self, choice: str) -> None:
        """Light, dark, or as the system; kept for the next start."""
        self.settings.setValue("ui/theme", choice)
        theme.apply(choice)

    def set_default_scale(self, short_name: str) -> None:
        old = self.session.library.settings.get("default_scale")
        if old != short_name:
            self.session.run(SetSetting(self.session, "default_scale", old, short_name))

    # -- libraries ---------------------------------------------------------------------------------

    def new_library(self) -> None:
        path = dialogs.ask_save_file(
            self.parent_widget,
            self.tr("New library"),
            "cases.sqlite",
            self.tr("Workbench libraries (*.sqlite *.db)"),
        )
        if path:
            if not Path(path).suffix:
                path += ".sqlite"
            self.library_requested.emit(path, True)

    def open_library(self) -> None:
        path = dialogs.ask_open_file(
            self.parent_widget,
            self.tr("Open library"),
            self.tr("Workbench libraries (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.library_requested.emit(path, False)

    # -- settings ----------------------------------------------------------------------------------

    def edit_settings(self) -> None:
        """The organisation named in ClaimReview exports, and its address."""
        session = self.session
        dialog = QDialog(self.parent_widget)
        dialog.setWindowTitle(self.tr("Library settings"))
        organisation = QLineEdit(session.library.settings.get("organisation") or "", dialog)
        organisation.setAccessibleName(self.tr("Organisation"))
        url = QLineEdit(session.library.settings.get("organisation_url") or "", dialog)
        url.setAccessibleName(self.tr("Organisation's web address"))
        form = QFormLayout()
        form.addRow(self.tr("&Organisation (publisher of the fact-checks):"), organisation)
        form.addRow(self.tr("&Web address:"), url)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if not dialogs.run_dialog(dialog):
            return
        for key, field in (("organisation", organisation), ("organisation_url", url)):
            old = session.library.settings.get(key)
            new = field.text().strip()
            if (old or "") != new:
                session.run(SetSetting(session, key, old, new))

    # -- sources, help ------------------------------------------------------------------------------

    def show_source(self, source_id: str) -> None:
        """What the library knows about a source found by the search."""
        source = self.session.library.sources.get(source_id)
        lines = [source.label, labels.kind_label(source.kind)]
        lines += [
            value
            for value in (
                source.publisher,
                source.author,
                source.published,
                source.url,
                source.file_name,
                source.note,
            )
            if value
        ]
        dialogs.show_info(self.parent_widget, "\n".join(lines), self.tr("Source"))

    def getting_started(self) -> None:
        dialogs.show_info(
            self.parent_widget,
            self.tr(
                "1. Import an article: File ▸ Import (a file, a web address or pasted text), or "
                "drop a file on the window.\n"
                "2. Select a passage in the article and press Ctrl+M to mark it as a claim.\n"
                "3. In the claim inspector, write the statement, add evidence (+ URL, + File, "
                "+ Note) with the exact excerpt and its stance.\n"
                "4. Pick a rating and write the rationale. Every edit is saved at once; Ctrl+Z "
                "undoes it.\n"
                "5. Export the verdicts as ClaimReview (File ▸ Export)."
            ),
            self.tr("Getting started"),
        )

    def about(self) -> None:
        dialogs.show_info(
            self.parent_widget,
            self.tr(
                "Fact-check Workbench %1\nArticles, claims, evidence and verdicts in one SQLite file "
                "on your computer.\nLibrary: %2"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.session.path or "")),
            self.tr("About"),
        )

    def show_log(self) -> None:
        dialogs.show_info(
            self.parent_widget,
            self.tr("The log file is:\n%1").replace("%1", str(dialogs.log_file())),
            self.tr("Log file"),
        )

    def language(self) -> str:
        return i18n.current_language()
