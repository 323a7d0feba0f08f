"""The Russian edition reads as a Russian teacher writes it.

Every Russian text the course holds (the ``RU`` tables of :mod:`lessons.i18n`, the markdown cells and
code comments of ``notebooks/ru``, the Russian part of the README), everything the executed Russian
notebooks print and everything a Russian session of each explorer shows is checked against

- the glossary (:mod:`lessons.glossary`): no wording it rejects («пакет» for a batch, «кошка», …);
- the typography: «×» between numbers, «−» before a digit, «…», the decimal comma, «12,5 %» with a
  no-break space (what the number module writes, Babel's CLDR rule for ``ru``);
- in outputs: no English thousands comma, no ``True``/``False``, no English sentence.

Each failure lists where the text is and the text itself.
"""

from __future__ import annotations

import html
import io
import json
import re
import tokenize
from collections.abc import Iterator

import numpy as np
import pytest

import lessons
from lessons.glossary import GLOSSARY, rejected_terms, term
from lessons.i18n import percent, tables

from course import NOTEBOOKS, ROOT, notebook_names

NAMES = notebook_names()
README = ROOT / "README.md"

# --- what counts as code, not prose ------------------------------------------------------------------

_FENCED = re.compile(r"```.*?```", re.S)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
_LATEX = re.compile(r"\$\$.*?\$\$|\$[^$\n]+\$", re.S)
_TAG = re.compile(r"<[^>\n]+>")
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)")
_URL = re.compile(r"\b(?:https?|file)://\S+")
_PLACEHOLDER = re.compile(r"\{[^{}\n]*\}")
_CALL = re.compile(r"(?<![\w.])[A-Za-z_][\w.]*\((?:[^()]|\([^()]*\))*\)")  # Conv2D(3, 16, 5), np.ones((5, 5))
_INDEX = re.compile(r"(?<![\w.])[A-Za-z_][\w.]*\[[^\[\]\n]*\]")  # picture[1:4, 2:5]
_ARRAY = re.compile(r"\[[-−+\d.,;:\s\[\]]*\]")  # [[-1, 1]], [1, 2, 1]
_ASSIGN = re.compile(r"(?<![\w.])[A-Za-z_]\w*\s*(?:==|=)\s*[-\w.]+")  # k = 3, torch==2.13.0
_ELLIPSIS_CODE = re.compile(r"[(\[]\.\.\.[)\]]")  # Sequential([...])
_FILE = re.compile(r"(?<![\w/])[\w./-]+\.(?:py|ipynb|npz|png|jpe?g|html|txt|md|json|pdf)\b")


def prose(text: str, *, placeholders: bool = True) -> str:
    """``text`` without what is code or markup: fenced and inline code, LaTeX, HTML tags, link targets,
    URLs, file names, function calls, indexing, array literals and ``name = value``. Placeholders
    ``{x:.2f}`` become the digit 0 (they are filled with numbers) when ``placeholders`` is true."""
    for pattern in (_FENCED, _INLINE_CODE, _LATEX, _TAG, _LINK_TARGET, _URL, _FILE):
        text = pattern.sub(" ", text)
    if placeholders:
        text = _PLACEHOLDER.sub("0", text)
    for _ in range(3):  # nested calls, innermost first
        text = _CALL.sub(" ", text)
    for pattern in (_INDEX, _ARRAY, _ASSIGN, _ELLIPSIS_CODE):
        text = pattern.sub(" ", text)
    return text


# --- typography ----------------------------------------------------------------------------------

_TIMES = re.compile(r"\d+(?:[.,]\d+)?\s?[xXхХ]\s?\d+")
_HYPHEN_MINUS = re.compile(r"(?<![\w.)\]−-])-\d")
_DOTS = re.compile(r"\.\.\.")
_DECIMAL_POINT = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")
_PRODUCT_VERSION = re.compile(r"[A-Za-z][\w+-]*\s$")  # Python 3.11, PyTorch 2.13: a version, not a decimal
_PERCENT = re.compile(r"\d+(?:[.,]\d+)? ?%")

#: The one way a percentage is written in Russian: the number module's own (``12,5\xa0%``).
PERCENT_SPACE = percent(0.125, 1, language="ru")[len("12,5") : -1]


def typography(text: str) -> list[str]:
    """The typographic faults of a Russian ``text`` (prose only: see :func:`prose`), one string each
    naming the rule and quoting the text around the fault."""
    text = prose(text)
    faults = []

    def quote(match: re.Match[str]) -> str:
        return repr(text[max(0, match.start() - 25) : match.end() + 25].strip())

    for match in _TIMES.finditer(text):
        faults.append(f"«×» between numbers, not {match.group(0)!r}: {quote(match)}")
    for match in _HYPHEN_MINUS.finditer(text):
        faults.append(f"«−» (U+2212) before a digit, not a hyphen: {quote(match)}")
    for match in _DOTS.finditer(text):
        faults.append(f"«…», not '...': {quote(match)}")
    for match in _DECIMAL_POINT.finditer(text):
        if not _PRODUCT_VERSION.search(text[: match.start()][-30:]):
            faults.append(f"decimal comma, not {match.group(0)!r}: {quote(match)}")
    for match in _PERCENT.finditer(text):
        faults.append(
            f"percent as the number module writes it ({'12,5' + PERCENT_SPACE + '%'!r}): {quote(match)}"
        )
    return faults


