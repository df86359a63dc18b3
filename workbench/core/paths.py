"""Where the workbench keeps its files on this machine."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "workbench"


def data_dir() -> Path:
    """The user's data folder for the workbench (XDG_DATA_HOME moves it on Linux)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_library_path() -> Path:
    """The library used when neither --db nor WORKBENCH_DB names one."""
    env = os.environ.get("WORKBENCH_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / "workbench.sqlite"


def log_path() -> Path:
    return data_dir() / "workbench.log"
