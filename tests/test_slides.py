"""``python -m lessons.slides``: offline reveal.js decks, checked in headless Chromium.

Every deck is opened from ``file://`` with every non-``file:`` request aborted and recorded, as on a
classroom PC with no network. The expected layout of a deck is computed here from the notebook's
slide metadata, independently of the package (nbconvert's rule: the first visible cell opens the
first slide; a ``slide`` cell opens a slide, a ``subslide`` cell a vertical slide inside it;
``skip`` and ``notes`` cells are not on a slide).

The decks come from two sample notebooks made here (all slide types, math, a Matplotlib figure,
``hide-input``, speaker notes, a live widget and a client-side slider fallback) and, when
``tests/conftest.py`` provides the session fixture ``executed_notebooks``
(``{(lang, name): executed NotebookNode}``), from every English course notebook.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import numpy as np
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

import lessons
from lessons.i18n import placeholders
from lessons.i18n import slides as slides_texts
from lessons.slides import default_notebooks, export_deck, export_decks
from lessons.slides.__main__ import main
from lessons.slides.assets import copy_assets, find_mathjax, find_reveal
from lessons.slides.execution import is_executed
from lessons.slides.preparation import WIDGET_VIEW, prepare_notebook

from browser import offline_page

LOAD_TIMEOUT_MS = 30_000
MAX_SLIDERS_PER_DECK = 12

# The text/html fallback of an explorer, as the widgets' ``static_html()`` makes it: frames computed
# in the kernel, a range input that swaps the <img> src in the browser, no kernel and no CDN.
EXPLORER_SOURCE = r'''
import base64
import io
import uuid

from PIL import Image, ImageDraw


class StaticExplorer:
    """Stands in for an explorer: a live widget view plus a client-side HTML fallback."""

    def frames(self):
        frames = []
        for angle in range(0, 180, 45):
            image = Image.new("L", (96, 96), 200)
            ImageDraw.Draw(image).rectangle((8, 8, 20 + angle // 2, 88), fill=30)
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            frames.append("data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode())
        return frames

    def _repr_mimebundle_(self, include=None, exclude=None):
        key = uuid.uuid4().hex
        frames = self.frames()
        html = (
            f'<div><label>angle <input type="range" id="s{key}" min="0" max="{len(frames) - 1}" '
            f'value="0"></label><img id="i{key}" src="{frames[0]}" alt="edge response" width="288">'
            f"<script>(function(){{var f={frames!r};var s=document.getElementById('s{key}');"
            f"var i=document.getElementById('i{key}');"
            "s.addEventListener('input',function(){i.src=f[+s.value];});})();</script></div>"
        )
        view = {"version_major": 2, "version_minor": 0, "model_id": key}
        return {WIDGET_VIEW: view, "text/html": html, "text/plain": "StaticExplorer()"}


StaticExplorer()
'''.replace("WIDGET_VIEW", repr(WIDGET_VIEW))


def _cell(kind: str, slide: str, source: str, *tags: str) -> nbformat.NotebookNode:
    cell = new_markdown_cell(source) if kind == "md" else new_code_cell(source)
    cell.metadata["slideshow"] = {"slide_type": slide}
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


def _notebook(cells: list) -> nbformat.NotebookNode:
    notebook = new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    notebook.metadata["language_info"] = {"name": "python"}
    return notebook


def sample_full(lang: str = "en") -> nbformat.NotebookNode:
    """Every slide type, math, a figure, hide-input, notes, a live widget and a static explorer."""
    long_output = "print('\\n'.join(f'line {i}' for i in range(60)))"
    return _notebook(
        [
            _cell("code", "skip", f'import lessons\n\nlessons.set_language("{lang}")', "language"),
            _cell(
                "md",
                "slide",
                "# Sample deck: edges\n\nInline $y = \\sum_i w_i x_i + b$ and displayed:\n\n"
                "$$\\frac{\\partial L}{\\partial w_{ij}} = \\delta_i \\, x_j$$",
            ),
            _cell("md", "notes", "Speaker note NOTE-MARKER-ONE: the gradient is an outer product."),
            _cell("md", "fragment", "- appears on a click, with $\\sigma(z) = 1 / (1 + e^{-z})$"),
            _cell(
                "code",
                "subslide",
                "import matplotlib.pyplot as plt\nimport numpy as np\n\n"
                "figure, axes = plt.subplots(figsize=(12, 9))\naxes.plot(np.linspace(0, 1, 50) ** 2)\n"
                "axes.set_title('a parabola, $x^2$')\nplt.show()",
            ),
            _cell(
                "code",
                "-",
                "SECRET_INPUT_MARKER = 'hidden source'\nprint('only the output shows')",
                "hide-input",
            ),
            _cell("md", "slide", "## A client-side slider"),
            _cell("code", "-", EXPLORER_SOURCE.strip(), "hide-input"),
            _cell("code", "fragment", "import ipywidgets\n\nipywidgets.IntSlider(3)"),
            _cell("md", "skip", "SKIPPED-MARKER must not be in the deck, nor $$x$$"),
            _cell(
                "md",
                "subslide",
                "A matrix: $$K = \\begin{bmatrix} -1 & 0 & 1 \\\\ -2 & 0 & 2 \\\\ -1 & 0 & 1 "
                "\\end{bmatrix}$$",
            ),
            _cell("code", "fragment", "2 + 3"),
            _cell("code", "-", "import sys\n\nprint('STDERR' + '-MARKER', file=sys.stderr)"),
            _cell("md", "notes", "Speaker note NOTE-MARKER-TWO."),
            _cell("code", "subslide", long_output),
        ]
    )


def sample_edge() -> nbformat.NotebookNode:
    """Markdown only; the first visible cell is a fragment, after a notes and a skip cell."""
    return _notebook(
        [
            _cell("md", "notes", "A note before any slide."),
            _cell("md", "skip", "skipped"),
            _cell(
                "md", "fragment", "# Edge cases\n\nThe first visible cell is a *fragment*: $a^2 + b^2 = c^2$."
            ),
            _cell("md", "-", "continues the first slide"),
            _cell("md", "subslide", "a vertical slide with $e^{i\\pi} = -1$"),
            _cell("md", "slide", "second slide"),
            _cell("md", "fragment", "a fragment"),
            _cell("md", "notes", "the last note"),
        ]
    )


# -- what the notebook says the deck must be (independent of lessons.slides) -----------------------


def _slide_type(cell) -> str:
    return cell.get("metadata", {}).get("slideshow", {}).get("slide_type", "-")


# $$...$$ and $...$ formulas of a Markdown cell, once code (fenced or inline) is taken out.
FORMULA = re.compile(r"(?<!\\)\$\$.+?(?<!\\)\$\$|(?<!\\)\$[^$]+?(?<!\\)\$", re.DOTALL)
CODE = re.compile(r"```.*?```|`[^`]*`", re.DOTALL)


def expected_layout(notebook) -> dict[str, int]:
    """Slides (horizontal), all slides (vertical ones included), notes and shown code inputs."""
    types = [_slide_type(cell) for cell in notebook.cells]
    visible = [kind for kind in types if kind not in ("skip", "notes")]
    return {
        "horizontal": 1 + sum(kind == "slide" for kind in visible[1:]),
        "total": 1 + sum(kind in ("slide", "subslide") for kind in visible[1:]),
        "notes": sum(kind == "notes" for kind in types),
        "inputs": sum(
            cell.cell_type == "code" and kind != "skip" and "hide-input" not in cell.metadata.get("tags", [])
            for cell, kind in zip(notebook.cells, types, strict=True)
        ),
        "formulas": sum(
            len(FORMULA.findall(CODE.sub("", cell.source)))
            for cell, kind in zip(notebook.cells, types, strict=True)
            if cell.cell_type == "markdown" and kind != "skip"
        ),
    }


# -- fixtures ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def exported(request, tmp_path_factory) -> dict:
    """Export the samples (the full one through execution) and any executed course notebooks."""
    out = tmp_path_factory.mktemp("slides")
    source = tmp_path_factory.mktemp("notebooks")
    full = sample_full()
    nbformat.write(full, source / "sample_full.ipynb")
    lines: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MPLBACKEND", "Agg")  # as test runners often set: figures must still be outputs
        decks = export_decks([source / "sample_full.ipynb"], lang="en", out_dir=out, report=lines.append)
    notebooks = {"sample_full": full, "sample_edge": sample_edge()}
    decks.append(export_deck(notebooks["sample_edge"], out, "sample_edge", "en", report=lines.append))
    try:
        executed = request.getfixturevalue("executed_notebooks")
    except pytest.FixtureLookupError:
        executed = {}
    not_executed = []
    for (lang, name), run in sorted(executed.items()):
        # conftest's ExecutedNotebook (.notebook, .error) or a plain NotebookNode
        notebook = getattr(run, "notebook", run)
        if lang != "en":
            continue
        if notebook is None or getattr(run, "error", None):
            not_executed.append(name)  # test_notebooks reports the error; the deck cannot be checked
            continue
        decks.append(export_deck(notebook, out, name, "en", report=lines.append))
        notebooks[name] = notebook
    return {
        "out": out,
        "decks": {deck.name.removesuffix(".slides.html"): deck for deck in decks},
        "notebooks": notebooks,
        "lines": lines,
        "course": sorted(n for (lang, n) in executed if lang == "en"),
        "not_executed": not_executed,
    }


# What one opened deck looks like, gathered in one visit per deck.
GATHER = """
async () => {
    // after MathJax's first typesetting of the page (the hook fires at once if that is over)
    await new Promise(resolve => MathJax.Hub.Register.StartupHook("End", () => {
        MathJax.Hub.Queue(() => resolve(true));
    }));
    const slides = document.querySelector('.reveal .slides');
    const skip = 'script, style, pre, code, textarea';
    const texts = [];
    const walker = document.createTreeWalker(slides, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const parent = walker.currentNode.parentElement;
        if (parent && !parent.closest(skip)) texts.push(walker.currentNode.textContent);
    }
    const outputs = [...slides.querySelectorAll('.jp-OutputArea-output')].map(element => {
        const copy = element.cloneNode(true);
        copy.querySelectorAll('script').forEach(script => script.remove());
        return copy.textContent;
    });
    const math = {
        mathRendered: slides.querySelectorAll('.MathJax, .MathJax_Display').length,
        mathTypeset: slides.querySelectorAll('script[type^="math/tex"]').length,
        mathErrors: slides.querySelectorAll('.MathJax_Error, merror').length,
        mathFonts: [...document.fonts]
            .filter(font => font.family.startsWith('STIXMathJax') && font.status === 'loaded').length,
    };
    const tooTall = [];
    const tooWide = [];
    for (const horizontal of Reveal.getHorizontalSlides()) {
        for (const section of horizontal.querySelectorAll(':scope > section')) {
            const where = Reveal.getIndices(section);
            Reveal.slide(where.h, where.v, Number.MAX_SAFE_INTEGER);
            const style = getComputedStyle(section);
            const scrolls = style.overflowY === 'auto' || style.overflowY === 'scroll';
            if (section.scrollHeight > section.clientHeight + 1 && !scrolls) tooTall.push(where);
            for (const image of section.querySelectorAll('img')) {
                if (image.getBoundingClientRect().width > section.getBoundingClientRect().width + 1) {
                    tooWide.push(where);
                }
            }
        }
    }
    Reveal.slide(0, 0, -1);
    await new Promise(resolve => MathJax.Hub.Queue(() => resolve(true)));  // re-typesetting done
    return {
        ready: Reveal.isReady(),
        total: Reveal.getTotalSlides(),
        horizontal: Reveal.getHorizontalSlides().length,
        notes: slides.querySelectorAll('aside.notes').length,
        inputs: slides.querySelectorAll('.jp-CodeCell .jp-Cell-inputWrapper').length,
        ...math,
        text: texts.join(' '),
        outputs: outputs,
        tooTall: tooTall,
        tooWide: tooWide,
        sliders: slides.querySelectorAll('input[type=range]').length,
    };
}
"""

# Unrendered TeX: $$ or \( \[ delimiters, or $...$ holding a command, left in the visible text.
RAW_MATH = re.compile(r"\$\$|\\\(|\\\[|\$[^$]*\\[A-Za-z]+[^$]*\$")
# ipywidgets' text repr, shown when a widget has no state and no picture of its own.
WIDGET_REPR = re.compile(
    r"\b[A-Z]\w*\((?:value|children|description|layout|outputs|options|style|min|max)="
    r"|\bOutput\(\)|Loading widget"
)


def _move_sliders(page) -> list[dict]:
    """Move each client-side slider (a range input) with the keyboard; report whether its picture changed."""
    results = []
    sliders = page.locator(".reveal .slides input[type=range]")
    for index in range(min(sliders.count(), MAX_SLIDERS_PER_DECK)):
        slider = sliders.nth(index)
        where = slider.evaluate("el => Reveal.getIndices(el.closest('section'))")
        page.evaluate(f"Reveal.slide({where['h']}, {where['v']}, Number.MAX_SAFE_INTEGER)")
        # what the slider's output shows: its visible pictures (an <img>'s source, a <canvas>'s
        # pixels) and the visible HTML tables a live view draws (the stepper); a hidden fallback
        # picture does not count
        pictures = (
            "el => [...el.closest('.jp-OutputArea-output').querySelectorAll('img, canvas, table')]"
            ".filter(i => i.getClientRects().length > 0 && !i.parentElement.closest('table'))"
            ".map(i => i.tagName === 'CANVAS' ? i.toDataURL() : i.tagName === 'IMG' ? i.src : i.outerHTML)"
        )
        before = slider.evaluate(pictures)
        at_max = slider.evaluate("el => Number(el.value) >= Number(el.max)")
        slider.focus()
        page.keyboard.press("ArrowLeft" if at_max else "ArrowRight")
        page.wait_for_timeout(50)
        after = slider.evaluate(pictures)
        results.append(
            {
                "slide": where,
                "pictures": len(before),
                "changed": before != after,
                "stayed_on_slide": page.evaluate("Reveal.getIndices()")["h"] == where["h"],
            }
        )
        page.evaluate("document.activeElement.blur()")
    return results


def _play_steppers(page) -> list[dict]:
    """Click the play button of each live window stepper of the deck; report the positions it went
    through (read from its ``window.lessonsStepper`` entry and from its slider)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    results = []
    for uid in page.evaluate("window.lessonsStepper ? Object.keys(window.lessonsStepper) : []"):
        api = f"window.lessonsStepper['{uid}']"
        where = page.evaluate(f"Reveal.getIndices(document.getElementById('{uid}').closest('section'))")
        page.evaluate(f"Reveal.slide({where['h']}, {where['v']}, Number.MAX_SAFE_INTEGER)")
        page.evaluate(f"{api}.show(0)")
        page.click(f"#{uid}-play")
        try:
            page.wait_for_function(f"{api}.position >= 2", timeout=10_000)
            played = True
        except PlaywrightTimeout:  # reported: the test fails on it
            played = False
        page.click(f"#{uid}-play")  # pause
        results.append(
            {
                "slide": where,
                "played": played,
                "slider": int(page.evaluate(f"document.getElementById('{uid}-position').value")),
                "position": page.evaluate(f"{api}.position"),
                "visible": page.is_visible(f"#{uid}-live"),
            }
        )
    return results


