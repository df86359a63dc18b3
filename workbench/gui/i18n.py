"""The interface language: German or English, from the system locale or the user's choice.

Translations are Qt Linguist files in resources/translations: workbench_de.ts (and
workbench_en.ts, which holds only English plural forms) are the sources, edited with
pyside6-linguist; the .qm files compiled from them with pyside6-lrelease are committed beside
them, because the wheel has no build step that could compile them (see the README there).
Qt's own dialogs use the qtbase catalogue that ships with PySide6.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QWidget

from workbench.gui.applog import qt_override

LANGUAGES = {"en": "English", "de": "Deutsch"}
CATALOGUE = "workbench"


class _State:
    language = "en"
    translators: list[QTranslator] = []  # one list for the process


_state = _State()


if TYPE_CHECKING:
    _WidgetBase = QWidget
else:
    _WidgetBase = object


class Retranslating(_WidgetBase):
    """Mixed into a widget (before its Qt class): its texts follow the interface language.

    The widget writes every text it shows in retranslate(), called once by its constructor and
    again whenever install() switches the language.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    @qt_override()
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def translations_dir() -> Path:
    return Path(str(resources.files("workbench.resources").joinpath("translations")))


def system_language() -> str:
    """The first of the system's preferred languages the workbench speaks (else English)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(choice: str | None) -> str:
    if choice in LANGUAGES:
        return str(choice)
    return system_language()


def current_language() -> str:
    return _state.language


def install(choice: str | None) -> str:
    """Switch the interface language; every open widget is told through a LanguageChange."""
    app = QCoreApplication.instance()
    language = resolve(choice)
    translators = _state.translators
    if app is not None:
        for translator in translators:
            app.removeTranslator(translator)
    translators.clear()
    _state.language = language
    QLocale.setDefault(QLocale(language))
    if app is None:
        return language
    # English needs a catalogue too: it holds the plural forms ("1 claim", "2 claims").
    ours = QTranslator(app)
    if ours.load(f"{CATALOGUE}_{language}", str(translations_dir())):
        translators.append(ours)
    qt = QTranslator(app)
    if language != "en" and qt.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    return language
