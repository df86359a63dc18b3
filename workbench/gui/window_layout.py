"""Where the window's panels sit: the docks, their first sizes, and the layout kept between runs.

The article in the middle is the centre of the work: the docks beside it get what is left once
the article has room for about 70 characters a line.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

translate = QCoreApplication.translate
STATE_VERSION = 2
DOCKS = (
    ("library", Qt.DockWidgetArea.LeftDockWidgetArea),
    ("search", Qt.DockWidgetArea.LeftDockWidgetArea),
    ("claims", Qt.DockWidgetArea.RightDockWidgetArea),
    ("inspector", Qt.DockWidgetArea.RightDockWidgetArea),
    ("suggestions", Qt.DockWidgetArea.RightDockWidgetArea),
)
# Characters per line the article keeps when the window is made smaller.
ARTICLE_CHARACTERS = 70


def add_docks(window: QMainWindow) -> dict[str, QDockWidget]:
    """One empty dock per panel; the views come when the library is loaded."""
    docks: dict[str, QDockWidget] = {}
    for name, area in DOCKS:
        dock = QDockWidget(window)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(QWidget(dock))
        window.addDockWidget(area, dock)
        docks[name] = dock
    window.tabifyDockWidget(docks["library"], docks["search"])
    window.tabifyDockWidget(docks["claims"], docks["suggestions"])
    docks["library"].raise_()
    docks["claims"].raise_()
    return docks


def retitle_docks(docks: dict[str, QDockWidget]) -> None:
    """The docks' titles in the interface language."""
    titles = {
        "library": translate("MainWindow", "Library"),
        "search": translate("MainWindow", "Search results"),
        "claims": translate("MainWindow", "Claims"),
        "inspector": translate("MainWindow", "Claim inspector"),
        "suggestions": translate("MainWindow", "Suggested claims"),
    }
    for name, dock in docks.items():
        dock.setWindowTitle(titles[name])


def default_size(window: QWidget) -> tuple[int, int]:
    """1440 x 900, or less where the screen is smaller, so that the whole window shows."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return 1440, 900
    area = screen.availableGeometry()
    return min(1440, area.width() * 95 // 100), min(900, area.height() * 92 // 100)


def article_width(window: QWidget) -> int:
    """The width the article needs for ARTICLE_CHARACTERS average characters and its margins."""
    return window.fontMetrics().averageCharWidth() * ARTICLE_CHARACTERS + 60


def size_docks(window: QMainWindow, docks: dict[str, QDockWidget], width: int, height: int) -> None:
    """Share the width: the article first, then the right column, then the library."""
    article = min(article_width(window), width * 45 // 100)
    rest = max(0, width - article)
    right = max(rest * 64 // 100, 300)
    left = max(rest - right - 20, 160)
    window.resizeDocks([docks["library"]], [left], Qt.Orientation.Horizontal)
    window.resizeDocks([docks["claims"]], [right], Qt.Orientation.Horizontal)
    window.resizeDocks(
        [docks["claims"], docks["inspector"]],
        [height * 34 // 100, height * 62 // 100],
        Qt.Orientation.Vertical,
    )


class LayoutMemory:
    """The window's size and dock layout, kept in the app's settings between runs."""

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        self.window = window
        self.settings = settings
        self.default_state = window.saveState(STATE_VERSION)

    def restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.window.restoreState(state, STATE_VERSION)

    def reset(self) -> None:
        self.window.restoreState(self.default_state, STATE_VERSION)

    def save(self) -> None:
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        self.settings.setValue("window/state", self.window.saveState(STATE_VERSION))