@pytest.fixture(scope="module")
def opened(exported, browser) -> dict:
    """Open every deck offline; return ``{name: facts}`` with errors and blocked requests."""
    facts = {}
    for name, deck in exported["decks"].items():
        with offline_page(browser) as page:
            page.goto(deck.as_uri())
            page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=LOAD_TIMEOUT_MS)
            result = page.evaluate(GATHER)
            result["slider_moves"] = _move_sliders(page)
            result["stepper_plays"] = _play_steppers(page)
            result["errors"] = list(page.errors)
            result["blocked"] = list(page.blocked)
        facts[name] = result
    return facts


# -- the decks in the browser -------------------------------------------------------------------------


def test_every_english_notebook_has_a_deck(exported):
    assert exported["not_executed"] == [], (
        f"notebooks that did not run, so have no deck: {exported['not_executed']}"
    )
    assert set(exported["course"]) <= set(exported["decks"])


def test_every_deck_starts_offline_with_no_network_request(opened):
    for name, facts in opened.items():
        assert facts["ready"], f"{name}: reveal.js did not start"
        assert facts["blocked"] == [], f"{name}: requests that need the network: {facts['blocked']}"
        assert not [url for url in facts["blocked"] if url.startswith(("http:", "https:"))]


def test_no_console_error(opened):
    for name, facts in opened.items():
        assert facts["errors"] == [], f"{name}: console errors: {facts['errors']}"


