"""Find the kernel playgrounds on a notebook page and the parts a student touches and looks at.

The playground marks its parts with CSS classes (``lessons.widgets.playground``): the root box
``lessons-playground``, the angle slider ``lessons-angle``, the weight sliders ``lessons-weight``,
the pictures ``lessons-input-view`` and ``lessons-output-view``. The n-th playground's parts are
tagged with ``data-e2e`` attributes, so the tests can address them with plain selectors; its angle
slider's label is read as well, to check it is in the notebook's language.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from lessons.i18n import tr

_TAG_PLAYGROUNDS = """
() => Array.from(document.querySelectorAll('.lessons-playground')).map((root, n) => {
  const tag = (node, name) => { if (node) node.setAttribute('data-e2e', `${name}-${n}`); return !!node; };
  tag(root, 'playground');
  const angle = root.querySelector('.widget-slider.lessons-angle');
  const weights = Array.from(root.querySelectorAll('.widget-slider.lessons-weight'));
  weights.forEach((slider, i) => slider.setAttribute('data-e2e', `weight-${n}-${i}`));
  const label = angle ? angle.querySelector('.widget-label') : null;
  return {
    angle: tag(angle, 'angle'),
    angleLabel: label ? label.textContent.trim() : null,
    weights: weights.length,
    input: tag(root.querySelector('img.lessons-input-view'), 'input'),
    output: tag(root.querySelector('img.lessons-output-view'), 'output'),
  };
})
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
    def preset_menu(self) -> str:
        return f'{self.root} .lessons-preset select'

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
    """Tag and return the kernel playgrounds on ``page``.

    Fails if a playground lacks its weight grid, its angle slider, its input or output picture, or
    if its angle slider is not labelled in ``language``.
    """
    found = page.evaluate(_TAG_PLAYGROUNDS)
    for n, parts in enumerate(found):
        assert parts["weights"] in (9, 25), f"playground {n}: {parts['weights']} weight sliders, not 9 or 25"
        complete = parts["angle"] and parts["input"] and parts["output"]
        assert complete, f"playground {n}: parts missing: {parts}"
        label = tr("widgets.angle", language=language)
        assert parts["angleLabel"] == label, f"playground {n}: angle slider labelled {parts['angleLabel']!r}"
    return [Playground(n, parts["weights"]) for n, parts in enumerate(found)]


def key_that_moves(page, handle_selector: str, up: str = "ArrowRight", down: str = "ArrowLeft") -> str:
    """``up``, unless the slider is at its maximum (then ``down``): a key that changes the value."""
    handle = page.locator(handle_selector)
    now = float(handle.get_attribute("aria-valuenow"))
    top = float(handle.get_attribute("aria-valuemax"))
    return down if now >= top else up


def drag(page, handle_selector: str, dx: float) -> None:
    """Drag a slider's handle ``dx`` pixels sideways with the mouse, in a few steps, as a hand would."""
    box = page.locator(handle_selector).bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + dx, y, steps=5)
    page.mouse.up()


def move_and_check(notebook, language: str, n: int, handle: str, move: str) -> None:
    """Move the slider ``handle`` of playground ``n`` with the keyboard (``move`` is a key, e.g.
    ``"ArrowRight"``) or the mouse (``move="drag"``): the slider moves, the output picture changes
    (its ``src`` and its pixels), the input picture does not."""
    page = notebook.page
    playground = find_playgrounds(page, language)[n]
    page.locator(handle).scroll_into_view_if_needed()
    output_before = notebook.image_src(playground.output)
    input_before = notebook.image_src(playground.input)
    pixels_before = page.locator(playground.output).screenshot()
    value_before = page.locator(handle).get_attribute("aria-valuenow")
    if move == "drag":
        drag(page, handle, 40.0 if key_that_moves(page, handle) == "ArrowRight" else -40.0)
    else:
        notebook.press(page.locator(handle), move)
    value_after = page.locator(handle).get_attribute("aria-valuenow")
    assert value_after != value_before, f"{move} did not move the slider (still {value_after})"
    notebook.wait_for_new_src(playground.output, output_before)
    time.sleep(0.5)  # let late updates arrive: the input must still be the same afterwards
    assert notebook.image_src(playground.input) == input_before, "moving a kernel slider changed the input"
    assert page.locator(playground.output).screenshot() != pixels_before, "the output picture looks the same"


def check_kernel_slider(notebook, language: str, by: str = "keyboard") -> None:
    """Moving the centre weight of every playground (``by="keyboard"``: ArrowRight or ArrowLeft on
    its handle; ``by="mouse"``: dragging it) changes its output picture."""
    for playground in find_playgrounds(notebook.page, language):
        handle = playground.weight_handle(playground.centre_weight)
        move = "drag" if by == "mouse" else key_that_moves(notebook.page, handle)
        move_and_check(notebook, language, playground.n, handle, move)


def check_angle_slider(notebook, language: str, by: str = "keyboard") -> None:
    """Turning every playground's angle slider (``by="keyboard"``: ArrowUp, then PageUp;
    ``by="mouse"``: dragging it) changes its output picture, and the kernel's weight sliders follow."""
    page = notebook.page
    for playground in find_playgrounds(page, language):
        handle, n = playground.angle_handle, playground.n
        weights_before = playground.weight_values(page)
        if by == "mouse":
            move_and_check(notebook, language, n, handle, "drag")
        else:
            for up, down in (("ArrowUp", "ArrowDown"), ("PageUp", "PageDown")):
                move_and_check(notebook, language, n, handle, key_that_moves(page, handle, up=up, down=down))
        moved = playground.weight_values(page) != weights_before
        assert moved, "the kernel's sliders did not follow the angle"


def choose_preset(notebook, language: str, n: int, name: str, settle_s: float = 1.0) -> str:
    """Choose kernel ``name`` (e.g. ``"box_blur"``) in playground ``n``'s preset menu, wait for the
    new output picture and then ``settle_s`` more; return the menu's label then."""
    page = notebook.page
    playground = find_playgrounds(page, language)[n]
    menu = page.locator(playground.preset_menu)
    menu.scroll_into_view_if_needed()
    before = notebook.image_src(playground.output)
    label = tr(f"kernels.title.{name}", language=language).replace(" ", "\u00a0")  # as ipywidgets shows it
    menu.select_option(label=label)
    notebook.wait_for_new_src(playground.output, before)
    time.sleep(settle_s)  # values the browser might send back arrive in this time
    return menu.evaluate("(select) => select.options[select.selectedIndex].text").replace("\u00a0", " ")
