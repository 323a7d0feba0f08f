"""Render one notebook as a reveal.js deck with nbconvert, loading nothing from the network.

The layout is nbconvert's: a ``slide`` cell opens a new slide, ``subslide`` a new vertical slide,
``fragment`` appears on a click, ``-`` continues, ``skip`` is left out, ``notes`` goes into the
speaker view. The first visible cell always opens the first slide. Code cells tagged
``hide-input`` show only their output. The template ``templates/course_reveal`` (which extends
nbconvert's ``reveal``) takes reveal.js and MathJax from the ``assets`` folder beside the deck.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import nbformat
from nbconvert import SlidesExporter
from nbconvert.preprocessors import TagRemovePreprocessor

from lessons.slides.assets import ASSETS_FOLDER, MATHJAX_FOLDER, REVEAL_FOLDER
from lessons.slides.preparation import HIDE_INPUT_TAG, slide_type

TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAME = "course_reveal"


THEME = "white"  # a light theme whose fonts ship with reveal.js ("simple" imports web fonts)
TRANSITION = "none"  # a projector shows transitions as flicker
WIDTH, HEIGHT = 1280, 800  # 16:10; reveal.js scales the slide to any screen
SLIDE_NUMBER = "c/t"

# A tag that loads something by itself from another host: <script src=http...>, <img src=//...>, ...
_NETWORK_LOAD = re.compile(
    r"<(?:script|link|img|iframe|source|video|audio|embed)\b[^>]*?\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//",
    re.IGNORECASE,
)
_TITLE = re.compile(r"<title>.*?</title>", re.DOTALL)


def notebook_title(notebook: nbformat.NotebookNode, default: str) -> str:
    """Return the text of the notebook's first level-1 Markdown heading, or ``default``."""
    for cell in notebook.cells:
        if cell.get("cell_type") != "markdown" or slide_type(cell) in ("skip", "notes"):
            continue
        for line in cell.source.splitlines():
            stripped = line.strip()
            if stripped.startswith("# "):
                return stripped[2:].strip().strip("#").strip() or default
    return default


def make_exporter(lang: str) -> SlidesExporter:
    """Return nbconvert's ``SlidesExporter`` set up for the course's offline decks in ``lang``."""
    exporter = SlidesExporter(
        extra_template_basedirs=[str(TEMPLATES)],
        template_name=TEMPLATE_NAME,
        reveal_url_prefix=f"{ASSETS_FOLDER}/{REVEAL_FOLDER}",
        reveal_theme=THEME,
        reveal_transition=TRANSITION,
        reveal_number=SLIDE_NUMBER,
        reveal_width=str(WIDTH),
        reveal_height=str(HEIGHT),
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
        language_code=lang,
    )
    exporter.register_preprocessor(
        TagRemovePreprocessor(remove_input_tags={HIDE_INPUT_TAG}, enabled=True), enabled=True
    )
    return exporter


def render_deck(
    notebook: nbformat.NotebookNode, lang: str, title: str, source_dir: str | Path | None = None
) -> tuple[str, list[str]]:
    """Return the deck's HTML and the network loads found in it (which will fail offline).

    Parameters
    ----------
    notebook : nbformat.NotebookNode
        A notebook prepared by :func:`lessons.slides.preparation.prepare_notebook`.
    lang : str
        ``"en"`` or ``"ru"``: the page's language.
    title : str
        The deck's title (the browser tab and the index page).
    source_dir : str or Path, optional
        The folder that relative image links in Markdown cells start from (they are embedded).

    Raises
    ------
    ValueError
        If every cell is ``skip`` or ``notes`` (a deck needs one slide).
    """
    if not any(slide_type(cell) not in ("skip", "notes") for cell in notebook.cells):
        raise ValueError("every cell is 'skip' or 'notes': there is nothing to put on a slide")
    exporter = make_exporter(lang)
    resources = {
        "metadata": {"name": title, "path": str(source_dir or Path.cwd())},
        "course": {"mathjax_url": f"{ASSETS_FOLDER}/{MATHJAX_FOLDER}"},
    }
    body, _ = exporter.from_notebook_node(notebook, resources=resources)
    body = _TITLE.sub(lambda _: f"<title>{html.escape(title)}</title>", body, count=1)
    loads = [match.group(0)[:120] for match in _NETWORK_LOAD.finditer(body)]
    return body, loads
