"""lessons.nn.progress: the tqdm bar of Sequential.fit speaks the course's language and says that
its accuracy is the running average over the epoch (issue 15)."""

from __future__ import annotations

import io
import re

import pytest

import lessons
from lessons.nn.progress import ProgressBar


@pytest.fixture(autouse=True)
def english():
    lessons.set_language("en")
    yield
    lessons.set_language("en")


def run_bar(language: str, val_accuracy: float | None = 0.98) -> str:
    lessons.set_language(language)
    out = io.StringIO()
    bar = ProgressBar(2, 12, file=out, interval=0.0)
    for epoch in (1, 2):
        bar.start_epoch(epoch)
        for batch in range(1, 13):
            bar.update(batch, 0.3123 + batch / 1000, 0.9523)
        bar.end_epoch(0.31234, 0.95234, val_accuracy, 1234.5)
    return out.getvalue()


def test_the_russian_bar_has_russian_labels_and_decimal_commas():
    text = run_bar("ru")
    assert "эпоха 1/2" in text and "эпоха 2/2" in text and "батч 12/12" in text
    assert "потери 0,3123" in text and "точность на обучении 95,2\u00a0% (среднее с начала эпохи)" in text
    assert "(среднее за эпоху)" in text and "точность на проверке 98,0\u00a0%" in text
    assert "1\u00a0234,5 с" in text
    assert not re.search(r"\d\.\d", text), text
    assert not re.search(r"[a-z]{3,}", text.replace("softmax", "")), text  # no English word left


def test_the_english_bar_says_its_accuracy_is_the_running_average():
    text = run_bar("en", val_accuracy=None)
    assert "epoch 2/2" in text and "batch 12/12" in text and "loss 0.3123" in text
    assert "training accuracy 95.2% (average over the epoch so far)" in text
    assert "training accuracy 95.2% (average over the epoch)" in text and "1,234.5 s" in text
    assert "validation accuracy" not in text


def test_a_disabled_bar_writes_nothing():
    out = io.StringIO()
    bar = ProgressBar(1, 3, enabled=False, file=out)
    bar.start_epoch(1)
    bar.update(1, 0.5, 0.5)
    bar.end_epoch(0.5, 0.5, None, 1.0)
    assert out.getvalue() == ""


def test_in_a_notebook_each_finished_epoch_leaves_its_line_not_a_frozen_widget(tmp_path):
    import nbformat

    from lessons.slides.execution import run_notebook

    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(
        "import lessons\nfrom lessons.nn.progress import ProgressBar\nlessons.set_language('ru')\n"
        "bar = ProgressBar(2, 5, interval=0.0)\n"
        "for epoch in (1, 2):\n"
        "    bar.start_epoch(epoch)\n"
        "    for batch in range(1, 6):\n"
        "        bar.update(batch, 0.5, 0.9)\n"
        "    bar.end_epoch(0.4567, 0.912, 0.95, 3.25)\n"
    )]
    path = tmp_path / "bar.ipynb"
    nbformat.write(notebook, path)
    executed, _ = run_notebook(path, timeout=120)
    outputs = executed.cells[0].outputs
    texts = [output["data"]["text/plain"] for output in outputs if output["output_type"] == "display_data"]
    assert len(texts) == 2 and all("application/vnd.jupyter.widget-view+json" not in o.get("data", {})
                                   for o in outputs)
    assert texts[0].startswith("эпоха 1/2 · батч 5/5") and texts[1].startswith("эпоха 2/2")
    assert "потери 0,4567" in texts[1] and "точность на проверке 95,0\u00a0%" in texts[1]
    assert "3,2 с" in texts[1] or "3,3 с" in texts[1]
