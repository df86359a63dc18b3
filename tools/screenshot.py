"""Open the app on the demo library in a real window and save a screenshot.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python tools/screenshot.py
    .venv/bin/python tools/screenshot.py --lang de --out resources/screenshots/workbench-de.png

Without --library the demo case is built in a temporary library file first. On a desktop the
window appears for a second; under Xvfb nothing is shown.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, help="a library file (default: a new demo one)")
    parser.add_argument(
        "--out", type=Path, default=REPO / "resources" / "screenshots" / "workbench-en.png"
    )
    parser.add_argument("--lang", choices=("en", "de"), default="en")
    parser.add_argument("--appearance", choices=("light", "dark"), default="light")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from workbench.gui.screenshot import take_screenshot

    with tempfile.TemporaryDirectory() as folder:
        library = args.library or Path(folder) / "demo.sqlite"
        out = take_screenshot(library, args.out, language=args.lang, appearance=args.appearance)
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
