"""Where the window's panels sit: the docks, their first sizes, and the layout kept between runs.

The article in the middle is the centre of the work: it never gets narrower than about 60
characters a line, and the docks beside it share what is left.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QPlainTextEdit, QWidget

translate = QCoreApplication.translate
STATE_VERSION = 2
DOCKS = (
    ("library", Qt.DockWidgetArea.LeftDockWidgetArea),
    ("search", Qt.DockWidgetArea.LeftDockWidgetArea),
    ("claims", Qt.DockWidgetArea.RightDockWidgetArea),
    ("inspector", Qt.DockWidgetArea.RightDockWidgetArea),
    ("suggestions", Qt.DockWidgetArea.RightDockWidgetArea),
)
# Characters per line the article keeps when the window is made smaller, and the article
# view's margins around its text.
ARTICLE_CHARACTERS = 62
ARTICLE_MARGINS = 20


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
    # Suggestions share the tall place with the inspector: the list needs the height.
    window.tabifyDockWidget(docks["inspector"], docks["suggestions"])
    docks["library"].raise_()
    docks["inspector"].raise_()
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


def article_width(text: QPlainTextEdit) -> int:
    """The width the article needs for ARTICLE_CHARACTERS average characters a line.

    The text's frame, margins and scroll bar, and the article view's own margins, come on top.
    """
    chrome = 2 * text.frameWidth() + int(2 * text.document().documentMargin())
    chrome += text.verticalScrollBar().sizeHint().width() + ARTICLE_MARGINS
    return text.fontMetrics().averageCharWidth() * ARTICLE_CHARACTERS + chrome


def size_docks(
    window: QMainWindow, docks: dict[str, QDockWidget], width: int, height: int, article: int
) -> None:
    """Share the width: the article keeps its lines, the right column and the library share the
    rest (the library narrower), and the claims list leaves most of the height to the inspector."""
    left = min(max(width * 16 // 100, 130), 260)
    right = min(max(width - article - left - 16, 300), width * 42 // 100)
    left = max(min(left, width - article - right - 16), 120)
    window.resizeDocks([docks["library"]], [left], Qt.Orientation.Horizontal)
    window.resizeDocks([docks["claims"]], [right], Qt.Orientation.Horizontal)
    window.resizeDocks(
        [docks["claims"], docks["inspector"]],
        [height * 36 // 100, height * 60 // 100],
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
