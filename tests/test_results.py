"""lessons.results: the table layout every result object of the course uses."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from lessons.results import html_paragraphs, html_table, text_table


class _Cells(HTMLParser):
    """Collects the text of every <th>/<td> of an HTML table, row by row (the standard library's parser)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._in_cell = False

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        self._in_cell = tag in ("th", "td")
        if self._in_cell:
            self.rows[-1].append("")

    def handle_endtag(self, tag):
        if tag in ("th", "td"):
            self._in_cell = False

    def handle_data(self, data):
        if self._in_cell:
            self.rows[-1][-1] += data


HEADERS = ["picture", "parameters"]
ROWS = [["28 × 28", "100,480"], ["1024 × 1024", "402,653,312"]]


def test_text_table_aligns_columns():
    lines = text_table(HEADERS, ROWS).split("\n")
    assert lines[0].split() == HEADERS and set(lines[1]) <= {"-", " "}
    assert len({len(line) for line in lines}) == 1  # numbers right-aligned: every line ends at one column
    assert [re.split(r"\s{4,}", line) for line in lines[2:]] == ROWS
    left = text_table(HEADERS, ROWS, align="ll").split("\n")
    assert left[2].startswith("28 × 28") and left[2].rstrip().endswith("100,480")
    assert left[2].index("100,480") == left[3].index("402,653,312")


def test_html_table_holds_the_same_cells_escaped():
    table = html_table(["a < b", "n"], [["<script>", "1"]], caption="x & y")
    parser = _Cells()
    parser.feed(table)
    assert parser.rows == [["a < b", "n"], ["<script>", "1"]]
    assert "<script>" not in table and "x &amp; y" in table
    assert table.count("text-align:right") == 2


def test_html_paragraphs_escape():
    assert html_paragraphs("1 < 2", "b") == "<p>1 &lt; 2</p><p>b</p>"
    with pytest.raises(TypeError):
        html_paragraphs(3)


@pytest.mark.parametrize(
    ("headers", "rows", "align", "error"),
    [
        (HEADERS, [["only one"]], None, ValueError),
        (HEADERS, [["a", 3]], None, TypeError),
        ("ab", [], None, TypeError),
        (HEADERS, ROWS, "lx", ValueError),
        (HEADERS, ROWS, "l", ValueError),
    ],
)
def test_bad_tables_are_refused(headers, rows, align, error):
    for build in (text_table, html_table):
        with pytest.raises(error):
            build(headers, rows, align=align)
