"""lessons.plots.images: each figure draws the arrays it is given, signed responses sit on a
diverging map centred on zero with a colour bar, small arrays show their numbers, and labels follow
the notebook's language."""

from __future__ import annotations

import re

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
    assert bar.get_ylabel().replace("\n", " ") == tr("plots.images.response")  # two lines
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


# --- one colour-limit rule, one number rule (issue 13) ------------------------------------------------


def test_the_same_response_gets_the_same_colour_limit_everywhere():
    from scipy import signal

    from lessons import data, kernels
    from lessons.plots.features import plot_feature_maps
    from lessons.plots.limits import colour_limit
    from lessons.widgets import grids, render
    from lessons.widgets.feature_maps import FeatureMaps

    response = signal.correlate2d(data.load_image("cat"), kernels.get("sobel_x"), mode="same")
    magnitude = np.sort(np.abs(response).ravel())
    expected = magnitude[round(0.995 * (magnitude.size - 1))]  # the 99.5th percentile, by hand
    assert expected < magnitude[-1]  # a few pixels are stronger: the limit is not the maximum
    limits = {
        "show_signed": _images_of(show_signed(response, "t"))[0].norm.vmax,
        "show_images": _images_of(show_images([response], signed=True))[0].norm.vmax,
        "plot_feature_maps": _images_of(plot_feature_maps(response[None]))[0].norm.vmax,
        "widgets.feature_maps": FeatureMaps._map_picture(response)[3],
        "widgets.render": render.colour_limit(response),
    }
    assert render.colour_limit is colour_limit  # the explorers' scale is the figures' (one rule)
    assert limits == pytest.approx(dict.fromkeys(limits, expected), rel=1e-12), limits
    small = np.array([[-3.0, 1.0], [0.5, 2.0]])  # at most 100 numbers: the limit is the maximum
    assert render.colour_limit(small) == 3.0 and render.colour_limit(small, signed=False) == 2.0
    assert 'background:#' in grids.table_html(small) and render.colour_limit(np.zeros((3, 3))) == 1.0
    assert render.colour_limit(np.array([np.nan, np.inf, -2.0])) == 2.0  # finite for finite input


def test_russian_figures_write_ticks_and_numbers_the_russian_way(language):
    import matplotlib.text

    from lessons.plots.features import plot_confusion_matrix, plot_filters, plot_mistakes
    from lessons.plots.training import plot_history

    rng = np.random.default_rng(1)
    confusion = rng.integers(0, 40, size=(10, 10))
    np.fill_diagonal(confusion, 1234)
    figures = [
        show_signed(rng.normal(scale=0.3, size=(20, 20)), "t"),
        show_images([rng.normal(size=(8, 8))], signed=True),
        show_array(np.array([[-0.25, 1.5], [2.0, -3.0]])),
        plot_filters(rng.normal(scale=0.2, size=(2, 3, 3))),
        plot_confusion_matrix(confusion),
        plot_mistakes(rng.integers(0, 255, size=(2, 8, 8)), [1, 2], [7, 3], confidence=[0.914, 0.5]),
        plot_history({"loss": [0.9, 0.45, 0.31], "train_accuracy": [0.8, 0.9, 0.95]}),
    ]
    texts = []
    for fig in figures:
        fig.canvas.draw()
        texts += [t.get_text() for t in fig.findobj(matplotlib.text.Text) if t.get_visible()]
    joined = " | ".join(texts)
    if language == "ru":
        assert "1\u00a0234" in joined and "91\u00a0%" in joined and "\u22120,25" in joined
        assert re.search(r"\u2212?\d,\d", joined)  # decimal commas on the ticks
        assert not re.search(r"\d\.\d", joined), joined
        assert not re.search(r"(?<![\w-])-\d", joined), joined
        assert not re.search(r"(?<![\d,])[1-9]\d{0,2}(?:,\d{3})+(?!\d)", joined), joined
    else:
        assert "1,234" in joined and "91%" in joined and "-0.25" in joined and re.search(r"\d\.\d", joined)
