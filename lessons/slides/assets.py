"""The offline assets of a deck: reveal.js and MathJax, found in installed packages and copied.

Nothing is downloaded and nothing is committed: reveal.js comes from the ``sphinx-revealjs`` wheel
(which ships the plain reveal.js 5 distribution, notes plugin included) and MathJax 2 from the
``jupyter-server-mathjax`` wheel (the MathJax of the classic Jupyter Notebook). Both are copied into
``<deck folder>/assets/`` so that the folder works from ``file://`` on a PC with no network.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

ASSETS_FOLDER = "assets"
REVEAL_FOLDER = "reveal.js"
MATHJAX_FOLDER = "mathjax"
VERSIONS_FILE = "versions.json"

REVEAL_MAJOR_VERSIONS = (4, 5)  # reveal.js 6 moved the notes plugin: nbconvert's layout breaks
MATHJAX_MAJOR_VERSION = 2

INSTALL_HINT = 'python -m pip install "sphinx-revealjs>=3.0,<4" "jupyter-server-mathjax>=0.2.6"'


class MissingAssetError(RuntimeError):
    """reveal.js or MathJax is not installed, or not in a version the decks work with."""


@dataclass(frozen=True)
class Library:
    """A JavaScript library found inside an installed Python distribution.

    Attributes
    ----------
    name, version : str
        The library (``"reveal.js"``, ``"MathJax"``) and its version (``"5.2.0"``).
    root : Path
        The installed folder holding the library's files.
    distribution, distribution_version : str
        The PyPI distribution that ships it (``"sphinx-revealjs"``) and its version.
    """

    name: str
    version: str
    root: Path
    distribution: str
    distribution_version: str


def _package_folder(module: str, distribution: str) -> Path:
    spec = importlib.util.find_spec(module)  # finds the folder without importing the package
    if spec is None or not spec.submodule_search_locations:
        raise MissingAssetError(
            f"the package {distribution!r} is not installed; install with: {INSTALL_HINT}"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _read_version(path: Path, pattern: str, what: str) -> str:
    if not path.is_file():
        raise MissingAssetError(f"{what} is incomplete: {path} is missing; reinstall with: {INSTALL_HINT}")
    with path.open(encoding="utf-8", errors="replace") as handle:
        head = handle.read(200_000)
    match = re.search(pattern, head)
    if match is None:
        raise MissingAssetError(f"cannot read the version of {what} from {path}")
    return match.group(1)


def find_reveal() -> Library:
    """Return the reveal.js 4.x/5.x distribution shipped by the installed ``sphinx-revealjs``.

    Raises
    ------
    MissingAssetError
        If ``sphinx-revealjs`` is missing, incomplete or ships a reveal.js other than 4.x or 5.x.
    """
    distribution = "sphinx-revealjs"
    root = _package_folder("sphinx_revealjs", distribution) / "_static" / "revealjs"
    version = _read_version(root / "dist" / "reveal.js", r"reveal\.js (\d+\.\d+\.\d+)", "reveal.js")
    if int(version.split(".")[0]) not in REVEAL_MAJOR_VERSIONS:
        raise MissingAssetError(
            f"{distribution} ships reveal.js {version}; the decks need reveal.js 4 or 5 "
            f"(reveal.js 6 moved the notes plugin); install with: {INSTALL_HINT}"
        )
    for needed in ("dist/reveal.css", "dist/theme/white.css", "plugin/notes/notes.js"):
        if not (root / needed).is_file():
            raise MissingAssetError(f"reveal.js in {root} has no {needed}; reinstall with: {INSTALL_HINT}")
    return Library("reveal.js", version, root, distribution, importlib.metadata.version(distribution))


def find_mathjax() -> Library:
    """Return the MathJax 2 shipped by the installed ``jupyter-server-mathjax``.

    Raises
    ------
    MissingAssetError
        If ``jupyter-server-mathjax`` is missing or incomplete.
    """
    distribution = "jupyter-server-mathjax"
    root = _package_folder("jupyter_server_mathjax", distribution) / "static"
    version = _read_version(root / "MathJax.js", r'MathJax\.version="(\d+\.\d+\.\d+)"', "MathJax")
    if int(version.split(".")[0]) != MATHJAX_MAJOR_VERSION:
        raise MissingAssetError(f"{distribution} ships MathJax {version}; the decks need MathJax 2")
    for needed in ("config/TeX-AMS-MML_HTMLorMML-full.js", "fonts/HTML-CSS/STIX-Web"):
        if not (root / needed).exists():
            raise MissingAssetError(f"MathJax in {root} has no {needed}; reinstall with: {INSTALL_HINT}")
    return Library("MathJax", version, root, distribution, importlib.metadata.version(distribution))


def _versions(reveal: Library, mathjax: Library) -> dict[str, str]:
    return {
        "reveal.js": f"{reveal.version} (from {reveal.distribution} {reveal.distribution_version})",
        "MathJax": f"{mathjax.version} (from {mathjax.distribution} {mathjax.distribution_version})",
    }


def copy_assets(folder: str | Path) -> tuple[Library, Library, bool]:
    """Copy reveal.js and MathJax into ``folder/assets/`` unless the same versions are there.

    Only what a deck loads is copied: reveal.js's ``dist/`` (scripts, styles, themes and their
    fonts, without source maps and ES modules) and its notes plugin; MathJax without its SVG output
    fonts (the wheel has no SVG output, the decks use HTML-CSS with the STIX web fonts).

    Parameters
    ----------
    folder : str or Path
        The folder of the decks (``build/slides/en``); created if missing.

    Returns
    -------
    reveal, mathjax : Library
        The libraries found.
    copied : bool
        False when the folder already held these versions and nothing was copied.
    """
    reveal, mathjax = find_reveal(), find_mathjax()
    assets = Path(folder) / ASSETS_FOLDER
    marker = assets / VERSIONS_FILE
    versions = _versions(reveal, mathjax)
    complete = (assets / REVEAL_FOLDER / "dist" / "reveal.js").is_file() and (
        assets / MATHJAX_FOLDER / "MathJax.js"
    ).is_file()
    if complete and marker.is_file():
        try:
            if json.loads(marker.read_text(encoding="utf-8")) == versions:
                return reveal, mathjax, False
        except json.JSONDecodeError:
            pass
    for stale in (assets / REVEAL_FOLDER, assets / MATHJAX_FOLDER):
        if stale.exists():
            shutil.rmtree(stale)
    assets.mkdir(parents=True, exist_ok=True)
    target = assets / REVEAL_FOLDER
    shutil.copytree(reveal.root / "dist", target / "dist", ignore=shutil.ignore_patterns("*.map", "*.esm.js"))
    shutil.copytree(
        reveal.root / "plugin" / "notes",
        target / "plugin" / "notes",
        ignore=shutil.ignore_patterns("*.esm.js", "plugin.js"),
    )
    if (reveal.root / "LICENSE").is_file():
        shutil.copy2(reveal.root / "LICENSE", target / "LICENSE")
    shutil.copytree(mathjax.root, assets / MATHJAX_FOLDER, ignore=_skip_mathjax_svg(mathjax.root))
    marker.write_text(json.dumps(versions, indent=1) + "\n", encoding="utf-8")
    return reveal, mathjax, True


def _skip_mathjax_svg(root: Path):
    output = (root / "jax" / "output").resolve()

    def ignore(directory: str, names: list[str]) -> list[str]:
        return ["SVG"] if Path(directory).resolve() == output and "SVG" in names else []

    return ignore