def faults(text: str) -> list[str]:
    """Glossary findings and typographic faults of a Russian text."""
    return [str(finding) for finding in rejected_terms(text)] + typography(text)


# --- the Russian texts of the repository ---------------------------------------------------------


def table_texts() -> Iterator[tuple[str, str]]:
    for key, text in sorted(tables()["ru"].items()):
        yield f"lessons.i18n RU[{key!r}]", text


def _cells(name: str) -> list[dict]:
    path = NOTEBOOKS / "ru" / f"{name}.ipynb"
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def code_comments(source: str) -> list[str]:
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return [t.string.lstrip("#").strip() for t in tokens if t.type == tokenize.COMMENT]


def notebook_texts(name: str) -> Iterator[tuple[str, str]]:
    for cell in _cells(name):
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        where = f"notebooks/ru/{name}.ipynb cell {cell.get('id')}"
        if cell["cell_type"] == "markdown":
            yield where, source
        elif cell["cell_type"] == "code":
            for comment in code_comments(source):
                yield f"{where} comment", comment


RUSSIAN_README_HEADING = "# Курс на русском"


def readme_parts() -> tuple[str, str]:
    """The English and the Russian part of the README (the Russian one starts at its own ``#``)."""
    text = README.read_text(encoding="utf-8")
    assert f"\n{RUSSIAN_README_HEADING}\n" in text, f"README.md has no {RUSSIAN_README_HEADING!r} part"
    english, russian = text.split(f"\n{RUSSIAN_README_HEADING}\n", 1)
    return english, russian


def readme_texts() -> Iterator[tuple[str, str]]:
    _, russian = readme_parts()
    for number, line in enumerate(_FENCED.sub(lambda m: "\n" * m.group(0).count("\n"), russian).split("\n")):
        if line.strip():
            yield f"README.md Russian part, line {number + 1}", line


def all_russian_texts() -> Iterator[tuple[str, str]]:
    yield from table_texts()
    for name in NAMES:
        yield from notebook_texts(name)
    yield from readme_texts()


def report(problems: list[tuple[str, str]]) -> str:
    return f"{len(problems)} problem(s):\n" + "\n".join(
        f"  {where}: {problem}" for where, problem in problems
    )


# --- (1) the glossary ----------------------------------------------------------------------------


def test_the_glossary_finds_the_rejected_wording_in_inflected_forms():
    found = {
        (f.english, f.found.lower())
        for f in rejected_terms(
            "Обучение пакетами по 64; у кошки уши; исследователя; Прюиттом; софтмаксом; в точке отсчёта; "
            "ищем границы объектов; 3 п.п."
        )
    }
    assert found == {
        ("batch", "пакетами"),
        ("cat", "кошки"),
        ("explorer", "исследователя"),
        ("Prewitt", "прюиттом"),
        ("softmax", "софтмаксом"),
        ("baseline", "точке отсчёта"),
        ("edge", "ищем границы"),
        ("edge", "границы объектов"),
        ("percentage points", "п.п."),
    }


@pytest.mark.parametrize(
    "text",
    [
        "граница: нули",
        "граница: отражение",
        "граница: ближайший",
        "на границе картинки окно выходит за её пределы",
        "режим границы задаёт, чем дополнить картинку",
        "пакет lessons написан на NumPy",
        "всё, что показывает пакет `lessons`",
        "установите пакеты Python из requirements.txt",
        "батч из 64 картинок, кот Челси, виджет, эталонная нейросеть, softmax",
        "разница 1,5 п. п.",
    ],
)
def test_the_glossary_has_no_false_positives_on_legitimate_wording(text):
    assert rejected_terms(text) == []


def test_every_glossary_entry_is_complete_and_follows_itself():
    names = [entry.english.lower() for entry in GLOSSARY]
    assert len(names) == len(set(names)), "an English term is listed twice"
    for entry in GLOSSARY:
        assert entry.russian and entry.first_use, entry
        assert rejected_terms(entry.russian) == [], entry  # the recommended term is never rejected
        assert rejected_terms(entry.first_use) == [], entry
    assert term("padding").first_use == "дополнение (padding)"
    assert term("Stride").first_use == "шаг (stride)"
    with pytest.raises(ValueError, match="not in the glossary"):
        term("convolutional cat")
    with pytest.raises(TypeError):
        rejected_terms(None)


