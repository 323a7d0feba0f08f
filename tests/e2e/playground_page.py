"""Find the kernel playgrounds on a notebook page and the parts a student touches and looks at.

A playground is a ``.lessons-explorer`` with an angle slider (its label is the i18n text
``widgets.angle`` in the notebook's language). Inside it, the output picture is the image under the
title that starts with ``widgets.output`` ("output" / "выход"), the input picture the one under
``widgets.input``; the kernel's weight sliders are the sliders of its grid. They are tagged with
``data-e2e`` attributes, so the tests can address them with plain selectors.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from lessons.i18n import tr

_TAG_PLAYGROUNDS = """
([angleLabel, outputTitle, inputTitle]) => {
  const label = (node) => { const l = node.querySelector(':scope > .widget-label');
                            return l ? l.textContent.trim() : ''; };
  const found = [];
  const explorers = Array.from(document.querySelectorAll('.lessons-explorer'));
  for (const explorer of explorers) {
    const sliders = Array.from(explorer.querySelectorAll('.widget-slider'));
    const angle = sliders.find(s => label(s) === angleLabel);
    if (!angle) continue;
    const n = found.length;
    explorer.setAttribute('data-e2e', `playground-${n}`);
    angle.setAttribute('data-e2e', `angle-${n}`);
    const weights = Array.from(explorer.querySelectorAll('.widget-gridbox .widget-slider'));
    weights.forEach((slider, i) => slider.setAttribute('data-e2e', `weight-${n}-${i}`));
    const pictures = {};
    for (const img of explorer.querySelectorAll('img')) {
      const panel = img.closest('.widget-vbox');
      const title = panel ? panel.querySelector('.lessons-title') : null;
      const text = title ? title.innerText.trim() : '';
      const role = text.startsWith(outputTitle) ? 'output' : (text.startsWith(inputTitle) ? 'input' : null);
      if (role) { img.setAttribute('data-e2e', `${role}-${n}`); pictures[role] = true; }
    }
    found.push({weights: weights.length, output: !!pictures.output, input: !!pictures.input});
  }
  return found;
}
"""


@dataclass
class Playground:
    """Selectors of one playground's parts on the page (the ``n``-th playground of the notebook)."""

    n: int
    weights: int

    @property
    def root(self) -> str:
        return f'[data-e2e="playground-{self.n}"]'

    @property
    def output(self) -> str:
        return f'img[data-e2e="output-{self.n}"]'

    @property
    def input(self) -> str:
        return f'img[data-e2e="input-{self.n}"]'

    @property
    def angle_handle(self) -> str:
        return f'[data-e2e="angle-{self.n}"] .noUi-handle'

    def weight_handle(self, index: int) -> str:
        return f'[data-e2e="weight-{self.n}-{index}"] .noUi-handle'

    def weight_values(self, page) -> list[str]:
        """The values the weight sliders show (``aria-valuenow``), row by row."""
        handles = [page.locator(self.weight_handle(i)) for i in range(self.weights)]
        return [handle.get_attribute("aria-valuenow") for handle in handles]

    @property
    def centre_weight(self) -> int:
        """Index of the grid's centre slider (4 of a 3x3 grid, 12 of a 5x5 grid)."""
        return self.weights // 2


def find_playgrounds(page, language: str) -> list[Playground]:
    """Tag and return the kernel playgrounds on ``page`` (labels in ``language``).

    Fails if a playground lacks its weight grid, its input or its output picture.
    """
    found = page.evaluate(
        _TAG_PLAYGROUNDS,
        [tr("widgets.angle", language=language), tr("widgets.output", language=language),
         tr("widgets.input", language=language)],
    )
    for n, parts in enumerate(found):
        assert parts["weights"] in (9, 25), f"playground {n}: {parts['weights']} weight sliders, not 9 or 25"
        assert parts["output"] and parts["input"], f"playground {n}: input or output picture missing: {parts}"
    return [Playground(n, parts["weights"]) for n, parts in enumerate(found)]


def key_that_moves(page, handle_selector: str, up: str = "ArrowRight", down: str = "ArrowLeft") -> str:
    """``up``, unless the slider is at its maximum (then ``down``): a key that changes the value."""
    handle = page.locator(handle_selector)
    now = float(handle.get_attribute("aria-valuenow"))
    top = float(handle.get_attribute("aria-valuemax"))
    return down if now >= top else up


def move_and_check(notebook, language: str, n: int, handle: str, key: str) -> None:
    """Press ``key`` on the slider ``handle`` of playground ``n`` (a :class:`NotebookPage`'s page):
    the slider moves, the output picture changes (its ``src`` and its pixels), the input does not."""
    page = notebook.page
    playground = find_playgrounds(page, language)[n]
    page.locator(handle).scroll_into_view_if_needed()
    output_before = notebook.image_src(playground.output)
    input_before = notebook.image_src(playground.input)
    pixels_before = page.locator(playground.output).screenshot()
    value_before = page.locator(handle).get_attribute("aria-valuenow")
    notebook.press(page.locator(handle), key)
    notebook.wait_for_new_src(playground.output, output_before)
    value_after = page.locator(handle).get_attribute("aria-valuenow")
    assert value_after != value_before, f"{key} did not move the slider"
    time.sleep(0.5)  # let late updates arrive: the input must still be the same afterwards
    assert notebook.image_src(playground.input) == input_before, "moving a kernel slider changed the input"
    assert page.locator(playground.output).screenshot() != pixels_before, "the output picture looks the same"


def check_kernel_slider(notebook, language: str) -> None:
    """The keyboard on the centre weight of every playground changes its output picture."""
    for playground in find_playgrounds(notebook.page, language):
        handle = playground.weight_handle(playground.centre_weight)
        move_and_check(notebook, language, playground.n, handle, key_that_moves(notebook.page, handle))


def check_angle_slider(notebook, language: str) -> None:
    """ArrowUp and PageUp on every playground's angle slider change its output picture and the
    kernel's weight sliders follow."""
    page = notebook.page
    for playground in find_playgrounds(page, language):
        handle, n = playground.angle_handle, playground.n
        weights_before = playground.weight_values(page)
        for up, down in (("ArrowUp", "ArrowDown"), ("PageUp", "PageDown")):
            move_and_check(notebook, language, n, handle, key_that_moves(page, handle, up=up, down=down))
        moved = playground.weight_values(page) != weights_before
        assert moved, "the kernel's sliders did not follow the angle"
