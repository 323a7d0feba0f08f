"""The measured receptive fields of lessons.receptive_field against the recurrence and by hand."""

import numpy as np
import pytest

from lessons.i18n import set_language
from lessons.nn import Conv2D, MaxPool2D
from lessons.receptive_field import measured_field, receptive_fields, stacked_footprints


def test_stacked_footprints_grow_by_two():
    fields = stacked_footprints(3, 15)
    assert fields.sides == (3, 5, 7) == tuple(receptive_fields([(3, 1)] * 3))
    # two layers of all-ones 3x3 kernels: the gradient is the outer product of [1, 2, 3, 2, 1]
    centre = fields.footprints[1][5:10, 5:10]
    np.testing.assert_allclose(centre, np.outer([1, 2, 3, 2, 1], [1, 2, 3, 2, 1]))
    assert str(fields) == "measured by the gradient, for 1, 2, 3 layers: 3, 5, 7 pixels wide"
    with pytest.raises(ValueError, match="max_depth"):
        stacked_footprints(0, 15)


def test_measured_field_through_pooling():
    probe = [Conv2D(1, 1, 3, padding=1), MaxPool2D(2), Conv2D(1, 1, 3, padding=1), MaxPool2D(2)]
    for layer in (probe[0], probe[2]):
        layer.params["W"][:] = 1.0
    field = measured_field(probe, 28, (3, 3))
    # r: 1 -> 3 -> 4 (pool, j = 2) -> 8 -> 10 (pool): the course's CNN sees 10 x 10
    assert field.side == field.formula == 10 and field.out == 7
    assert field.share == pytest.approx(100 / 784)
    set_language("ru")
    try:
        assert "10 × 10" in str(field) and "13\xa0%" in str(field) and "map" not in str(field)
    finally:
        set_language("en")