# --- (2) the typography rules, checked on texts with a known answer -------------------------------


@pytest.mark.parametrize(
    "text, rule",
    [
        ("картинка 28 x 28", "«×»"),
        ("ядро 3x3", "«×»"),
        ("ядро {k} x {k}", "«×»"),
        ("отклик -1 вдоль нижней стороны", "«−»"),
        ("и так далее...", "«…»"),
        ("точность 97.69 на тесте", "decimal comma"),
        ("почти ровно 10% пикселей", "percent"),
        ("почти ровно 10 % пикселей", "percent"),
    ],
)
def test_typography_catches_each_fault(text, rule):
    assert any(rule in fault for fault in typography(text)), typography(text)


@pytest.mark.parametrize(
    "text",
    [
        "картинка 28 × 28, ядро 3×3",
        "отклик −1 вдоль нижней стороны, шаг 1–2 пикселя, 2026-11-28",
        "и так далее…",
        "точность 97,69 на тесте; Python 3.11 или новее; NumPy 2.4.6",
        "почти ровно 10\u00a0% пикселей",
        "`my_threshold = 0.42` и `np.ones((5, 5)) / 25`",
        "корреляция с [[-1, 1]]: Sequential([...])",
        "$$y = -1.5 x$$ и $k = 3$",
        "```python\nx = 3 * -1.5\n```",
        "точность {accuracy:.2%}",
    ],
)
def test_typography_leaves_correct_text_and_code_alone(text):
    assert typography(text) == []


# --- (a, b) every Russian text of the repository --------------------------------------------------


def test_no_russian_text_uses_a_rejected_term():
    problems = [(where, str(f)) for where, text in all_russian_texts() for f in rejected_terms(text)]
    assert not problems, report(problems)


def test_russian_texts_follow_russian_typography():
    problems = [(where, fault) for where, text in all_russian_texts() for fault in typography(text)]
    assert not problems, report(problems)


# --- (c) what the executed Russian notebooks show ------------------------------------------------

_STYLE_SCRIPT = re.compile(r"<(style|script)\b.*?</\1>", re.S | re.I)
_BLOCK_TAG = re.compile(r"</?(?:div|p|br|tr|td|th|li|table|h\d|pre|summary|details)\b[^>]*>", re.I)
_ALT = re.compile(r'\balt="([^"]*)"', re.I)
_HTML_TAG = re.compile(r"<[^<>]+>")
_DATA_URI = re.compile(r"data:[\w/+.-]+;base64,[\w+/=]+")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_THOUSANDS_COMMA = re.compile(
    r"(?<![\d,.])[1-9]\d{0,2}(?:,\d{3}){2,}(?![\d,])"  # 1,048,576: never a Russian decimal
    r"|(?<![\d,.])[1-9]\d{0,2},\d{3}(?![\d,])(?=\s*(?:параметр|вес|пиксел|картин|цифр|байт|умножен|сложен|значени|чис))"
)
_BOOLEAN = re.compile(r"\b(?:True|False)\b")
_NON_FINITE = re.compile(r"(?<![\w.])-?(?:inf|nan|NaN)\b")  # Russian writes «∞», «не число»
#: Words written in Latin letters in Russian texts on purpose: layer and library names, modes, units.
LATIN_ALLOWED = set(
    "softmax relu padding stride same valid zero reflect nearest keras pytorch numpy scipy mnist jupyter "
    "jupyterlab jupyterhub binder python dense flatten sequential adam sgd cnn cpu gpu png jpeg npz lessons "
    "sobel gx gy float int".split()
)
_CODE_WORD = re.compile(
    r"\b(?:[A-Za-z]*\d[\w]*|\w*_\w*|[A-Za-z]+(?:\.[A-Za-z_]\w*)+|[a-z]+[A-Z]\w*|[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}\w*)\b"
)


#: Code that says so: HTML's ``<code>`` element (a listing ``<pre><code class="language-python">`` of
#: :class:`lessons.frameworks.FrameworkCode`, the student's own Python ``<code>my_threshold = 0.7</code>``
#: in a check's message). It is code, not prose.
_CODE_LISTING = re.compile(r"<code\b[^>]*>.*?</code>", re.S | re.I)
#: What a printed Python or NumPy value is made of: numbers (NumPy's ``0.``, ``1e-05``, ``nan``),
#: brackets, separators, ``...`` of a long array, ``->`` and ``|`` between printed values, and the
#: words of a repr (``array(..., dtype=float32)``, ``np.float64(0.5)``, ``True``).
_VALUE_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?(?![\d.])"
_VALUE_WORD = (
    r"(?:np\.)?(?:array|dtype|float(?:16|32|64)|u?int(?:8|16|32|64)|bool_?|True|False|None|nan|inf)\b"
)
_PRINTED_VALUE = re.compile(rf"(?:\s|[\[\](),:|=]|->|\.\.\.|{_VALUE_NUMBER}|{_VALUE_WORD})+")


