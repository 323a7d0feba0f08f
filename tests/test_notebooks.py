"""The course notebooks: committed clean, built from their sources, the two editions in step, and
every one runs top to bottom in a fresh kernel (executed once per run, see conftest.py)."""

from __future__ import annotations

import ast
import importlib.util
import io
import json
import re
import sys
import tokenize

import pytest

from course import LANGUAGES, NOTEBOOKS, notebook_names

NAMES = notebook_names()
SLIDE_TYPES = {"slide", "subslide", "fragment", "-", "skip", "notes"}


def _load(language: str, name: str) -> dict:
    return json.loads((NOTEBOOKS / language / f"{name}.ipynb").read_text(encoding="utf-8"))


def _builder():
    spec = importlib.util.spec_from_file_location("notebook_builder", NOTEBOOKS / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_course_has_its_six_notebooks_in_both_languages():
    assert len(NAMES) == 6, NAMES
    assert sorted(p.stem for p in (NOTEBOOKS / "ru").glob("*.ipynb")) == NAMES


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_committed_without_outputs_and_as_built_from_source(language, name):
    notebook = _load(language, name)
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, cell["id"]
    builder = _builder()
    expected = builder.render(builder.build_notebook(name, language))
    actual = (NOTEBOOKS / language / f"{name}.ipynb").read_text(encoding="utf-8")
    assert actual == expected, f"run `python notebooks/build.py {name}`: the .ipynb differs from its source"


@pytest.mark.parametrize("name", NAMES)
def test_editions_share_code_slides_and_tags(name):
    en, ru = _load("en", name), _load("ru", name)
    assert len(en["cells"]) == len(ru["cells"])
    first_code = [c for c in en["cells"] if c["cell_type"] == "code"][0]
    assert "language" in first_code["metadata"]["tags"]
    for a, b in zip(en["cells"], ru["cells"], strict=True):
        assert a["cell_type"] == b["cell_type"] and a["metadata"] == b["metadata"]
        assert a["metadata"]["slideshow"]["slide_type"] in SLIDE_TYPES
        assert a["id"] == b["id"]
        if a["cell_type"] == "code" and "language" not in a["metadata"].get("tags", []):
            assert _without_comments("".join(a["source"])) == _without_comments("".join(b["source"])), (
                f"code cell {a['id']} differs between en and ru (comments aside)"
            )
    for language, notebook in (("en", en), ("ru", ru)):
        tagged = [c for c in notebook["cells"] if "language" in c["metadata"].get("tags", [])]
        assert len(tagged) == 1 and f'lessons.set_language("{language}")' in "".join(tagged[0]["source"])


def _without_comments(source: str) -> list[tuple[int, str]]:
    """A code cell's tokens without its comments: the code two editions must share."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT}
    return [(t.type, t.string) for t in tokens if t.type not in skip]


def _is_code(text: str) -> bool:
    try:
        ast.parse(text)
    except SyntaxError:
        return False
    return True


def test_comments_are_translated_in_the_russian_edition():
    for name in NAMES:
        _builder().load_cells(name)
    sys.path.insert(0, str(NOTEBOOKS / "src"))
    try:
        import cells
    finally:
        sys.path.remove(str(NOTEBOOKS / "src"))
    assert cells.UNTRANSLATED == [], "pass ru={...} to code() for these comments"
    for name in NAMES:
        for cell in _load("ru", name)["cells"]:
            if cell["cell_type"] == "code" and "language" not in cell["metadata"].get("tags", []):
                for comment in cells.comments("".join(cell["source"])):
                    # words, not code: an identifier such as kernel3 or a call such as f(x) is code
                    if _is_code(comment):
                        continue  # a commented-out line of code, e.g. `model = load_pretrained(...)`
                    plain = r"[A-Za-zА-Яа-яЁё,.;:!?«»—-]+"
                    words = [w for w in re.split(r"\s+", comment) if re.fullmatch(plain, w)]
                    latin = [w for w in words if re.search(r"[A-Za-z]", w)]
                    assert len(latin) <= len(words) / 2 or "(" in comment, (name, comment)


@pytest.mark.parametrize("name", NAMES)
def test_no_translation_key_in_notebook_code(name):
    """A student reads the lesson's call and its self-displaying result, never ``tr("nb..."...)``."""
    for cell in _load("en", name)["cells"]:
        if cell["cell_type"] == "code":
            assert not re.search(r"\btr\(", "".join(cell["source"])), f"{name}/{cell['id']} calls tr("


@pytest.mark.parametrize("name", NAMES)
def test_cell_ids_are_named_not_numbered(name):
    ids = [cell["id"] for cell in _load("en", name)["cells"]]
    assert len(set(ids)) == len(ids)
    assert not any(re.fullmatch(r"c\d+", i) for i in ids), ids


def _prose(markdown: str) -> str:
    """Markdown without code, formulas, links' targets, HTML tags and inline code."""
    text = re.sub(r"```.*?```", " ", markdown, flags=re.S)
    text = re.sub(r"\$\$.*?\$\$|\$[^$]*\$", " ", text, flags=re.S)
    text = re.sub(r"`[^`]*`|<[^>]+>|\]\([^)]*\)", " ", text)
    return text


@pytest.mark.parametrize("name", NAMES)
def test_russian_markdown_is_russian(name):
    for cell in _load("ru", name)["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        prose = _prose("".join(cell["source"]))
        latin = len(re.findall(r"[A-Za-z]", prose))
        cyrillic = len(re.findall(r"[А-Яа-яЁё]", prose))
        assert cyrillic >= 2 * latin, f"{cell['id']}: mostly not Russian: {prose[:120]!r}"
        for wrong in ("свертк", "сверточн", "Свертк", "Сверточн", " еще ", "Еще "):
            assert wrong not in prose, f"{cell['id']}: write ё in {wrong.strip()!r}"


@pytest.mark.parametrize("name", NAMES)
def test_every_notebook_has_two_to_four_checked_exercises(name):
    code = "\n".join("".join(c["source"]) for c in _load("en", name)["cells"] if c["cell_type"] == "code")
    exercises = set(re.findall(r"""\bcheck\(\s*["']([a-z0-9_]+)["']""", code))
    assert 2 <= len(exercises) <= 4, exercises
    from lessons.checks import exercises as registered

    assert exercises <= registered().keys()


def _visible_text(output: dict) -> str:
    if output["output_type"] == "stream":
        return output["text"]
    if output["output_type"] == "error":
        return "\n".join(output["traceback"])
    data = output.get("data", {})
    return data.get("text/html") or data.get("text/plain") or ""


@pytest.mark.notebooks
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_runs_top_to_bottom_in_a_fresh_kernel(executed_notebooks, language, name):
    run = executed_notebooks[(language, name)]
    assert run.error is None, f"{language}/{name} failed:\n{run.error}"
    for cell in run.notebook.cells:
        if cell.cell_type != "code":
            continue
        assert cell.execution_count is not None
        for output in cell.outputs:
            assert output["output_type"] != "error", _visible_text(output)
            text = _visible_text(output)
            assert "Traceback" not in text and "Error:" not in text, f"{cell.id}: {text[:400]}"
            data = output.get("data", {})
            if "application/vnd.jupyter.widget-view+json" in data:
                # without a kernel (HTML, slides) an explorer leaves a picture, never IntSlider(...)
                assert "text/html" in data, f"{cell.id}: widget output without a static fallback"
                assert "IntSlider(" not in data["text/html"]
