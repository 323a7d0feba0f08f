"""``lessons.nn.threads.at_once``: two pieces of work on two cores, the same bits as one after the other."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from lessons.data import load_mnist, to_batch
from lessons.models import cnn_mnist, train_recipe
from lessons.nn import threads


@pytest.fixture
def two_cores(monkeypatch):
    """Use the helper thread even on a one-core machine (slower there, but the same code path)."""
    monkeypatch.setattr(threads, "cores", lambda: 2)


def test_at_once_gives_both_results_and_runs_the_first_on_the_helper(two_cores):
    names = threads.at_once(lambda: threading.current_thread().name, lambda: threading.current_thread().name)
    assert names[0].startswith(threads.HELPER_NAME)
    assert names[1] == threading.current_thread().name


def test_the_two_run_at_the_same_time(two_cores):
    """Each waits for the other to start: one after the other, this would never end."""
    started = [threading.Event(), threading.Event()]

    def side(me: int) -> bool:
        started[me].set()
        return started[1 - me].wait(timeout=5)

    assert threads.at_once(lambda: side(0), lambda: side(1)) == (True, True)


def test_with_one_core_they_run_one_after_the_other_here(monkeypatch):
    monkeypatch.setattr(threads, "cores", lambda: 1)
    here = threading.current_thread().name
    assert threads.at_once(lambda: threading.current_thread().name, lambda: 7) == (here, 7)


def test_without_helper_everything_runs_here(two_cores):
    here = threading.current_thread().name
    with threads.without_helper():
        assert threads.at_once(lambda: threading.current_thread().name, lambda: 7) == (here, 7)
    assert threads.at_once(lambda: threading.current_thread().name, lambda: 7)[0] != here


def test_where_no_thread_can_start_they_run_here(two_cores, monkeypatch):
    class NoThreads:
        def submit(self, *args):
            raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threads, "_helper_pool", NoThreads)
    here = threading.current_thread().name
    assert threads.at_once(lambda: threading.current_thread().name, lambda: 7) == (here, 7)


def test_an_error_on_the_helper_is_raised_here(two_cores):
    def fails() -> None:
        raise ValueError("helper failed")

    with pytest.raises(ValueError, match="helper failed"):
        threads.at_once(fails, lambda: 1)


def test_an_error_here_is_raised_after_the_helper_ended(two_cores):
    ended = threading.Event()

    def slow() -> None:
        time.sleep(0.2)
        ended.set()

    def fails() -> None:
        raise KeyError("here failed")

    with pytest.raises(KeyError, match="here failed"):
        threads.at_once(slow, fails)
    assert ended.is_set()


def test_called_from_the_helper_it_does_not_wait_for_itself(two_cores):
    inner = threads.at_once(lambda: threads.at_once(lambda: 1, lambda: 2), lambda: 3)
    assert inner == ((1, 2), 3)


def test_numpy_error_settings_travel_to_the_helper(two_cores):
    big = np.array([3e38], np.float32)
    with np.errstate(over="raise"), pytest.raises(FloatingPointError):
        threads.at_once(lambda: big * 10, lambda: None)
    with np.errstate(over="ignore"):
        assert np.isinf(threads.at_once(lambda: big * 10, lambda: None)[0][0])


def _trained_weights(steps: int = 5) -> list[np.ndarray]:
    (x, y), _ = load_mnist()
    model = cnn_mnist(seed=0)
    model.fit(to_batch(x[: steps * 128]), y[: steps * 128], **train_recipe("cnn_mnist", examples=steps * 128),
              progress=False)
    return model.parameters()


def test_two_cores_train_the_cnn_to_the_same_bits_as_one(monkeypatch):
    """The conv backward pass computes the weight gradient on the helper thread: not one bit changes."""
    monkeypatch.setattr(threads, "cores", lambda: 1)
    one = _trained_weights()
    monkeypatch.setattr(threads, "cores", lambda: 2)
    two = _trained_weights()
    assert len(one) == len(two) == 8
    for a, b in zip(one, two, strict=True):
        np.testing.assert_array_equal(a, b)
