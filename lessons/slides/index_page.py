"""The index pages: ``<out>/<lang>/index.html`` lists that language's decks, ``<out>/index.html``
links the languages. They are rebuilt from the deck files present, so they are never stale."""

from __future__ import annotations

import html
import re
from pathlib import Path

from lessons.i18n import LANGUAGES, tr

DECK_SUFFIX = ".slides.html"
_TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)

_PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em;
       font-size: 20px; line-height: 1.5; color: #222; }}
a {{ color: #1a5fb4; }}
ul {{ list-style: none; padding: 0; }}
li {{ margin: 0.4em 0; }}
.file {{ color: #666; font-size: 0.8em; font-family: monospace; margin-left: 0.6em; }}
.help {{ background: #f4f4f4; padding: 0.8em 1em; border-radius: 6px; }}
</style>
</head>
<body>
<h1>{title}</h1>
{body}
</body>
</html>
"""


def deck_title(path: Path) -> str:
    """Return the ``<title>`` of a deck file (its notebook's first heading), or its file name."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        match = _TITLE.search(handle.read(20_000))
    return html.unescape(match.group(1)).strip() if match else path.name.removesuffix(DECK_SUFFIX)


def _language_page(folder: Path, lang: str, others: list[str]) -> str:
    printable = html.escape(tr("slides.index_print", language=lang))
    items = "\n".join(
        f'<li><a href="{html.escape(deck.name)}">{html.escape(deck_title(deck))}</a> '
        f'<a class="file" href="{html.escape(deck.name)}?print-pdf">{printable}</a> '
        f'<span class="file">{html.escape(deck.name)}</span></li>'
        for deck in sorted(folder.glob(f"*{DECK_SUFFIX}"))
    )
    body = f'<ul>\n{items}\n</ul>\n<p class="help">{html.escape(tr("slides.index_help", language=lang))}</p>'
    if others:
        links = " · ".join(
            f'<a href="../{other}/index.html">{html.escape(tr("slides.language_name", language=other))}</a>'
            for other in others
        )
        body += f"\n<p>{html.escape(tr('slides.index_other_languages', language=lang))}: {links}</p>"
    return _PAGE.format(lang=lang, title=html.escape(tr("slides.index_title", language=lang)), body=body)


def write_indexes(root: str | Path) -> Path:
    """Rewrite ``root/<lang>/index.html`` for every language folder with decks, and ``root/index.html``.

    Parameters
    ----------
    root : str or Path
        The output folder (``build/slides``), holding one folder per language.

    Returns
    -------
    Path
        The path of ``root/index.html``.
    """
    root = Path(root)
    present = [lang for lang in LANGUAGES if any((root / lang).glob(f"*{DECK_SUFFIX}"))]
    for lang in present:
        others = [other for other in present if other != lang]
        (root / lang / "index.html").write_text(_language_page(root / lang, lang, others), encoding="utf-8")
    items = "\n".join(
        f'<li><a href="{lang}/index.html">{html.escape(tr("slides.index_title", language=lang))}</a> '
        f"({html.escape(tr('slides.language_name', language=lang))})</li>"
        for lang in present
    )
    title = " / ".join(tr("slides.index_title", language=lang) for lang in present)
    page = _PAGE.format(
        lang=present[0] if present else "en", title=html.escape(title), body=f"<ul>\n{items}\n</ul>"
    )
    path = root / "index.html"
    path.write_text(page, encoding="utf-8")
    return path
