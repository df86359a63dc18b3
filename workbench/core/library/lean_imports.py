"""sqlite-utils without numpy: imported by store.py before sqlite-utils itself.

sqlite-utils loads numpy when it is installed, only to store numpy values, which the workbench
never has. numpy adds about a quarter of a second to the app's start, so sqlite-utils is
imported here while `import numpy` fails; numpy stays importable for everything else.
"""

from __future__ import annotations

import sys


def import_sqlite_utils_without_numpy() -> None:
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # `import numpy` fails meanwhile
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]


import_sqlite_utils_without_numpy()