def test_slide_count_matches_the_notebook_metadata(opened, exported):
    for name, facts in opened.items():
        expected = expected_layout(exported["notebooks"][name])
        assert (facts["horizontal"], facts["total"]) == (expected["horizontal"], expected["total"]), name


def test_sample_layouts_are_what_the_metadata_says():
    # The rule above, by hand: full = [slide, subslide] [slide, subslide, subslide]; its shown code
    # cells are the figure, the live widget, 2 + 3, the stderr print and the long print.
    assert expected_layout(sample_full()) == {
        "horizontal": 2,
        "total": 5,
        "notes": 2,
        "inputs": 5,
        "formulas": 4,
    }
    assert expected_layout(sample_edge()) == {
        "horizontal": 2,
        "total": 3,
        "notes": 2,
        "inputs": 0,
        "formulas": 2,
    }


def test_notes_and_hidden_inputs(opened, exported):
    for name, facts in opened.items():
        expected = expected_layout(exported["notebooks"][name])
        assert facts["notes"] == expected["notes"], f"{name}: speaker notes"
        assert facts["inputs"] == expected["inputs"], (
            f"{name}: code inputs shown (hide-input cells have none)"
        )


def test_math_is_rendered(opened, exported):
    for name, facts in opened.items():
        raw = RAW_MATH.findall(facts["text"])
        assert raw == [], f"{name}: TeX left unrendered on the slides: {raw[:5]}"
        assert facts["mathErrors"] == 0, f"{name}: MathJax errors"
        formulas = expected_layout(exported["notebooks"][name])["formulas"]
        typeset = facts["mathTypeset"]
        assert typeset == formulas, f"{name}: {formulas} formulas in the notebook, {typeset} typeset"
        if formulas:
            assert facts["mathRendered"] >= formulas, f"{name}: formulas typeset but not shown"
            assert facts["mathFonts"] > 0, f"{name}: MathJax's web fonts did not load from the assets"


