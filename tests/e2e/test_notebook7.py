"""The course in Notebook 7 (``jupyter notebook``), in headless Chromium.

The kernel-playground notebook runs without error, its explorers are live widgets and the keyboard
on its sliders changes the output picture; the first English and the first Russian notebook (which
train a network) run top to bottom without error, and their wall time is printed.
"""

from __future__ import annotations

import pytest
from notebook_page import NotebookPage, assert_clean_run, assert_widgets_live, student_page
from playground_page import check_angle_slider, check_kernel_slider, find_playgrounds

pytestmark = pytest.mark.e2e

PLAYGROUND = "04_kernel_playground.ipynb"
FIRST = "01_dense_recap.ipynb"
PLAYGROUND_TIMEOUT_S = 180.0
FIRST_TIMEOUT_S = 300.0  # trains a network; the notebook budget is 90 s in a plain kernel


def test_playground_in_notebook7(browser, notebook7_server) -> None:
    with student_page(browser, notebook7_server, viewport=(1400, 1200)) as page:
        notebook = NotebookPage(page, notebook7_server)
        notebook.open(f"en/{PLAYGROUND}")
        run = notebook.run_all(PLAYGROUND_TIMEOUT_S)
        print(f"\n[Notebook 7] en/{PLAYGROUND}: Run All Cells took {run.seconds:.1f} s")
        assert_clean_run(notebook, run)
        assert assert_widgets_live(notebook), "the notebook shows no widget at all"
        assert find_playgrounds(page, "en"), "no kernel playground on the page"
        check_kernel_slider(notebook, "en")
        check_angle_slider(notebook, "en")


@pytest.mark.parametrize("language", ["en", "ru"])
def test_first_notebook_in_notebook7(browser, notebook7_server, language: str) -> None:
    with student_page(browser, notebook7_server) as page:
        notebook = NotebookPage(page, notebook7_server)
        notebook.open(f"{language}/{FIRST}")
        run = notebook.run_all(FIRST_TIMEOUT_S)
        print(f"\n[Notebook 7] {language}/{FIRST}: Run All Cells took {run.seconds:.1f} s "
              f"({run.code_cells} code cells)")
        assert_clean_run(notebook, run)
        assert_widgets_live(notebook)
