"""Light and dark palettes: follow the system unless the user picks one in View ▸ Appearance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

CHOICES = ("system", "light", "dark")


class _State:
    choice = "system"
    native: QPalette | None = None  # the platform's palette, kept before the first change


_state = _State()


def dark_palette() -> QPalette:
    """A calm dark palette with enough contrast for long reading."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d31",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f2023",
        QPalette.ColorRole.AlternateBase: "#27292d",
        QPalette.ColorRole.ToolTipBase: "#3a3d42",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#34373c",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#7ab7ff",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9a9da3",
        QPalette.ColorRole.Mid: "#45484e",
        QPalette.ColorRole.Dark: "#18191b",
        QPalette.ColorRole.Light: "#4a4d53",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d8087"))
    return palette


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply(choice: str | None = None) -> bool:
    """Use the chosen palette; returns whether it is dark."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    if choice is not None:
        _state.choice = choice if choice in CHOICES else "system"
    if _state.native is None:
        _state.native = QPalette(app.palette())
    wanted = _state.choice
    dark = wanted == "dark" or (wanted == "system" and system_is_dark())
    native = _state.native
    # The system's own file dialogs keep the system's look: when the app is dark and the system
    # is not, Qt's dialogs are used so that they follow the app's palette.
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, dark and not system_is_dark())
    if wanted == "system" and (not dark or is_dark(native)):
        app.setPalette(native)  # the platform's own palette already fits
    else:
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
    return dark


def follow_system() -> None:
    """Switch palettes when the system switches between light and dark."""
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply())


def current_choice() -> str:
    return _state.choice