def test_no_widget_text_and_no_cut_off_content(opened):
    for name, facts in opened.items():
        shown = [text for text in facts["outputs"] if WIDGET_REPR.search(text)]
        assert shown == [], f"{name}: widget reprs instead of pictures: {shown[:3]}"
        assert facts["tooTall"] == [], f"{name}: slides cut off (taller than the screen, not scrolling)"
        assert facts["tooWide"] == [], f"{name}: pictures wider than the slide"


def test_client_side_sliders_change_the_picture(opened):
    assert opened["sample_full"]["sliders"] == 1
    for name, facts in opened.items():
        for move in facts["slider_moves"]:
            assert move["pictures"] > 0, f"{name}: a slider with no picture next to it at {move['slide']}"
            assert move["changed"], f"{name}: moving the slider at {move['slide']} did not change the picture"
            assert move["stayed_on_slide"], f"{name}: the arrow key on a slider changed the slide"


def test_window_stepper_plays_in_its_deck(opened, exported):
    edges = [name for name in exported["course"] if "edges" in name]
    for name in edges:  # the course notebooks were executed: deck 03 has a live stepper
        assert opened[name]["stepper_plays"], f"{name}: no live window stepper"
    for name, facts in opened.items():
        for play in facts["stepper_plays"]:
            assert play["visible"], f"{name}: the stepper at {play['slide']} shows no live view"
            assert play["played"], f"{name}: the play button at {play['slide']} did not step on"
            assert play["slider"] == play["position"] >= 2, f"{name}: the slider does not follow play"


