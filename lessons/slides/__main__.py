"""``python -m lessons.slides``: export offline reveal.js decks of the course notebooks."""

from __future__ import annotations

import argparse
import sys

from lessons.i18n import LANGUAGES, tr
from lessons.slides import MissingAssetError, export_decks
from lessons.slides.execution import CELL_TIMEOUT


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m lessons.slides",
        description=(
            "Export offline reveal.js decks of the course notebooks: one <name>.slides.html per "
            "notebook in OUT/LANG/, with reveal.js and MathJax copied beside them. Open "
            "OUT/LANG/index.html; the folder works from a USB stick with no network."
        ),
    )
    parser.add_argument(
        "notebooks", nargs="*", metavar="NOTEBOOK", help="notebooks (default: notebooks/LANG/*.ipynb)"
    )
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the decks (default: en)")
    parser.add_argument("--out", default="build/slides", help="output folder (default: build/slides)")
    parser.add_argument(
        "--executed",
        action="store_true",
        help="use the notebooks' saved outputs, never execute (default: execute unless they have outputs)",
    )
    parser.add_argument(
        "--timeout",
        type=int,
        default=CELL_TIMEOUT,
        help=f"seconds one cell may run (default: {CELL_TIMEOUT})",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)

    live = sys.stdout.isatty()  # on a terminal, one line that counts the cells as they run

    def report(line: str) -> None:
        print(("\r\033[K" if live else "") + line, flush=True)

    def on_cell(name: str, number: int, count: int) -> None:
        print(
            "\r\033[K" + tr("slides.cell", language=arguments.lang, name=name, number=number, count=count),
            end="",
            flush=True,
        )

    try:
        export_decks(
            arguments.notebooks or None,
            lang=arguments.lang,
            out_dir=arguments.out,
            executed=True if arguments.executed else None,
            timeout=arguments.timeout,
            report=report,
            on_cell=on_cell if live else None,
        )
    except (MissingAssetError, FileNotFoundError, ValueError, RuntimeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
