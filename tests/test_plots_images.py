"""lessons.plots.images: each figure draws the arrays it is given, signed responses sit on a
diverging map centred on zero with a colour bar, small arrays show their numbers, and labels follow
the notebook's language."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

import lessons  # noqa: E402
from lessons.i18n import tr  # noqa: E402
from lessons.plots.images import DIVERGING, show_array, show_arrays, show_images, show_signed  # noqa: E402


@pytest.fixture(params=["en", "ru"])
def language(request):
    lessons.set_language(request.param)
    yield request.param
    lessons.set_language("en")
    plt.close("all")


def _images_of(fig):
    return [image for ax in fig.axes for image in ax.get_images()]


def _colorbars(fig):
    return [ax for ax in fig.axes if ax.get_label() == "<colorbar>"]


def test_show_images_draws_each_picture_with_its_title(language):
    rng = np.random.default_rng(0)
    pictures = [rng.random((20, 30)), rng.random((20, 30)) * 5, rng.random((10, 10)) > 0.5]
    fig = show_images(pictures, ["a", "b", "c"], suptitle="all")
    drawn = _images_of(fig)
    assert len(drawn) == 3
    for image, picture in zip(drawn, pictures, strict=True):
        np.testing.assert_array_equal(image.get_array(), np.asarray(picture, dtype=float))
        assert image.get_cmap().name == "gray"
    assert drawn[0].get_clim() == (0, 1)  # pictures in [0, 1] keep black = 0 and white = 1
    assert drawn[1].get_clim() == pytest.approx((pictures[1].min(), pictures[1].max()))
    assert [ax.get_title() for ax in fig.axes if ax.get_images()] == ["a", "b", "c"]
    assert fig._suptitle.get_text() == "all"
    assert not _colorbars(fig)


def test_signed_images_share_a_map_centred_on_zero_and_one_colour_bar(language):
    responses = [np.array([[-1.0, 0.5], [0.0, 0.2]]), np.array([[3.0, -0.5], [0.0, 1.0]])]
    fig = show_images(responses, ["x", "y"], signed=True)
    for image in _images_of(fig):
        assert image.get_cmap().name == DIVERGING
        assert image.get_clim() == (-3.0, 3.0)
    (bar,) = _colorbars(fig)
    assert bar.get_ylabel() == tr("plots.images.response")
    limited = show_images(responses, ["x", "y"], signed=True, limit=1.0)
    assert _images_of(limited)[0].get_clim() == (-1.0, 1.0)


def test_show_signed_centres_on_zero_and_labels_rows_and_columns(language):
    response = np.linspace(-2, 0.5, 12).reshape(3, 4)
    fig = show_signed(response, "title")
    (image,) = _images_of(fig)
    assert image.get_clim() == (-2.0, 2.0) and image.get_cmap().name == DIVERGING
    ax = image.axes
    assert ax.get_title() == "title"
    assert ax.get_xlabel() == tr("plots.images.column") and ax.get_ylabel() == tr("plots.images.row")
    assert _colorbars(fig)[0].get_ylabel() == tr("plots.images.response")
    if language == "ru":
        assert ax.get_xlabel() == "столбец"


def test_show_array_writes_every_number_in_its_cell(language):
    array = np.array([[0, 1, 2], [3, -4, 0.25]])
    fig = show_array(array, "numbers", highlight=(0, 1, 2, 2))
    (ax,) = fig.axes
    texts = {(round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in ax.texts}
    minus, quarter = ("\u22124", "0,25") if language == "ru" else ("-4", "0.25")  # the Russian way
    assert texts == {(0, 0): "0", (0, 1): "1", (0, 2): "2", (1, 0): "3", (1, 1): minus, (1, 2): quarter}
    assert ax.get_images()[0].get_cmap().name == DIVERGING  # it has negative numbers
    (box,) = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert box.get_xy() == (0.5, -0.5) and box.get_width() == 2 and box.get_height() == 2
    assert ax.get_title() == "numbers" and ax.get_ylabel() == tr("plots.images.row")


def test_show_arrays_side_by_side_with_a_shared_scale_and_a_highlight_each(language):
    step = np.array([[0.2, 0.2, 0.8, 0.8]])
    sharpened = np.array([[0.2, -0.4, 1.4, 0.8]])
    fig = show_arrays([step, sharpened], ["a", "b"], shared=True, signed=False,
                      highlight=[(0, 0, 1, 2), (0, 1, 1, 1)])
    first, second = (ax.get_images()[0] for ax in fig.axes)
    assert first.get_clim() == second.get_clim() == (-0.4, 1.4)
    assert [len([p for p in ax.patches if isinstance(p, Rectangle)]) for ax in fig.axes] == [1, 1]
    own = show_arrays([step, sharpened])
    assert own.axes[0].get_images()[0].get_clim() == (0.2, 0.8)


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="one title per image"):
        show_images([np.zeros((2, 2))], ["a", "b"])
    with pytest.raises(ValueError, match="at least one"):
        show_images([])
    with pytest.raises(ValueError, match="small arrays"):
        show_array(np.zeros((30, 30)))
    with pytest.raises(ValueError, match="2-D"):
        show_signed(np.zeros((2, 2, 2)), "t")
    with pytest.raises(TypeError, match="numbers"):
        show_array(np.array([["a"]]))
    with pytest.raises(ValueError, match="highlights"):
        show_arrays([np.zeros((2, 2))] * 2, highlight=[(0, 0, 1, 1)])
    plt.close("all")
