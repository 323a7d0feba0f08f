"""lessons.plots.features: what each figure draws, in the chosen language, and clear errors."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import TwoSlopeNorm  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

import lessons  # noqa: E402
from lessons.i18n import tr  # noqa: E402
from lessons.plots.features import (  # noqa: E402
    DIVERGING,
    plot_channel_sum,
    plot_confusion_matrix,
    plot_feature_maps,
    plot_filters,
    plot_mistakes,
    plot_receptive_field,
)
from lessons.plots.limits import colour_limit  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")
    lessons.set_language("en")


def _image_axes(fig):
    return [ax for ax in fig.axes if ax.images and ax.get_label() != "<colorbar>"]


def test_feature_maps_signed_are_centred_on_zero_with_a_colour_bar():
    rng = np.random.default_rng(0)
    maps = rng.normal(size=(3, 8, 8)) + np.array([2.0, 0.0, -1.0])[:, None, None]
    fig = plot_feature_maps(maps, ["a", "b", "c"], image=np.ones((8, 8)), signed=[True, True, False])
    axes = _image_axes(fig)
    assert [ax.get_title() for ax in axes] == [tr("features.input"), "a", "b", "c"]
    for ax, array in zip(axes[1:3], maps[:2], strict=True):
        image = ax.images[0]
        assert image.get_cmap().name == DIVERGING
        assert isinstance(image.norm, TwoSlopeNorm) and image.norm.vcenter == 0
        assert image.norm.vmax == pytest.approx(np.abs(array).max()) == -image.norm.vmin
    assert axes[3].images[0].norm.vmin == pytest.approx(min(0.0, maps[2].min()))
    colour_bars = [ax for ax in fig.axes if ax.get_label() == "<colorbar>"]
    assert len(colour_bars) == 3  # one per map, none for the picture


def test_feature_maps_accept_maps_of_different_sizes_and_default_titles():
    lessons.set_language("ru")
    fig = plot_feature_maps([np.ones((4, 4)), np.ones((2, 2))], signed=False)
    assert [ax.get_title() for ax in _image_axes(fig)] == ["карта 1", "карта 2"]
    assert _image_axes(fig)[1].images[0].get_array().shape == (2, 2)


def test_feature_maps_errors():
    with pytest.raises(ValueError, match="one title per panel"):
        plot_feature_maps(np.zeros((2, 3, 3)), ["only one"])
    with pytest.raises(ValueError, match=r"\(F, H, W\)"):
        plot_feature_maps(np.zeros((2, 2, 2, 2)))
    with pytest.raises(ValueError, match="signed"):
        plot_feature_maps(np.zeros((2, 3, 3)), signed=[True])


def test_channel_sum_draws_three_channels_three_parts_and_their_sum():
    rng = np.random.default_rng(1)
    parts = rng.normal(size=(3, 5, 5))
    fig = plot_channel_sum(rng.random((7, 7, 3)), parts, parts.sum(axis=0))
    titles = [ax.get_title() for ax in _image_axes(fig)]
    for key in ("channel_red", "channel_green", "channel_blue", "partial_red", "channel_sum"):
        assert tr(f"features.{key}") in titles
    total_axis = _image_axes(fig)[-1]
    assert np.allclose(total_axis.images[0].get_array(), parts.sum(axis=0))
    with pytest.raises(ValueError, match=r"\(H, W, 3\)"):
        plot_channel_sum(np.zeros((7, 7)), parts, parts.sum(axis=0))
    with pytest.raises(ValueError, match="one map per colour channel"):
        plot_channel_sum(np.zeros((7, 7, 3)), parts[:2], parts.sum(axis=0))


def test_receptive_field_boxes_are_the_bounding_boxes_of_the_masks():
    masks = []
    for side in (3, 5):
        mask = np.zeros((11, 11), bool)
        mask[5 - side // 2 : 6 + side // 2, 5 - side // 2 : 6 + side // 2] = True
        masks.append(mask)
    lessons.set_language("ru")
    fig = plot_receptive_field(np.zeros((11, 11)), masks)
    boxes = [p for p in fig.axes[0].patches if isinstance(p, Rectangle)]
    assert [(b.get_width(), b.get_height(), b.get_x(), b.get_y()) for b in boxes] == [
        (3, 3, 3.5, 3.5),
        (5, 5, 2.5, 2.5),
    ]
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend == ["слой 1: 3 × 3 пикселей", "слой 2: 5 × 5 пикселей"]
    assert fig.axes[0].get_xlabel() == tr("features.column")
    with pytest.raises(ValueError, match="marks no pixel"):
        plot_receptive_field(np.zeros((4, 4)), [np.zeros((4, 4))])
    with pytest.raises(ValueError, match="picture's shape"):
        plot_receptive_field(np.zeros((4, 4)), [np.ones((3, 3))])


def test_filters_are_annotated_with_their_weights():
    kernel = np.array([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])
    fig = plot_filters(np.stack([kernel, kernel / 7]), ["sobel", "learned"])
    first, second = _image_axes(fig)
    assert [t.get_text() for t in first.texts] == ["-1", "0", "1", "-2", "0", "2", "-1", "0", "1"]
    assert second.texts[0].get_text() == f"{-1 / 7:.2f}"
    assert first.images[0].get_clim() == (-2.0, 2.0)


def test_confusion_matrix_writes_every_count_and_colours_only_mistakes():
    matrix = np.array([[50, 2, 0], [0, 40, 5], [1, 0, 60]])
    lessons.set_language("ru")
    fig = plot_confusion_matrix(matrix)
    ax = fig.axes[0]
    written = {(round(t.get_position()[1]), round(t.get_position()[0])): int(t.get_text()) for t in ax.texts}
    assert written == {(t, p): int(v) for (t, p), v in np.ndenumerate(matrix) if v or t == p}
    errors = ax.images[1].get_array()
    assert np.ma.is_masked(errors[0, 0]) or np.isnan(errors[0, 0])
    assert errors[1, 2] == 5 and ax.images[1].get_clim() == (0, 5)
    assert ax.get_xlabel() == "предсказанная цифра" and ax.get_ylabel() == "настоящая цифра"
    with pytest.raises(ValueError, match="square"):
        plot_confusion_matrix(np.zeros((2, 3)))


def test_mistakes_show_true_and_predicted_labels():
    fig = plot_mistakes(np.zeros((3, 28, 28), np.uint8), [4, 7, 9], [9, 1, 4], [0.5, 0.91, 0.999])
    titles = [ax.get_title() for ax in _image_axes(fig)]
    assert titles[1] == tr("features.true_predicted", true=7, predicted=1) + "\nconfidence 91%"
    assert fig._suptitle.get_text() == tr("features.mistakes_title")
    with pytest.raises(ValueError, match="same length"):
        plot_mistakes(np.zeros((3, 28, 28)), [4, 7], [9, 1, 4])


def test_same_scale_shares_one_colour_range():
    maps = [np.full((4, 4), 1.0), np.full((2, 2), 3.0)]
    fig = plot_feature_maps(maps, ["a", "b"], signed=False, same_scale=True)
    assert [ax.images[0].get_clim() for ax in _image_axes(fig)] == [(0.0, 3.0), (0.0, 3.0)]
    fig = plot_feature_maps(maps, ["a", "b"], signed=False)
    assert [ax.images[0].get_clim()[1] for ax in _image_axes(fig)] == [1.0, 3.0]


def test_same_scale_draws_one_colour_bar_for_the_figure():
    maps = np.random.default_rng(4).uniform(0, 2, size=(16, 7, 7))
    maps[3] = 0.0  # a dead map keeps the common scale
    fig = plot_feature_maps(maps, signed=False, same_scale=True, image=np.ones((28, 28)), columns=8)
    colour_bars = [ax for ax in fig.axes if ax.get_label() == "<colorbar>"]
    assert len(colour_bars) == 1
    limits = {ax.images[0].get_clim() for ax in _image_axes(fig)[1:]}
    assert len(limits) == 1 and limits.pop() == (0.0, pytest.approx(colour_limit(list(maps))))
    assert colour_bars[0].images or colour_bars[0].collections  # the bar shows the shared scale
    fig = plot_feature_maps(maps[:3], signed=[True, False, True], same_scale=True)
    assert len([ax for ax in fig.axes if ax.get_label() == "<colorbar>"]) == 2  # one per kind of scale


def test_a_few_extreme_pixels_do_not_wash_out_a_photograph_sized_map():
    big = np.random.default_rng(3).uniform(-1, 1, size=(200, 200))
    big[0, :5] = 50.0  # five outliers
    norm = _image_axes(plot_feature_maps(big))[0].images[0].norm
    assert norm.vmax == pytest.approx(np.percentile(np.abs(big), 99.5)) and norm.vmax < 1.0
