"""Every figure a notebook's text states about a result is a figure its code printed.

For each markdown cell of each executed notebook, in both languages, the figures it states — a
percentage (``97.7%``, ``97,7 %``), a decimal number (``5.7``, ``5,7``), a ratio "N times" / «в N
раз», a count written with thousands separators (``100,480``, ``100 480``) — must appear among the
numbers of that notebook's code outputs, after normalising the separators. Plain integers (sizes and
constants of the lesson: 28, 784, 3 x 3) are not results and are not checked; neither are formulas,
code and tables of code spellings.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from course import LANGUAGES, notebook_names

_SPACES = "\u00a0\u202f\u2009 "
_GROUPED = rf"\d{{1,3}}(?:[,{_SPACES}]\d{{3}})+(?![\d,.]\d)"
_DECIMAL = r"\d+[.,]\d+"
_NUMBER = rf"(?:{_GROUPED}|{_DECIMAL}|\d+)"
_FIGURES = [
    ("percentage", re.compile(rf"(?<![\w.,])({_NUMBER})[{_SPACES}]?%")),
    ("ratio", re.compile(rf"(?<![\w.,])({_NUMBER})[{_SPACES}]*(?:times\b|×(?!\s*\d))", re.I)),
    ("ratio", re.compile(rf"\bв[{_SPACES}]+({_NUMBER})[{_SPACES}]+раз", re.I)),
    ("count", re.compile(rf"(?<![\w.,])({_GROUPED})(?![\w])")),
    ("decimal", re.compile(rf"(?<![\w.,])({_DECIMAL})(?![\w.,]\d)")),
]


def _value(figure: str) -> str:
    """``"100 480"`` -> ``"100480"``, ``"97,7"`` -> ``"97.7"``, ``"4,096"`` -> ``"4096"``."""
    figure = re.sub(rf"(?<=\d)[{_SPACES}](?=\d{{3}})", "", figure)
    if re.fullmatch(_GROUPED, figure) and "," in figure:
        return figure.replace(",", "")
    return figure.replace(",", ".")


def _prose(markdown: str) -> str:
    """The sentences of a markdown cell: without code, formulas, HTML tags and link targets."""
    text = re.sub(r"```.*?```", " ", markdown, flags=re.S)
    text = re.sub(r"\$\$.*?\$\$|\$[^$\n]*\$", " ", text, flags=re.S)
    return re.sub(r"`[^`]*`|<[^>]+>|\]\([^)]*\)", " ", text)


def stated_figures(markdown: str) -> list[str]:
    """The figures a markdown text states, each as written (``"97,7 %"``, ``"100 480"``, ``"5.7"``)."""
    text, found = _prose(markdown), []
    for _, pattern in _FIGURES:
        for match in pattern.finditer(text):
            found.append(match.group(0).strip())
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end():]
    return found


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _output_text(cell: dict) -> str:
    texts = []
    for output in cell.get("outputs", []):
        if output["output_type"] == "stream":
            texts.append(output["text"])
        data = output.get("data", {})
        if "text/html" in data:
            parser = _Text()
            parser.feed("".join(data["text/html"]))
            texts.append(" ".join(parser.parts))
        if "text/plain" in data:
            texts.append("".join(data["text/plain"]))
    return "\n".join(texts)


def printed_numbers(text: str) -> set[str]:
    """Every number of a code output, normalised as :func:`_value` does (thousands grouped in the
    English or the Russian way, decimal point or comma)."""
    numbers = set()
    for match in re.finditer(rf"(?<![\w.]){_NUMBER}", text):
        numbers.add(_value(match.group(0)))
        for part in re.split(rf"[,{_SPACES}]", match.group(0)):  # "1,2" may be two numbers of a list
            numbers.add(part)
    return numbers


def _quotes(figure: str, printed: set[str]) -> bool:
    """A stated figure quotes a printed number: the same number, or the printed one rounded to the
    decimals the text gives (the text says 97.7 %, the output 97.68 %)."""
    number = re.search(_NUMBER, figure)
    value = _value(number.group(0))
    if value in printed:
        return True
    decimals = len(value.split(".")[1]) if "." in value else 0
    for candidate in printed:
        if "." in candidate and len(candidate.split(".")[1]) > decimals:
            if f"{float(candidate):.{decimals}f}" == f"{float(value):.{decimals}f}":
                return True
    return False


def unquoted_figures(notebook: dict) -> list[tuple[str, str]]:
    """``[(cell id, figure), ...]``: the figures of markdown cells that no code output prints."""
    printed = set()
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            printed |= printed_numbers(_output_text(cell))
    missing = []
    for cell in notebook["cells"]:
        if cell["cell_type"] == "markdown":
            for figure in stated_figures("".join(cell["source"])):
                if not _quotes(figure, printed):
                    missing.append((cell.get("id", "?"), figure))
    return missing


# ----- the rule itself, on small notebooks whose answer is known ------------------------------------


def _notebook(markdown: str, printed: str) -> dict:
    return {"cells": [
        {"cell_type": "code", "id": "code-run", "source": "",
         "outputs": [{"output_type": "stream", "name": "stdout", "text": printed}]},
        {"cell_type": "markdown", "id": "md-claim", "source": markdown},
    ]}


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("The accuracy is 97.7% and the layer has 100,480 weights.", ["97.7%", "100,480"]),
        ("Точность 97,7 % у слоя из 100 480 весов, ошибок в 3 раза меньше.",
         ["97,7 %", "в 3 раз", "100 480"]),
        ("It makes 2.5 times fewer mistakes; the loss is 0.31.", ["2.5 times", "0.31"]),
        ("A 28 x 28 picture, 784 pixels, 3x3 kernels, `lr=1e-3`, $0.5$.", []),
    ],
)
def test_stated_figures_are_found_in_both_languages(markdown, expected):
    assert stated_figures(markdown) == expected


def test_a_figure_no_output_prints_is_reported_and_a_printed_one_is_not():
    assert unquoted_figures(_notebook("Accuracy 97.7%, 5.7 on a shift.", "accuracy 97.68%")) == [
        ("md-claim", "5.7")
    ]
    assert unquoted_figures(_notebook("Точность 97,7 %, 100 480 весов.", "97.7% | 100,480")) == []
    assert unquoted_figures(_notebook("Accuracy 98.0%.", "accuracy 95.2%")) == [("md-claim", "98.0%")]
    html = {"output_type": "execute_result", "data": {"text/html": "<td>1&nbsp;024,5</td>"}}
    notebook = _notebook("It is 1 024,5.", "")
    notebook["cells"][0]["outputs"] = [html]
    assert unquoted_figures(notebook) == []


# ----- every notebook of the course ------------------------------------------------------------------


@pytest.mark.notebooks
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", notebook_names())
def test_every_stated_figure_is_printed_by_the_notebook(executed_notebooks, language, name):
    run = executed_notebooks[(language, name)]
    assert run.notebook is not None, f"{language}/{name} did not run: {run.error}"
    missing = unquoted_figures(run.notebook)
    assert not missing, f"{name} ({language}): figures the text states but no output prints: " + "; ".join(
        f"cell {cell}: {figure!r}" for cell, figure in missing
    )