def printed_value(line: str) -> bool:
    """Whether a line of printed text is a Python or NumPy value (``[[ 0.5 -1. ]``, ``(5, 5) -> (5, 4)``,
    ``4 4.0``, ``True``): nothing but numbers, brackets and the words of a repr, with at least one
    number or boolean. Such a line is code: the same in both editions, written as Python writes it."""
    return _PRINTED_VALUE.fullmatch(line) is not None and re.search(r"\d|True|False", line) is not None


def output_text(output: dict) -> str:
    """The text a student sees of one output: HTML (its text and image captions, without what it marks as
    ``<code>``) when there is HTML, else markdown or plain text; a stream's text; an error's name and
    message."""
    kind = output.get("output_type")
    if kind == "stream":
        return _ANSI.sub("", output.get("text", ""))
    if kind == "error":
        return f"{output.get('ename')}: {output.get('evalue')}"
    data = output.get("data", {})
    if "text/html" in data:
        page = _DATA_URI.sub(" ", "".join(data["text/html"]))
        captions = []
        for _ in range(3):  # markup may hold escaped markup (a frame in a data attribute)
            page = _CODE_LISTING.sub("\n", _STYLE_SCRIPT.sub(" ", page))
            captions += [html.unescape(alt) for alt in _ALT.findall(page)]
            page = html.unescape(_HTML_TAG.sub(" ", _BLOCK_TAG.sub("\n", page)))
        return _HTML_TAG.sub(" ", page) + "\n" + "\n".join(captions)
    if any(mime.startswith("image/") for mime in data):
        return ""  # the picture is shown, not its text/plain stand-in ("<Figure size ...>")
    for mime in ("text/markdown", "text/plain"):
        if mime in data:
            return "".join(data[mime])
    return ""


def english_line(line: str) -> bool:
    """A line that reads as English: after code-like tokens (``Conv2D``, ``sobel_x``, ``np.diag``,
    file names) and the allowed Latin words are removed, at least two Latin words (or one of three
    letters or more on a line without Cyrillic) and more Latin letters than Cyrillic ones."""
    text = _CODE_WORD.sub(" ", _FILE.sub(" ", _URL.sub(" ", _BOOLEAN.sub(" ", line))))
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in LATIN_ALLOWED and len(w) > 1]
    latin = sum(len(w) for w in words)
    cyrillic = len(re.findall(r"[А-Яа-яЁё]", line))
    long_alone = len(words) == 1 and len(words[0]) >= 3 and cyrillic == 0
    return latin > cyrillic and (len(words) >= 2 or long_alone)


def output_faults(text: str) -> list[str]:
    """The faults of the prose of one output (:func:`output_prose`): glossary, decimal points, thousands
    commas, booleans, «×», «−», «…», the percent sign and English lines (nothing more is stripped as
    code but LaTeX, URLs and file names)."""
    faults_found = [str(f) for f in rejected_terms(text)]
    plain = _FILE.sub(" ", _URL.sub(" ", _LATEX.sub(" ", text)))
    for match in _DECIMAL_POINT.finditer(plain):
        if not _PRODUCT_VERSION.search(plain[: match.start()][-30:]):
            faults_found.append(f"decimal point {match.group(0)!r}")
    faults_found += [f"English thousands comma {m.group(0)!r}" for m in _THOUSANDS_COMMA.finditer(plain)]
    faults_found += [f"Python boolean {m.group(0)!r}" for m in _BOOLEAN.finditer(plain)]
    faults_found += [f"Python's {m.group(0)!r}, not «∞»/«не число»" for m in _NON_FINITE.finditer(plain)]
    faults_found += [f"«×» between numbers, not {m.group(0)!r}" for m in _TIMES.finditer(plain)]
    faults_found += [f"«−» before a digit, not {m.group(0)!r}" for m in _HYPHEN_MINUS.finditer(plain)]
    faults_found += [f"«…», not {m.group(0)!r}" for m in _DOTS.finditer(plain)]
    faults_found += [
        f"percent not as the number module writes it: {m.group(0)!r}" for m in _PERCENT.finditer(plain)
    ]
    for line in re.split(r"[\r\n]+", text):
        if line.strip() and english_line(line):
            faults_found.append(f"English line {line.strip()[:100]!r}")
    return faults_found


def output_prose(output: dict) -> str:
    """What of one output is read as prose and must be Russian: everything a result object renders as
    HTML (but what it marks as ``<code>``), and the lines of printed text (a stream, a plain-text
    result) that are not a printed Python or NumPy value (:func:`printed_value`)."""
    text = output_text(output)
    if output.get("output_type") == "error" or "text/html" in output.get("data", {}):
        return text
    return "\n".join(line for line in text.split("\n") if not printed_value(line))


