"""The desktop app (PySide6): windows, views, item models and background tasks over the core.

Start it with `workbench` (see workbench.gui.app.run). Nothing here runs SQL, HTTP or parsing
itself; every read and write goes through workbench.core.
"""
