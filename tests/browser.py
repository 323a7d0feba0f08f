"""Headless Chromium for the browser tests (slides, JupyterLab end-to-end), driven by Playwright.

Debian's ``chromium`` is used (``/usr/bin/chromium``, or the path in ``COURSE_CHROMIUM``); Playwright's
own browser download is not needed. With no Chromium the test FAILS, saying how to install it.

    from browser import launch_chromium, offline_page

    with launch_chromium() as browser, offline_page(browser) as page:
        page.goto(deck.as_uri())
        ...
        assert page.blocked == [] and page.errors == []
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM_ENV = "COURSE_CHROMIUM"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INSTALL_HINT = (
    "Chromium is needed for the browser tests: install it with `apt-get install chromium` "
    f"(Debian/Ubuntu), or set {CHROMIUM_ENV} to the path of a Chromium or Chrome executable."
)


def chromium_path() -> str:
    """Return the Chromium executable to use, or fail the test with an install hint."""
    candidates = [os.environ.get(CHROMIUM_ENV, ""), "/usr/bin/chromium", shutil.which("chromium") or ""]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    pytest.fail(INSTALL_HINT, pytrace=False)


@contextmanager
def launch_chromium() -> Iterator[object]:
    """Start headless Chromium with Playwright and yield the ``Browser``; closed on exit."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - depends on the environment
        pytest.fail("Playwright is needed: python -m pip install -r requirements-test.txt", pytrace=False)
    path = chromium_path()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def offline_page(
    browser, viewport: tuple[int, int] = (1280, 800), allowed: tuple[str, ...] = ("file:", "data:")
):
    """Yield a new page on which every request not starting with ``allowed`` is aborted.

    The page gets three lists, filled while it is used: ``page.blocked`` (URLs of the aborted
    requests), ``page.errors`` (console errors and uncaught exceptions) and ``page.popups``.
    """
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    blocked: list[str] = []
    errors: list[str] = []

    def route(route) -> None:
        url = route.request.url
        if url.startswith(allowed):
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    def watch(page) -> None:
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))

    context.route("**/*", route)
    context.on("page", watch)
    page = context.new_page()
    page.blocked, page.errors = blocked, errors
    try:
        yield page
    finally:
        context.close()