def notebook_output_problems(name: str, notebook) -> list[tuple[str, str]]:
    """The faults of every output of an executed Russian notebook, one ``(where, fault)`` each."""
    problems = []
    for cell in notebook.cells:
        where = f"notebooks/ru/{name}.ipynb cell {cell.get('id')} output"
        for output in cell.get("outputs", []):
            for fault in output_faults(output_prose(output)):
                fault = re.sub(r" \(at \d+\)", "", fault)
                if (where, fault) not in problems:
                    problems.append((where, fault))
    return problems


@pytest.mark.notebooks
@pytest.mark.parametrize("name", NAMES)
def test_executed_russian_notebook_outputs_are_russian(executed_notebooks, name):
    run = executed_notebooks[("ru", name)]
    assert run.notebook is not None, f"ru/{name} did not run: {run.error}"
    problems = notebook_output_problems(name, run.notebook)
    if run.error:
        problems.append((f"notebooks/ru/{name}.ipynb", f"did not run to the end: {run.error[-300:]}"))
    assert not problems, report(problems)


def exempt_code(notebook) -> dict[str, list[str]]:
    """What :func:`output_prose` leaves out as code, by cell id: the ``<code>`` elements of HTML outputs
    and the printed values of the others."""
    found: dict[str, list[str]] = {}
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if "text/html" in output.get("data", {}):
                parts = _CODE_LISTING.findall("".join(output["data"]["text/html"]))
            elif output.get("output_type") != "error":
                parts = [line for line in output_text(output).split("\n") if printed_value(line)]
            else:
                parts = []
            found.setdefault(cell.get("id"), []).extend(parts)
    return {cell: parts for cell, parts in found.items() if parts}


@pytest.mark.notebooks
@pytest.mark.parametrize("name", NAMES)
def test_what_the_output_check_leaves_out_as_code_is_the_same_in_both_editions(executed_notebooks, name):
    english, russian = executed_notebooks[("en", name)], executed_notebooks[("ru", name)]
    assert english.notebook is not None and russian.notebook is not None, (english.error, russian.error)
    code_en, code_ru = exempt_code(english.notebook), exempt_code(russian.notebook)
    differ = {cell: (code_en.get(cell), code_ru.get(cell)) for cell in code_en.keys() | code_ru.keys()
              if code_en.get(cell) != code_ru.get(cell)}
    assert code_ru, f"ru/{name}: no printed value or code listing found: is the exemption rule still used?"
    assert not differ, f"code shown differently in en and ru (a translated text marked as code?): {differ}"


def _stream(text: str) -> dict:
    return {"output_type": "stream", "name": "stdout", "text": text}


def _html(page: str) -> dict:
    return {"output_type": "execute_result", "data": {"text/html": page, "text/plain": "..."}}


@pytest.mark.parametrize(
    "output",
    [
        _stream("[[ 0.   0.   5.   0.  -4. ]]\n[[0.5 1.  2. ]\n [nan 0.25 -1e-05]]\n"),  # print(array)
        _stream("300.0 300.0 250.0\n(5, 5) -> (5, 4)\nTrue\n"),  # print(x @ w, ...), print(shape, "->", ...)
        {"output_type": "execute_result", "data": {"text/plain": "array([0.5, 1. ], dtype=float32)"}},
        {"output_type": "execute_result", "data": {"text/plain": "np.float64(0.125)"}},
        _html('<pre><code class="language-python">model = keras.Sequential([\n    layers.Dense(10),\n])'
              "</code></pre>"),  # a listing that declares itself code
        _html("<div>✘ Пока нет. Запишите порог числом, например <code>my_threshold = 0.7</code>.</div>"),
        _stream("Свёртка равна корреляции: да.\n[[0.5 1. ]]\nточность 97,5\u00a0%\n"),  # prose and a value
    ],
)
def test_code_in_an_output_is_exempt_and_only_code(output):
    assert output_faults(output_prose(output)) == [], output_prose(output)


@pytest.mark.parametrize(
    "output, fault",
    [
        (_stream("Точность 0.5 на тесте\n"), "decimal point"),
        (_stream("[[0.5 1. ]]\nThe model learns the kernel\n"), "English line"),
        (_stream("Свёртка равна корреляции: True\n"), "boolean"),
        (_stream("[[ 0.5 -1. ]]\nотклик -1 вдоль нижней стороны\n"), "«−»"),
        (_html("<p>и так далее...</p>"), "«…»"),
        (_html("<p>шаг 3: потери inf</p>"), "«∞»"),
        (_stream("0.5 accuracy\n"), "decimal point"),  # a word makes a line prose
        (_html("<table><tr><td>3 × 3</td><td>0.5</td></tr></table>"), "decimal point"),  # a result's table
        (_html("<pre>full padding keeps every overlap</pre><code>x = 0.5</code>"), "English line"),
        (_html("<p>`my_threshold = 0.7`</p>"), "decimal point"),  # backticks are not HTML's code
        ({"output_type": "execute_result", "data": {"text/plain": "loss 0,31 after the first epoch"}},
         "English line"),
    ],
)
def test_prose_in_an_output_is_checked_whatever_surrounds_it(output, fault):
    assert any(fault in f for f in output_faults(output_prose(output))), output_faults(output_prose(output))


