"""Open the app on the demo library in a real window and save a screenshot.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python tools/screenshot.py
    .venv/bin/python tools/screenshot.py --lang de --size 1024x700 --appearance dark
    .venv/bin/python tools/screenshot.py --all     # the eight screenshots the README shows

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
    parser.add_argument("--out", type=Path, help="the PNG (default: named after the options)")
    parser.add_argument("--lang", choices=("en", "de"), default="en")
    parser.add_argument("--appearance", choices=("light", "dark"), default="light")
    parser.add_argument("--size", type=size, default=(1440, 900), help="WxH, e.g. 1024x700")
    parser.add_argument(
        "--section",
        choices=("claim", "evidence", "figures", "history", "prior"),
        default="claim",
        help="the inspector's section to show",
    )
    parser.add_argument(
        "--all", action="store_true", help="both languages, both looks, 1024x700 and 1440x900"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from workbench.gui.screenshot import take_screenshot

    if args.all:
        shots = [
            (lang, look, dimensions)
            for dimensions in ((1024, 700), (1440, 900))
            for look in ("light", "dark")
            for lang in ("en", "de")
        ]
    else:
        shots = [(args.lang, args.appearance, args.size)]
    for lang, look, dimensions in shots:
        out = args.out if args.out and not args.all else default_name(lang, look, dimensions)
        with tempfile.TemporaryDirectory() as folder:
            library = args.library or Path(folder) / "demo.sqlite"
            take_screenshot(
                library, out, language=lang, appearance=look, size=dimensions, section=args.section
            )
        print(out)
    return 0


def size(text: str) -> tuple[int, int]:
    """WxH as two numbers."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1024x700") from None
    return width, height


def default_name(lang: str, look: str, dimensions: tuple[int, int]) -> Path:
    width, height = dimensions
    return REPO / "resources" / "screenshots" / f"workbench-{width}x{height}-{look}-{lang}.png"


if __name__ == "__main__":
    raise SystemExit(main())
