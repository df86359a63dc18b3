"""A screenshot of the app on a library (the demo case when the file is new), for the README.

Run it on a real display or under Xvfb; see tools/screenshot.py for the command.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication


def _settle(msecs: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def take_screenshot(
    library_path: str | Path,
    out_png: str | Path,
    *,
    language: str = "en",
    appearance: str = "light",
    size: tuple[int, int] = (1440, 900),
    section: str = "claim",
) -> Path:
    """Open the library in a window, select a claim with evidence and a verdict, save a PNG."""
    from workbench.gui import i18n, theme
    from workbench.gui.app import Workbench, application

    application()
    settings_file = Path(out_png).with_suffix(".settings.ini")
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    i18n.install(language)
    theme.apply(appearance)
    workbench = Workbench(settings)
    if not workbench.open(Path(library_path), demo_if_new=True):
        raise RuntimeError(f"The library {library_path} could not be opened.")
    window = workbench.window
    assert window is not None
    window.resize(*size)
    window.size_docks(*size)  # the layout a screen of this size starts with
    window.show()
    window.raise_()
    window.activateWindow()
    _settle(300)
    library = window.session.library
    if window.current_article:
        claims = library.claims.list(article_id=window.current_article)
        shown = max(claims, key=lambda c: (c.rating_key is not None, c.sources), default=None)
        if shown is not None:
            window.select_claim(shown.id)
            window.inspector.show_section(section)
    _settle(400)
    target = Path(out_png)
    target.parent.mkdir(parents=True, exist_ok=True)
    image = window.grab()
    if QApplication.platformName() == "xcb":
        # What the screen shows (menus and all), cut to the window.
        frame = window.frameGeometry()
        shot = window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        if not shot.isNull() and shot.width() >= 100:
            image = shot
    image.save(str(target))
    window.close()
    settings_file.unlink(missing_ok=True)
    return target