def test_the_output_checks_catch_english_output_and_leave_russian_alone():
    assert output_faults("epoch 1/5, loss 0.31") != []
    assert any("English line" in f for f in output_faults("epoch 1/5  batch 938/938  loss 0,29"))
    assert output_faults("The model has 1,048,576 parameters") != []
    assert any("boolean" in f for f in output_faults("True"))
    assert any("thousands" in f for f in output_faults("весов 4,096 параметров"))
    for russian in (
        "эпоха 1/5, потери 0,31",
        "Conv2D(1, 8, 3): параметров 80",
        "сумма весов 1,000",
        "точность 97,69\u00a0% после 4,2 с; файл cnn_mnist.npz",
        "ReLU(Собель по x)",
    ):
        assert output_faults(russian) == [], (russian, output_faults(russian))


# --- (d) a Russian session of every explorer -------------------------------------------------------


def _walk(widget) -> Iterator[object]:
    yield widget
    for child in getattr(widget, "children", ()) or ():
        yield from _walk(child)


def d3_format(value: float, spec: str) -> str:
    """``value`` as the browser's d3-format writes it for a slider readout: a decimal point always,
    U+2212 for the minus, trailing zeros kept by ``g`` unless ``~`` trims them."""
    trim = "~" in spec
    spec = spec.replace("~", "")
    if spec.endswith("g") and not trim:
        spec = "#" + spec  # Python drops a g's trailing zeros unless asked to keep them
    return format(value, spec).replace("-", "−")


def visible_texts(explorer, static: bool = True) -> Iterator[tuple[str, str]]:
    """Every text an explorer shows now: descriptions, tooltips, HTML and label values, option labels,
    titles, and its static picture's caption (the ``text/html`` view)."""
    import ipywidgets as widgets

    for widget in _walk(explorer.widget):
        kind = type(widget).__name__
        for attribute in ("description", "tooltip", "placeholder"):
            value = getattr(widget, attribute, None)
            if isinstance(value, str) and value:
                yield f"{kind}.{attribute}", value
        if isinstance(widget, (widgets.HTML, widgets.HTMLMath, widgets.Label)):
            yield (
                f"{kind}.value",
                output_text({"output_type": "display_data", "data": {"text/html": widget.value}}),
            )
        for label in getattr(widget, "_options_labels", ()) or ():
            yield f"{kind}.options", str(label)
        for title in getattr(widget, "titles", ()) or ():
            yield f"{kind}.titles", str(title)
        if isinstance(widget, (widgets.FloatSlider, widgets.FloatLogSlider)) and widget.readout:
            # the browser formats the readout itself (d3-format), always with a decimal point
            yield f"{kind}.readout", d3_format(widget.value, widget.readout_format)
    yield "summary (text/plain)", explorer.summary()
    if static:  # the picture for pages without widgets (slow for the playground: taken at the ends)
        page = {"output_type": "display_data", "data": {"text/html": explorer.static_html()}}
        yield "static picture (text/html)", output_text(page)


def drive(explorer) -> Iterator[str]:
    """Move every control of ``explorer`` as a student would: each option of every dropdown and toggle,
    every slider to its ends and back; yield a description of each move."""
    import ipywidgets as widgets

    controls = [
        w
        for w in _walk(explorer.widget)
        if isinstance(w, widgets.ValueWidget)
        and not isinstance(
            w,
            (widgets.HTML, widgets.HTMLMath, widgets.Label, widgets.FileUpload, widgets.Image, widgets.Play),
        )
    ]
    for control in controls:
        name = f"{type(control).__name__} {control.description!r}"
        start = control.value
        if hasattr(control, "options"):
            for value in list(getattr(control, "_options_values", ())):
                control.value = value
                yield f"{name} = {value!r}"
        elif hasattr(control, "min") and hasattr(control, "max"):
            for value in (control.min, control.max):
                control.value = value
                yield f"{name} = {value!r}"
        control.value = start
        yield f"{name} back to {start!r}"


def _explorers() -> dict[str, object]:
    from lessons import models, widgets

    return {
        "kernel_playground": lambda: widgets.kernel_playground(),
        "window_stepper": lambda: widgets.window_stepper(),
        "conv_arithmetic": lambda: widgets.conv_arithmetic(),
        "parameter_calculator": lambda: widgets.parameter_calculator(),
        "feature_maps": lambda: widgets.feature_maps(models.load_pretrained("cnn_mnist")),
    }


