"""The window's actions and menus (File, Edit, View, Claims, Help) with standard shortcuts.

Built in one place so that texts can be switched to another language in one pass and every
command has the same shortcut in the menu, the context menu and the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from workbench.gui import i18n, theme

StandardKey = QKeySequence.StandardKey


class Actions(QObject):
    """Every command of the main window; the window connects them to its slots."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        make = self._make
        self.import_file = make(StandardKey.Open)
        self.import_url = make("Ctrl+L")
        self.paste_article = make("Ctrl+Shift+V")
        self.export_claimreview = make("Ctrl+E")
        self.export_case = make()
        self.export_library = make()
        self.new_library = make(StandardKey.New)
        self.open_library = make("Ctrl+Shift+O")
        self.quit = make(StandardKey.Quit)
        self.undo = make(StandardKey.Undo)
        self.redo = make(StandardKey.Redo)
        self.redo.setShortcuts(
            list(
                dict.fromkeys(
                    [*QKeySequence.keyBindings(StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
                )
            )
        )
        self.find = make(StandardKey.Find)
        self.search = make("Ctrl+Shift+F")
        self.settings = make()
        self.mark_claim = make("Ctrl+M")
        self.suggest_claims = make("Ctrl+Shift+S")
        self.delete_claim = make(StandardKey.Delete)
        self.reset_layout = make()
        self.help = make(StandardKey.HelpContents)
        self.about = make()
        self.show_log = make()
        self.show_snapshot = make()
        self.export_warc = make()
        self.check_claim_sources = make()
        self.check_all_sources = make()
        self.archive_source = make()
        self.archive_settings = make()
        self.languages = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in ("system", *i18n.LANGUAGES):
            action = QAction(self)
            action.setCheckable(True)
            action.setData(code)
            self.languages.addAction(action)
            self.language_actions[code] = action
        self.themes = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for choice in theme.CHOICES:
            action = QAction(self)
            action.setCheckable(True)
            action.setData(choice)
            self.themes.addAction(action)
            self.theme_actions[choice] = action
        self.menus: dict[str, QMenu] = {}

    def _make(self, shortcut: StandardKey | str | None = None) -> QAction:
        action = QAction(self.window)
        if isinstance(shortcut, str):
            action.setShortcut(QKeySequence(shortcut))
        elif shortcut is not None:
            action.setShortcuts(shortcut)
        self.window.addAction(action)
        return action

    def build_menus(self, dock_actions: list[QAction]) -> None:
        bar = self.window.menuBar()
        file = self.menus["file"] = bar.addMenu("")
        self.menus["import"] = file.addMenu("")
        self.menus["import"].addActions([self.import_file, self.import_url, self.paste_article])
        self.menus["export"] = file.addMenu("")
        self.menus["export"].addActions(
            [self.export_claimreview, self.export_case, self.export_library]
        )
        file.addSeparator()
        file.addActions([self.new_library, self.open_library])
        file.addSeparator()
        file.addAction(self.quit)
        edit = self.menus["edit"] = bar.addMenu("")
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.find, self.search])
        edit.addSeparator()
        edit.addActions([self.settings, self.archive_settings])
        view = self.menus["view"] = bar.addMenu("")
        view.addActions(dock_actions)
        view.addSeparator()
        self.menus["language"] = view.addMenu("")
        self.menus["language"].addActions(list(self.language_actions.values()))
        self.menus["appearance"] = view.addMenu("")
        self.menus["appearance"].addActions(list(self.theme_actions.values()))
        view.addSeparator()
        view.addAction(self.reset_layout)
        claims = self.menus["claims"] = bar.addMenu("")
        claims.addActions([self.mark_claim, self.suggest_claims, self.delete_claim])
        claims.addSeparator()
        self.menus["scale"] = claims.addMenu("")
        sources = self.menus["sources"] = bar.addMenu("")
        sources.addActions([self.show_snapshot, self.export_warc])
        sources.addSeparator()
        sources.addActions([self.check_claim_sources, self.check_all_sources])
        sources.addSeparator()
        sources.addAction(self.archive_source)
        help_menu = self.menus["help"] = bar.addMenu("")
        help_menu.addActions([self.help, self.show_log, self.about])

    def retranslate(self) -> None:
        texts = {
            self.import_file: self.tr("Import &file…"),
            self.import_url: self.tr("Import from &web address…"),
            self.paste_article: self.tr("&Paste an article…"),
            self.export_claimreview: self.tr("&ClaimReview JSON-LD of this article…"),
            self.export_case: self.tr("This &article's case as JSON…"),
            self.export_library: self.tr("The whole &library as JSON…"),
            self.new_library: self.tr("&New library…"),
            self.open_library: self.tr("&Open library…"),
            self.quit: self.tr("&Quit"),
            self.undo: self.tr("&Undo"),
            self.redo: self.tr("&Redo"),
            self.find: self.tr("&Find in article…"),
            self.search: self.tr("&Search the library…"),
            self.settings: self.tr("Library &settings…"),
            self.mark_claim: self.tr("&Mark selection as claim"),
            self.suggest_claims: self.tr("S&uggest claims"),
            self.delete_claim: self.tr("&Delete claim"),
            self.reset_layout: self.tr("&Reset layout"),
            self.help: self.tr("&Getting started"),
            self.about: self.tr("&About Fact-check Workbench"),
            self.show_log: self.tr("Where is the &log file?"),
            self.show_snapshot: self.tr("Show &snapshot…"),
            self.export_warc: self.tr("Export snapshot as &WARC…"),
            self.check_claim_sources: self.tr("&Check this claim's sources"),
            self.check_all_sources: self.tr("Check &all sources in the library"),
            self.archive_source: self.tr("Archive at the &Internet Archive"),
            self.archive_settings: self.tr("&Internet Archive…"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.language_actions["system"].setText(self.tr("System language"))
        for code, name in i18n.LANGUAGES.items():
            self.language_actions[code].setText(name)
        names = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for choice, action in self.theme_actions.items():
            action.setText(names[choice])
        titles = {
            "file": self.tr("&File"),
            "import": self.tr("&Import"),
            "export": self.tr("&Export"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "language": self.tr("&Language"),
            "appearance": self.tr("&Appearance"),
            "claims": self.tr("&Claims"),
            "scale": self.tr("Default rating &scale"),
            "sources": self.tr("&Sources"),
            "help": self.tr("&Help"),
        }
        for key, title in titles.items():
            if key in self.menus:
                self.menus[key].setTitle(title)
