"""Measure exported decks in headless Chromium, as a projector at 1280x720 shows them.

``python -m lessons.slides.measure build/slides/en/*.slides.html`` opens each deck offline
(``file://``, every other request aborted), walks every slide (horizontal and vertical) with all its
fragments shown and prints, per slide: its place ``h.v``, its title, the content height and width
against the deck's 1280x800 slide, whether it overflows, whether the speaker view has notes on
arrival (an ``<aside class="notes">`` of the slide that is not inside a fragment, which is what
reveal.js's notes plugin shows before the first click), the smallest text on screen and the smallest
figure text on screen, in screen pixels at the window size.

Figure text: a figure exported with the slide style (:mod:`lessons.slides.style`) carries the font
size of its smallest text (points) and its dpi in the PNG's text chunks; on screen that text is
``points * dpi / 72 * (shown width / PNG width) * reveal's scale`` pixels. A picture without those
chunks (a photo, a widget's frame) is counted as ``unmeasured``.

The tests (``tests/test_slides.py``) use :func:`measure_deck` on the same decks.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

WINDOW = (1280, 720)  # the classroom projector's window
CHROMIUM = "/usr/bin/chromium"
LOAD_TIMEOUT_MS = 60_000
#: Smallest readable size on screen, in screen pixels at 1280x720 (the issue's target).
MIN_SCREEN_PX = 18.0
#: A slide may be this many CSS pixels taller or wider than the slide before it counts as overflowing
#: (sub-pixel rounding of borders).
TOLERANCE_PX = 2


@dataclass(frozen=True)
class SlideMeasure:
    """One slide of a deck, measured with all its fragments shown.

    Attributes
    ----------
    deck : str
        The deck's file name.
    number : int
        1-based position in the deck (the order of the slide number in the corner).
    h, v : int
        reveal.js indices (horizontal, vertical).
    title : str
        The first heading's text, or the first words of the slide.
    height, width : int
        Content size in CSS pixels of the slide (compare with ``slide_height``, ``slide_width``).
    slide_height, slide_width : int
        The deck's configured slide size (1280x800).
    overflow : bool
        True if the content is taller or wider than the slide.
    has_content : bool
        True if the slide shows text or a picture (the notes aside not counted).
    notes_on_arrival : bool
        True if the speaker view has notes before the first click.
    notes_in_fragment : bool
        True if some notes of the slide sit inside a fragment (shown only at that click).
    smallest_text_px : float or None
        Smallest font size of visible text (code, tables, labels) on screen, in screen pixels;
        typeset math is not counted (its sub- and superscripts follow the text's size).
    smallest_figure_px : float or None
        Smallest figure text on screen, in screen pixels (figures with slide-style metadata).
    figures : int
        Pictures on the slide.
    figures_unmeasured : int
        Pictures without figure-text metadata.
    code_with_tr : int
        Code cells shown on the slide whose source contains ``tr(``.
    """

    deck: str
    number: int
    h: int
    v: int
    title: str
    height: int
    width: int
    slide_height: int
    slide_width: int
    overflow: bool
    has_content: bool
    notes_on_arrival: bool
    notes_in_fragment: bool
    smallest_text_px: float | None
    smallest_figure_px: float | None
    figures: int
    figures_unmeasured: int
    code_with_tr: int


# Runs in the deck's page; returns one record per slide. Figure metadata: the PNG's tEXt chunks
# "lessons:min-font-pt" and "lessons:dpi" (written by lessons.slides.style).
_WALK = r"""
async (tolerance) => {
  const scale = Reveal.getScale();
  const config = Reveal.getConfig();
  const pngText = (src) => {
    if (!src.startsWith("data:image/png;base64,")) return null;
    const bytes = atob(src.slice(22, 22 + 200000));
    const found = {};
    for (const key of ["lessons:min-font-pt", "lessons:dpi"]) {
      const at = bytes.indexOf(key + "\u0000");
      if (at < 0) return null;
      const match = /^[0-9.]+/.exec(bytes.slice(at + key.length + 1, at + key.length + 40));
      if (!match) return null;
      found[key] = parseFloat(match[0]);
    }
    return found;
  };
  const visible = (el) => {
    const style = getComputedStyle(el);
    return style.display !== "none" && style.visibility !== "hidden" && el.getClientRects().length > 0;
  };
  const records = [];
  const slides = Reveal.getSlides();
  for (let n = 0; n < slides.length; n++) {
    const slide = slides[n];
    const where = Reveal.getIndices(slide);
    Reveal.slide(where.h, where.v || 0, -1);
    const notes = [...slide.querySelectorAll("aside.notes")];
    const arrival = notes.filter((a) => a.closest(".fragment") === null && a.textContent.trim() !== "");
    Reveal.slide(where.h, where.v || 0, Number.MAX_SAFE_INTEGER);
    slide.querySelectorAll(".fragment").forEach((f) => f.classList.add("visible"));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const top = slide.getBoundingClientRect();
    let bottom = slide.scrollHeight, right = slide.scrollWidth;
    let smallestText = null, smallestFigure = null, figures = 0, unmeasured = 0, content = false;
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode, el = node.parentElement;
      if (!node.textContent.trim() || el.closest("aside.notes") || el.closest("script,style")) continue;
      if (!visible(el)) continue;
      content = true;
      if (el.closest(".MathJax, .MathJax_Display, .MathJax_Preview, [class^='MJX']")) {
        const box = el.getBoundingClientRect();  // math: sized by the text around it (sub/superscripts
        bottom = Math.max(bottom, (box.bottom - top.top) / scale);  // at 70 %), not counted as text
        continue;
      }
      const px = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (smallestText === null || px < smallestText) smallestText = px;
      const box = el.getBoundingClientRect();
      bottom = Math.max(bottom, (box.bottom - top.top) / scale);
      right = Math.max(right, (box.right - top.left) / scale);
    }
    for (const img of slide.querySelectorAll("img")) {
      if (img.closest("aside.notes") || !visible(img)) continue;
      figures += 1; content = true;
      const box = img.getBoundingClientRect();
      bottom = Math.max(bottom, (box.bottom - top.top) / scale);
      const meta = pngText(img.src);
      if (!meta || !img.naturalWidth) { unmeasured += 1; continue; }
      const px = meta["lessons:min-font-pt"] * meta["lessons:dpi"] / 72 * (box.width / img.naturalWidth);
      if (smallestFigure === null || px < smallestFigure) smallestFigure = px;
    }
    let codeWithTr = 0;
    for (const input of slide.querySelectorAll(".jp-CodeCell .jp-InputArea")) {
      if (visible(input) && /\btr\(/.test(input.textContent)) codeWithTr += 1;
    }
    const heading = slide.querySelector("h1, h2, h3, h4");
    const text = (heading ? heading.textContent : slide.textContent)
      .replace(/\s+/g, " ").replace("¶", "").trim();
    records.push({
      number: n + 1, h: where.h, v: where.v || 0, title: text.slice(0, 60),
      height: Math.ceil(bottom), width: Math.ceil(right),
      slide_height: config.height, slide_width: config.width,
      overflow: bottom > config.height + tolerance || right > config.width + tolerance,
      has_content: content, notes_on_arrival: arrival.length > 0,
      notes_in_fragment: notes.some((a) => a.closest(".fragment") !== null),
      smallest_text_px: smallestText === null ? null : Math.round(smallestText * 10) / 10,
      smallest_figure_px: smallestFigure === null ? null : Math.round(smallestFigure * 10) / 10,
      figures: figures, figures_unmeasured: unmeasured, code_with_tr: codeWithTr,
    });
  }
  Reveal.slide(0, 0, -1);
  return records;
}
"""


@contextmanager
def open_browser(executable: str = CHROMIUM) -> Iterator[object]:
    """Start headless Chromium with Playwright and yield the ``Browser``; closed on exit."""
    from playwright.sync_api import sync_playwright

    if not Path(executable).is_file():
        raise FileNotFoundError(f"no Chromium at {executable}: install it (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=["--no-sandbox", "--disable-gpu"], headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def open_deck(
    browser, deck: str | Path, window: tuple[int, int] = WINDOW, query: str = ""
) -> Iterator[object]:
    """Open ``deck`` offline in a new page of ``browser`` at ``window`` and yield the page once
    reveal.js is ready; every request that is not ``file:`` or ``data:`` is aborted."""
    path = Path(deck).resolve()
    if not path.is_file():
        raise FileNotFoundError(f"no deck at {path}")
    context = browser.new_context(viewport={"width": window[0], "height": window[1]})

    def route(route) -> None:
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    try:
        page.goto(path.as_uri() + query)
        page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=LOAD_TIMEOUT_MS)
        yield page
    finally:
        context.close()


def measure_page(page, deck: str) -> list[SlideMeasure]:
    """Measure every slide of the deck open in ``page`` (see :class:`SlideMeasure`)."""
    records = page.evaluate(_WALK, TOLERANCE_PX)
    return [SlideMeasure(deck=deck, **record) for record in records]


def measure_deck(browser, deck: str | Path, window: tuple[int, int] = WINDOW) -> list[SlideMeasure]:
    """Open ``deck`` at ``window`` in ``browser`` (a Playwright Browser) and measure every slide."""
    with open_deck(browser, deck, window) as page:
        return measure_page(page, Path(deck).name)


def content_slides(slides: Sequence[SlideMeasure]) -> list[SlideMeasure]:
    """The slides that show something (text or a picture)."""
    return [slide for slide in slides if slide.has_content]


def notes_share(slides: Sequence[SlideMeasure]) -> float:
    """Share of content slides with notes on arrival (1.0 for a deck with no content slide)."""
    shown = content_slides(slides)
    return sum(slide.notes_on_arrival for slide in shown) / len(shown) if shown else 1.0


def _px(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def format_table(slides: Sequence[SlideMeasure]) -> str:
    """A plain-text table of the measures, one line per slide, then a summary line."""
    lines = [f"{'#':>3} {'h.v':>5} {'height':>7} {'width':>6} over notes text_px fig_px figs title"]
    for s in slides:
        lines.append(
            f"{s.number:>3} {f'{s.h}.{s.v}':>5} {s.height:>7} {s.width:>6} "
            f"{'YES ' if s.overflow else 'no  '} {'yes  ' if s.notes_on_arrival else 'NO   '}"
            f"{_px(s.smallest_text_px):>7} {_px(s.smallest_figure_px):>6} "
            f"{s.figures:>2}/{s.figures_unmeasured:<1} {s.title}"
            + (f"  [tr( in {s.code_with_tr} code cell(s)]" if s.code_with_tr else "")
        )
    texts = [s.smallest_text_px for s in slides if s.smallest_text_px is not None]
    figures = [s.smallest_figure_px for s in slides if s.smallest_figure_px is not None]
    lines.append(
        f"slides {len(slides)}, overflowing {sum(s.overflow for s in slides)}, "
        f"notes on arrival {notes_share(slides):.0%} of {len(content_slides(slides))} content slides, "
        f"smallest text {_px(min(texts, default=None))} px, smallest figure text "
        f"{_px(min(figures, default=None))} px, slides with tr( {sum(s.code_with_tr > 0 for s in slides)}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m lessons.slides.measure",
        description="Measure every slide of exported decks in headless Chromium at 1280x720.",
    )
    parser.add_argument("decks", nargs="+", metavar="DECK", help="*.slides.html files")
    parser.add_argument("--json", action="store_true", help="print JSON records instead of a table")
    parser.add_argument("--chromium", default=CHROMIUM, help=f"Chromium executable (default {CHROMIUM})")
    arguments = parser.parse_args(argv)
    results: list[SlideMeasure] = []
    with open_browser(arguments.chromium) as browser:
        for deck in arguments.decks:
            slides = measure_deck(browser, deck)
            results.extend(slides)
            if not arguments.json:
                print(f"== {deck}")
                print(format_table(slides))
    if arguments.json:
        print(json.dumps([asdict(s) for s in results], ensure_ascii=False, indent=1))
    return 1 if any(s.overflow for s in results) else 0


if __name__ == "__main__":
    sys.exit(main())