def explorer_problems(name: str) -> list[tuple[str, str]]:
    """Build the explorer ``name`` in Russian, drive it, and collect the faults of what it shows."""
    lessons.set_language("ru")
    try:
        explorer = _explorers()[name]()
        seen: dict[tuple[str, str], str] = {}
        for where, text in visible_texts(explorer):
            seen.setdefault((where, text), "as built")
        for move in drive(explorer):
            for where, text in visible_texts(explorer, static=False):
                seen.setdefault((where, text), move)
            if explorer.last_error is not None:
                return [(f"{name} after {move}", f"error {explorer.last_error!r}")]
        for where, text in visible_texts(explorer):
            seen.setdefault((where, text), "every control moved")
    finally:
        lessons.set_language("en")
    first: dict[tuple[str, str], tuple[str, str, str]] = {}  # the first example of each rule at each place
    count: dict[tuple[str, str], int] = {}
    for (where, text), move in seen.items():
        for fault in output_faults(text):
            rule = re.sub(r" \(at \d+\)|'.*", "", fault, flags=re.S).strip()
            first.setdefault((where, rule), (move, fault, text))
            count[where, rule] = count.get((where, rule), 0) + 1
    return [
        (
            f"{name} {where} (after {move}; {count[key]} time(s))",
            f"{fault} in {' '.join(text.split())[:140]!r}",
        )
        for key, (move, fault, text) in sorted(first.items())
        for where in [key[0]]
    ]


@pytest.mark.parametrize(
    "value, spec, d3",  # what d3.format(spec)(value) returns in a browser (d3-format 3)
    [
        (1.0, ".3g", "1.00"),
        (-0.41294, ".3g", "−0.413"),
        (2.0, ".1f", "2.0"),
        (1.0, "~g", "1"),
        (0.5, ".2f", "0.50"),
    ],
)
def test_slider_readouts_are_emulated_as_the_browser_writes_them(value, spec, d3):
    assert d3_format(value, spec) == d3


@pytest.mark.parametrize("name", sorted(_explorers()))
def test_a_russian_session_of_every_explorer_shows_russian(name):
    problems = explorer_problems(name)
    assert not problems, report(problems)


# --- (e) what a Russian student reads from a check, and when training goes wrong -------------------

#: Answers a student may give to any exercise before the right one: the placeholder, numbers of the
#: wrong kind, a string, arrays of other shapes, a function that returns nothing useful.
WRONG_ANSWERS = (0, -1, 2.5, None, "7", [1, 2], (1, 2), np.zeros((2, 2)), np.ones((5, 5)), lambda *a: 0)


def check_problems(name: str) -> list[tuple[str, str]]:
    """The faults of what ``check(name, answer)`` shows in Russian (its HTML) for each wrong answer."""
    from lessons.checks import check

    lessons.set_language("ru")
    try:
        shown = [(answer, check(name, answer)._repr_html_()) for answer in WRONG_ANSWERS]
    finally:
        lessons.set_language("en")
    return [
        (f"check({name!r}, {answer!r:.30})", f"{fault} in {output_text(_html(page))[:160]!r}")
        for answer, page in shown
        for fault in output_faults(output_text(_html(page)))
    ]


def test_a_russian_session_of_every_exercise_check_shows_russian():
    from lessons.checks import exercises

    problems = [problem for name in sorted(exercises()) for problem in check_problems(name)]
    assert not problems, report(problems)


# --- what a Russian student reads when training goes wrong ------------------------------------


def _fit_in_russian(images, labels, learning_rate: float) -> None:
    from lessons.nn import SGD, Dense, Flatten, Sequential

    lessons.set_language("ru")
    try:
        model = Sequential([Flatten(), Dense(784, 10)], seed=0)
        model.fit(images, labels, epochs=2, batch_size=32, optimizer=SGD(learning_rate), progress=False)
    finally:
        lessons.set_language("en")


@pytest.mark.parametrize("learning_rate", [1e3, 30.0])
def test_the_divergence_message_is_russian_prose_with_its_numbers_in_russian(learning_rate):
    from lessons.data import load_mnist, to_batch
    from lessons.nn.model import TrainingDiverged

    (x, y), _ = load_mnist()
    with pytest.raises(TrainingDiverged) as caught:
        _fit_in_russian(to_batch(x[:512]), y[:512], learning_rate)
    message = str(caught.value)
    assert message.startswith("Обучение разошлось"), message
    assert output_faults(message) == [] and typography(message) == [], (message, output_faults(message))