def test_kernel_playground_is_live_in_the_deck(opened, exported):
    playground = [name for name in exported["course"] if "playground" in name]
    if exported["course"]:  # the course notebooks were executed: the playground deck must be there
        assert playground, f"no kernel playground among the course notebooks {exported['course']}"
    for name in playground:
        moves = opened[name]["slider_moves"]
        # nine weights, the angle and the share of pixels kept (the first playground of the deck)
        assert len(moves) >= 11, f"{name}: the deck's playground has {len(moves)} sliders, expected 11"
        assert all(move["changed"] for move in moves), f"{name}: {moves}"


def test_speaker_view_shows_the_notes_offline(exported, browser):
    with offline_page(browser) as page:
        page.goto(exported["decks"]["sample_full"].as_uri())
        page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=LOAD_TIMEOUT_MS)
        with page.expect_popup() as popup_info:
            page.keyboard.press("s")
        speaker = popup_info.value
        notes = "document.querySelector('.speaker-controls-notes .value')"
        speaker.wait_for_function(
            f"{notes} && {notes}.textContent.includes('NOTE-MARKER-ONE')",
            timeout=LOAD_TIMEOUT_MS,
        )
        assert page.blocked == [] and page.errors == []


def test_print_pdf_lays_out_one_page_per_slide(exported, browser):
    with offline_page(browser) as page:
        page.goto(exported["decks"]["sample_full"].as_uri() + "?print-pdf")
        page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=LOAD_TIMEOUT_MS)
        page.wait_for_function("document.querySelectorAll('.pdf-page').length > 0", timeout=LOAD_TIMEOUT_MS)
        pages = page.evaluate("document.querySelectorAll('.pdf-page').length")
        # fragments are not split into pages; the 60-line slide may take more than one page
        assert expected_layout(sample_full())["total"] <= pages <= expected_layout(sample_full())["total"] + 2
        assert page.pdf(width="1280px", height="800px", print_background=True)[:5] == b"%PDF-"
        assert page.blocked == [] and page.errors == []


# -- the files written ----------------------------------------------------------------------------