def test_the_raw_pixel_warning_is_russian_prose():
    from lessons.data import load_mnist
    from lessons.nn.model import RawPixelsWarning

    (x, y), _ = load_mnist()
    with pytest.warns(RawPixelsWarning) as caught:
        _fit_in_russian(x[:64, None].astype(np.float32) / 60, y[:64], 1e-3)  # pixels up to 4,25
    message = str(caught[0].message)
    assert "4,25" in message and output_faults(message) == [] and typography(message) == [], message


# --- (4) the README: a Russian part at parity with the English one --------------------------------

#: Each English section of the README and its Russian counterpart (same level, same order).
README_HEADINGS = {
    "## Quick start": "## Быстрый старт",
    "## The notebooks": "## Блокноты",
    "## Running it for a whole class": "## Для всего класса: JupyterHub и Binder",
    "## For instructors: slides": "## Для преподавателя: слайды",
    "### Export": "### Экспорт",
    "### Present": "### Показ",
    "### Print or save as PDF (handouts)": "### Печать и PDF (раздаточные материалы)",
    "### Take it to the classroom PC": "### На компьютер в классе",
    "### Russian decks": "### Русские и английские слайды",
    "## What is inside": "## Что внутри",
    "## From Keras to `lessons.nn`": "## От Keras к `lessons.nn`",
    "## Measured figures": "## Измеренные показатели",
    "### Browser tests (JupyterLab and Notebook 7)": "### Тесты в браузере (JupyterLab и Notebook 7)",
    "## For contributors": "## Для разработчиков курса",
    "## Data credits": "## Источники данных",
    "## License": "## Лицензия",
}


def _headings(part: str) -> list[str]:
    return re.findall(r"^#{2,3} .+$", _FENCED.sub("", part), flags=re.M)


def _sections(part: str) -> dict[str, str]:
    """``{heading: body}`` of the ``##``/``###`` sections of a README part (a body stops at the next
    heading of any level)."""
    pieces = re.split(r"^(#{2,3} .+)$", part, flags=re.M)
    return {pieces[i].strip(): pieces[i + 1] for i in range(1, len(pieces) - 1, 2)}


def _tables(body: str) -> list[tuple[int, int]]:
    """Shape (rows, columns) of each pipe table of a section."""
    shapes, rows = [], []
    for line in body.split("\n") + [""]:
        if line.startswith("|"):
            rows.append(line.strip().strip("|").split("|"))
        elif rows:
            shapes.append((len(rows), len(rows[0])))
            rows = []
    return shapes


def test_every_english_readme_section_has_its_russian_counterpart_in_the_same_order():
    english, russian = readme_parts()
    assert _headings(english) == list(README_HEADINGS), (
        "README's English headings changed: update README_HEADINGS"
    )
    assert _headings(russian) == list(README_HEADINGS.values())


def _commands(block: str) -> list[str]:
    """The commands of a shell block, without their ``#`` comments (those are translated)."""
    return [line.split("  #")[0].rstrip() for line in block.split("\n")[1:-1] if line.strip()]


def test_the_russian_readme_sections_have_the_same_commands_and_tables():
    english, russian = (_sections(part) for part in readme_parts())
    for heading_en, heading_ru in README_HEADINGS.items():
        commands_ru = [c for block in _FENCED.findall(russian[heading_ru]) for c in _commands(block)]
        for block in _FENCED.findall(english[heading_en]):
            for command in _commands(block):
                assert command in commands_ru, (
                    f"{heading_ru!r} lacks the command of {heading_en!r}: {command}"
                )
        tables_en, tables_ru = _tables(english[heading_en]), _tables(russian[heading_ru])
        assert tables_en == tables_ru, (
            f"{heading_ru!r}: tables {tables_ru} (rows, columns), English {tables_en}"
        )


def test_both_quick_start_commands_appear_verbatim_in_the_russian_part():
    english, russian = (_sections(part) for part in readme_parts())
    blocks_en = _FENCED.findall(english["## Quick start"])
    blocks_ru = _FENCED.findall(russian["## Быстрый старт"])
    assert len(blocks_en) == 2, "the English quick start has a course command and a test command"
    for block in blocks_en:
        assert block in blocks_ru, f"not verbatim in «Быстрый старт»:\n{block}"
    course_ru = blocks_en[0].replace("notebooks/en/", "notebooks/ru/")
    assert course_ru in blocks_ru, "the Russian edition's own course command is missing"


def test_readme_links_point_to_files_that_exist():
    text = README.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text)
    missing = [t for t in targets if not re.match(r"[a-z]+://", t) and not (ROOT / t).exists()]
    assert targets and not missing, missing
    anchors = re.findall(r"\]\(#([^)]+)\)", text)
    slugs = {
        re.sub(r"[^\w\- ]", "", h.lstrip("#").strip().lower()).replace(" ", "-")
        for h in re.findall(r"^#+ .+$", _FENCED.sub("", text), flags=re.M)
    }
    assert all(anchor in slugs for anchor in anchors), (anchors, slugs)