def test_folder_is_self_contained(exported):
    folder = exported["out"] / "en"
    for deck in exported["decks"].values():
        html = deck.read_text(encoding="utf-8")
        loads = re.findall(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=[\"']?(?:https?:)?//", html)
        assert loads == [], f"{deck.name}: loads from the network: {loads}"
        for local in re.findall(r"<(?:script|link)\b[^>]*\b(?:src|href)=\"([^\"#?]+)", html):
            assert (folder / local).is_file(), f"{deck.name} needs {local}, which is not in the folder"
    versions = json.loads((folder / "assets" / "versions.json").read_text(encoding="utf-8"))
    assert versions["reveal.js"].split(".")[0] in ("4", "5")
    index = (folder / "index.html").read_text(encoding="utf-8")
    for deck in exported["decks"].values():
        assert f'href="{deck.name}"' in index
    assert "Sample deck: edges" in index  # the deck's title is the notebook's first heading
    assert 'href="en/index.html"' in (exported["out"] / "index.html").read_text(encoding="utf-8")


def test_deck_content_follows_the_tags(exported):
    html = exported["decks"]["sample_full"].read_text(encoding="utf-8")
    assert "only the output shows" in html and "SECRET_INPUT_MARKER" not in html  # hide-input
    assert re.search(r'<img[^>]*src="data:image/png;base64,', html)  # the Matplotlib figure, inlined
    assert "SKIPPED-MARKER" not in html and "STDERR-MARKER" not in html
    assert "IntSlider(value" not in html and WIDGET_VIEW not in html
    assert '<html lang="en">' in html


def test_progress_is_reported(exported):
    lines = exported["lines"]
    assert any("sample_full: executing in a fresh kernel" in line for line in lines)
    assert any(re.search(r"sample_full: executed in \d+\.\d s", line) for line in lines)
    assert any("sample_full: wrote" in line for line in lines)
    assert any("IntSlider(value=3)" in line for line in lines)  # the dropped widget is named


# -- the parts ----------------------------------------------------------------------------------------


def test_prepare_notebook_drops_widget_state_and_widget_only_outputs():
    notebook = _notebook([_cell("code", "-", "x")])
    notebook.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    notebook.cells[0].outputs = [
        nbformat.v4.new_output(
            "display_data", {WIDGET_VIEW: {"model_id": "a"}, "text/plain": "IntSlider(value=1)"}
        ),
        nbformat.v4.new_output(
            "display_data", {WIDGET_VIEW: {"model_id": "b"}, "text/html": "<b>x</b>", "text/plain": "E()"}
        ),
        nbformat.v4.new_output("stream", name="stderr", text="a warning"),
        nbformat.v4.new_output("stream", name="stdout", text="kept"),
    ]
    prepared, dropped = prepare_notebook(notebook)
    assert "widgets" not in prepared.metadata and "widgets" in notebook.metadata  # input unchanged
    outputs = prepared.cells[0].outputs
    assert [output.get("data", {}).get("text/html", output.get("text")) for output in outputs] == [
        "<b>x</b>",
        "kept",
    ]
    assert WIDGET_VIEW not in outputs[0].data
    assert [(item.cell, item.text) for item in dropped] == [(0, "IntSlider(value=1)")]
    with pytest.raises(TypeError, match="NotebookNode"):
        prepare_notebook(["not", "a", "notebook"])


def test_is_executed():
    notebook = _notebook([_cell("md", "-", "text"), _cell("code", "-", "1")])
    assert not is_executed(notebook)
    notebook.cells[1].execution_count = 1
    assert is_executed(notebook)


def test_assets_come_from_installed_packages(tmp_path):
    reveal, mathjax = find_reveal(), find_mathjax()
    assert reveal.distribution == "sphinx-revealjs" and int(reveal.version.split(".")[0]) in (4, 5)
    assert mathjax.distribution == "jupyter-server-mathjax" and mathjax.version.startswith("2.")
    first = copy_assets(tmp_path)
    second = copy_assets(tmp_path)
    assert first[2] is True and second[2] is False  # copied once, then reused
    assert (tmp_path / "assets" / "reveal.js" / "plugin" / "notes" / "notes.js").is_file()
    assert (tmp_path / "assets" / "mathjax" / "config" / "TeX-AMS-MML_HTMLorMML-full.js").is_file()


def test_bad_arguments_are_clear_errors(tmp_path):
    notebook = sample_edge()
    with pytest.raises(ValueError, match="unknown language"):
        export_deck(notebook, tmp_path, "deck", "de", report=None)
    with pytest.raises(ValueError, match="plain file name"):
        export_deck(notebook, tmp_path, "../deck", "en", report=None)
    hidden = _notebook([_cell("md", "skip", "a"), _cell("md", "notes", "b")])
    with pytest.raises(ValueError, match="nothing to put on a slide"):
        export_deck(hidden, tmp_path, "deck", "en", report=None)
    with pytest.raises(FileNotFoundError, match="not a notebook"):
        export_decks([tmp_path / "missing.ipynb"], out_dir=tmp_path, report=None)


def test_command_line_russian_deck_from_executed_notebook(tmp_path, capsys):
    notebook = sample_edge()
    notebook.cells.insert(
        0, _cell("code", "skip", 'import lessons\n\nlessons.set_language("ru")', "language")
    )
    notebook.cells[0].execution_count = 1  # already executed: the command must not start a kernel
    path = tmp_path / "01_sample.ipynb"
    nbformat.write(notebook, path)
    assert main(["--lang", "ru", "--out", str(tmp_path / "out"), str(path)]) == 0
    printed = capsys.readouterr().out
    assert "уже выполнен" in printed and "выполняю" not in printed
    deck = tmp_path / "out" / "ru" / "01_sample.slides.html"
    assert '<html lang="ru">' in deck.read_text(encoding="utf-8")
    assert "Слайды курса" in (tmp_path / "out" / "ru" / "index.html").read_text(encoding="utf-8")
    assert main(["--out", str(tmp_path / "out"), str(tmp_path / "missing.ipynb")]) == 1


def test_default_notebooks_are_the_course_notebooks_in_order(monkeypatch, tmp_path):
    repository = Path(__file__).resolve().parent.parent
    expected = sorted((repository / "notebooks" / "ru").glob("*.ipynb"))
    monkeypatch.chdir(tmp_path)  # found beside the package, not only from the repository's root
    assert expected, "no notebooks in notebooks/ru"
    assert default_notebooks("ru") == expected


def test_slides_texts_have_the_same_keys_and_placeholders():
    assert slides_texts.EN.keys() == slides_texts.RU.keys()
    for key, text in slides_texts.EN.items():
        assert placeholders(text) == placeholders(slides_texts.RU[key]), key


# -- the course decks at 1280x720 (python -m lessons.slides.measure) --------------------------------


@pytest.fixture(scope="module")
def measured(request, exported, browser) -> dict:
    """``{"en/03_edges": [SlideMeasure, ...], "ru/03_edges": ...}``: every English and Russian
    course deck, measured at 1280x720 (the Russian decks are exported here from the same runs)."""
    from lessons.slides.measure import measure_deck

    result = {f"en/{name}": measure_deck(browser, exported["decks"][name]) for name in exported["course"]}
    try:
        executed = request.getfixturevalue("executed_notebooks")
    except pytest.FixtureLookupError:
        executed = {}
    for (lang, name), run in sorted(executed.items()):
        notebook = getattr(run, "notebook", run)
        if lang == "ru" and notebook is not None and not getattr(run, "error", None):
            deck = export_deck(notebook, exported["out"], name, "ru", report=None)
            result[f"ru/{name}"] = measure_deck(browser, deck)
    return result


def _where(slide) -> str:
    return f"{slide.deck} slide {slide.number} ({slide.h}.{slide.v}) {slide.title!r}"


def test_every_course_slide_fits_the_screen(measured):
    over = [
        f"{_where(s)}: {s.height}x{s.width} px for a {s.slide_height}x{s.slide_width} slide"
        for slides in measured.values()
        for s in slides
        if s.overflow
    ]
    assert not over, f"{len(over)} slide(s) overflow at 1280x720:\n" + "\n".join(over)


def test_no_tr_call_on_any_slide(measured):
    found = [
        f"{_where(s)}: {s.code_with_tr} code cell(s)" for v in measured.values() for s in v if s.code_with_tr
    ]
    assert not found, "tr( is shown on a slide:\n" + "\n".join(found)


def test_notes_are_in_the_speaker_view_on_arrival(measured):
    from lessons.slides.measure import content_slides, notes_share

    for name, slides in measured.items():
        missing = [_where(s) for s in content_slides(slides) if not s.notes_on_arrival]
        assert notes_share(slides) >= 0.9, (
            f"{name}: notes on arrival on {notes_share(slides):.0%} of the content slides (need 90%); "
            "without: " + "; ".join(missing)
        )
        inside = [_where(s) for s in slides if s.notes_in_fragment]
        assert not inside, f"{name}: notes inside a fragment: {inside}"


def test_text_and_figure_text_are_readable(measured):
    from lessons.slides.measure import MIN_SCREEN_PX

    small = [
        f"{_where(s)}: text {s.smallest_text_px} px, figure text {s.smallest_figure_px} px"
        for slides in measured.values()
        for s in slides
        if (s.smallest_text_px or MIN_SCREEN_PX) < MIN_SCREEN_PX
        or (s.smallest_figure_px or MIN_SCREEN_PX) < MIN_SCREEN_PX
    ]
    assert not small, f"text under {MIN_SCREEN_PX} px on screen at 1280x720:\n" + "\n".join(small)


def test_print_pdf_keeps_code_lines_inside_the_page(exported, browser):
    long_line = "values = [" + ", ".join(str(n) for n in range(60)) + "]"
    notebook = _notebook([_cell("md", "slide", "# Long"), _cell("code", "-", long_line)])
    deck = export_deck(notebook, exported["out"] / "print", "long_line", "en", report=None)
    with offline_page(browser) as page:
        page.goto(deck.as_uri() + "?print-pdf")
        page.wait_for_function("document.querySelectorAll('.pdf-page').length > 0", timeout=LOAD_TIMEOUT_MS)
        boxes = page.evaluate(
            "() => [...document.querySelectorAll('.jp-InputArea pre')].map(p => {"
            " const page = p.closest('.pdf-page').getBoundingClientRect(), box = p.getBoundingClientRect();"
            " return [box.right, page.right, p.scrollWidth, p.clientWidth]; })"
        )
    assert boxes, "no code block in the printed deck"
    for right, page_right, scroll, client in boxes:
        assert right <= page_right + 1 and scroll <= client + 1, (right, page_right, scroll, client)


def test_tags_and_notes_are_prepared_for_the_deck():
    verdict = nbformat.v4.new_output(
        "display_data", data={"text/plain": "✘ Not yet. Look again.", "text/html": "<div>no</div>"}
    )
    picture = nbformat.v4.new_output("display_data", data={"text/plain": "x", "image/png": "iVBOR"})
    cells = [
        _cell("md", "slide", "# One"),
        _cell("md", "fragment", "later"),
        _cell("md", "notes", "NOTES-ONE"),
        _cell("code", "-", "draw()", "hide-output"),
        _cell("code", "-", "answer = 1", "exercise"),
        _cell("code", "-", "check()"),
        _cell("md", "subslide", "gone", "remove-slide"),
        _cell("md", "subslide", "## Two"),
        _cell("md", "notes", "NOTES-TWO"),
    ]
    for index in (3, 4):
        cells[index].outputs = [picture]
    cells[5].outputs = [verdict, picture]
    prepared, _ = prepare_notebook(_notebook(cells))
    sources = [cell.source for cell in prepared.cells]
    assert sources.index("NOTES-ONE") == 1  # right after the cell that opens its slide
    assert sources.index("NOTES-TWO") == sources.index("## Two") + 1
    by_source = {cell.source: cell for cell in prepared.cells}
    assert by_source["draw()"].outputs == [] and by_source["answer = 1"].outputs == []
    assert [o.data["text/plain"] for o in by_source["check()"].outputs] == ["x"]
    assert by_source["gone"].metadata.slideshow.slide_type == "skip"


def test_the_window_stepper_steps_in_the_browser(tmp_path, browser):
    from lessons.widgets.stepper import window_stepper

    lessons.set_language("ru")
    try:
        stepper = window_stepper()
        page_html = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' + stepper.static_html()
    finally:
        lessons.set_language("en")
    path = tmp_path / "stepper.html"
    path.write_text(page_html + "</body></html>", encoding="utf-8")
    with offline_page(browser, viewport=(1280, 720)) as page:
        page.goto(path.as_uri())
        page.wait_for_function("window.lessonsStepper && Object.keys(window.lessonsStepper).length === 1")
        uid = page.evaluate("Object.keys(window.lessonsStepper)[0]")
        api = f"window.lessonsStepper['{uid}']"
        assert page.evaluate(f"{api}.count") == stepper.output.size
        assert page.is_hidden(f"#{uid}-fallback") and page.is_visible(f"#{uid}-live")
        sums = page.evaluate(
            f"() => {{ const a = {api}, r = [];"
            " for (let p = 0; p < a.count; p++) { a.show(p); r.push(a.value); } return r; }"
        )
        np.testing.assert_allclose(sums, stepper.output.ravel(), atol=1e-9)
        page.evaluate(f"{api}.show(0)")
        slider = page.locator(f"#{uid}-position")
        slider.focus()
        page.keyboard.press("ArrowRight")
        assert page.evaluate(f"{api}.position") == 1
        assert page.locator(f"#{uid}-position-value").text_content() == f"2 / {stepper.output.size}"
        page.click(f"#{uid}-play")
        page.wait_for_function(f"{api}.position >= 3", timeout=10_000)  # the play button steps on
        page.click(f"#{uid}-play")
        text = page.locator(f"#{uid}-arithmetic").text_content()
        assert "сумма произведений" in text and "-0" not in text and "−0" not in text.replace("−0,", "")
        sizes = page.evaluate(
            f"() => [...document.querySelectorAll('#{uid}-live td')]"
            ".map(td => parseFloat(getComputedStyle(td).fontSize))"
        )
        assert min(sizes) >= 21  # 18 px on screen at reveal's 0.865 scale
        assert page.blocked == [] and page.errors == []


def test_the_slide_style_writes_the_smallest_figure_text_into_the_png():
    import io

    import matplotlib
    from matplotlib.figure import Figure
    from PIL import Image

    from lessons.slides.style import DPI_KEY, MIN_FONT_KEY, SLIDE_RC, apply_slide_style

    saved = dict(matplotlib.rcParams)
    try:
        apply_slide_style()
        assert all(matplotlib.rcParams[key] == value for key, value in SLIDE_RC.items())
        figure = Figure(figsize=(6, 4))
        axes = figure.subplots()
        axes.plot([0, 1], [0, 1], label="line")
        axes.set_title("title")
        axes.legend()
        axes.text(0.5, 0.5, "tiny", fontsize=7)
        hidden = figure.add_axes((0.7, 0.7, 0.2, 0.2))
        hidden.axis("off")  # its tick labels are not drawn: not counted
        hidden.xaxis.set_tick_params(labelsize=3)
        buffer = io.BytesIO()
        figure.canvas.print_figure(buffer, format="png", dpi=80)
        info = Image.open(io.BytesIO(buffer.getvalue())).info
        assert float(info[MIN_FONT_KEY]) == 7.0 and float(info[DPI_KEY]) == 80.0
        axes.texts[0].set_visible(False)
        buffer = io.BytesIO()
        figure.canvas.print_figure(buffer, format="png")
        info = Image.open(io.BytesIO(buffer.getvalue())).info
        assert float(info[MIN_FONT_KEY]) == min(
            SLIDE_RC["xtick.labelsize"], SLIDE_RC["legend.fontsize"], SLIDE_RC["axes.titlesize"]
        )
    finally:
        matplotlib.rcParams.update(saved)


def test_no_check_verdict_on_any_slide(exported, measured):
    from lessons.i18n import tr

    verdicts = [tr("checks.not_yet", language=lang) for lang in ("en", "ru")]
    for lang in ("en", "ru"):
        for deck in sorted((exported["out"] / lang).glob("*.slides.html")):
            text = deck.read_text(encoding="utf-8")
            for verdict in verdicts:
                assert verdict not in text, (
                    f"{lang}/{deck.name}: a failed check's verdict {verdict!r} is on a slide"
                )


def test_notes_after_a_fragment_are_in_the_speaker_view_on_arrival(exported, browser):
    from lessons.slides.measure import measure_deck

    notebook = _notebook(
        [
            _cell("md", "slide", "# One"),
            _cell("md", "fragment", "first click"),
            _cell("md", "notes", "SAY-THIS-ON-ARRIVAL"),
            _cell("md", "slide", "# Two"),
        ]
    )
    deck = export_deck(notebook, exported["out"] / "notes", "notes_after_fragment", "en", report=None)
    slides = measure_deck(browser, deck)
    assert [(s.notes_on_arrival, s.notes_in_fragment) for s in slides] == [(True, False), (False, False)]
    with offline_page(browser) as page:
        page.goto(deck.as_uri())
        page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=LOAD_TIMEOUT_MS)
        with page.expect_popup() as popup_info:
            page.keyboard.press("s")
        speaker = popup_info.value
        notes = "document.querySelector('.speaker-controls-notes .value')"
        speaker.wait_for_function(  # before any click: the fragment is not shown yet
            f"{notes} && {notes}.textContent.includes('SAY-THIS-ON-ARRIVAL')", timeout=LOAD_TIMEOUT_MS
        )
        assert page.evaluate("Reveal.getIndices().f") in (None, -1)
