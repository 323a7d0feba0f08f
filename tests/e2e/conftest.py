"""Fixtures of the end-to-end suite: a private Jupyter server and a headless Chromium.

Each test module gets its own server (JupyterLab or Notebook 7) on 127.0.0.1, on a port the
operating system chooses, with a random token, serving a temporary copy of ``notebooks/`` (running
cells never writes into the repository). Every Jupyter directory (config, data, runtime, settings,
workspaces, IPython) is a fresh temporary one, so the user's own settings and extensions play no
part, and the news feed and the update check are off, so nothing leaves the machine. The server is
stopped in the fixture's teardown, whatever happened in the tests.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
if str(TESTS) not in sys.path:  # tests/browser.py, shared with the slides tests
    sys.path.insert(0, str(TESTS))


REPO = TESTS.parent
NOTEBOOKS = REPO / "notebooks"
SERVER_START_TIMEOUT_S = 90.0
SERVER_STOP_TIMEOUT_S = 20.0

# JupyterLab settings for this private server only: no news, no update check, no toasts.
USER_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
        "doNotDisturbMode": True,
    },
}


# --------------------------------------------------------------------------------------------
# Jupyter server


@dataclass
class JupyterServer:
    """A running Jupyter server: where it listens, its token and the folder it serves."""

    app: str
    port: int
    token: str
    root: Path
    log: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        """Address of ``path`` (e.g. ``"lab/tree/en/x.ipynb"``) with the token."""
        return f"{self.base}/{path.lstrip('/')}?token={self.token}"

    def api(self, method: str, path: str) -> object:
        """Call the server's REST API (``path`` like ``"api/kernels"``); return the decoded JSON."""
        request = urllib.request.Request(
            f"{self.base}/{path}", method=method, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            body = answer.read()
        return json.loads(body) if body else None

    def shutdown_kernels(self) -> None:
        """Shut down every kernel of the server (a closed page leaves its kernel running)."""
        for kernel in self.api("GET", "api/kernels"):
            self.api("DELETE", f"api/kernels/{kernel['id']}")


def copy_notebooks(destination: Path) -> Path:
    """Copy the repository's ``notebooks/`` (without caches and checkpoints) to ``destination``."""
    ignore = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "*.pyc")
    shutil.copytree(NOTEBOOKS, destination, ignore=ignore)
    return destination


def private_environment(home: Path) -> dict[str, str]:
    """Environment of the server: every Jupyter/IPython directory in ``home``."""
    dirs = {
        "JUPYTER_CONFIG_DIR": home / "config",
        "JUPYTER_DATA_DIR": home / "data",
        "JUPYTER_RUNTIME_DIR": home / "runtime",
        "JUPYTERLAB_SETTINGS_DIR": home / "lab-settings",
        "JUPYTERLAB_WORKSPACES_DIR": home / "lab-workspaces",
        "IPYTHONDIR": home / "ipython",
        "MPLCONFIGDIR": home / "matplotlib",
    }
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    for name, settings in USER_SETTINGS.items():
        target = dirs["JUPYTERLAB_SETTINGS_DIR"] / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(settings))
    # Server-side: no news feed, no update check; the app object exposed for the tests.
    config = {
        "LabApp": {
            "news_url": None,
            "check_for_updates_class": "jupyterlab.handlers.announcements.NeverCheckForUpdate",
            "expose_app_in_browser": True,
            "extension_manager": "readonly",  # the "pypi" manager would query the index
        },
        "JupyterNotebookApp": {"expose_app_in_browser": True},
    }
    (dirs["JUPYTER_CONFIG_DIR"] / "jupyter_server_config.json").write_text(json.dumps(config))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "IPYTHON"))}
    env.update({name: str(path) for name, path in dirs.items()})
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env["PYTHONUNBUFFERED"] = "1"
    return env


def wait_until_up(process: subprocess.Popen, runtime: Path, token: str, log: Path) -> int:
    """Wait for the server's info file, then for ``/api/status`` to answer; return the port."""
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    info_file = runtime / f"jpserver-{process.pid}.json"
    port = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(errors="replace")[-4000:]
            raise RuntimeError(f"the Jupyter server exited with {process.returncode}:\n{tail}")
        if port is None and info_file.exists():
            try:
                port = int(json.loads(info_file.read_text())["port"])
            except (ValueError, KeyError):
                port = None  # half-written; read it again
        if port is not None:
            status = urllib.request.Request(
                f"http://127.0.0.1:{port}/api/status", headers={"Authorization": f"token {token}"}
            )
            try:
                with urllib.request.urlopen(status, timeout=5) as answer:
                    if answer.status == 200:
                        return port
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
        time.sleep(0.2)
    tail = log.read_text(errors="replace")[-4000:]
    raise RuntimeError(f"the Jupyter server did not answer within {SERVER_START_TIMEOUT_S:.0f} s:\n{tail}")


def stop(process: subprocess.Popen) -> None:
    """Stop the server: SIGTERM, wait, then SIGKILL; then kill what is left of its process group
    (its kernels), which this fixture created with ``start_new_session``."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(SERVER_STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(SERVER_STOP_TIMEOUT_S)
    try:
        os.killpg(process.pid, signal.SIGKILL)  # the group id is the server's pid
    except (ProcessLookupError, PermissionError):
        pass


def start_jupyter(app: str, tmp: Path) -> Iterator[JupyterServer]:
    """Run ``python -m jupyterlab`` (``app="lab"``) or ``python -m notebook`` (``app="notebook"``).

    Yields a :class:`JupyterServer`; the server is always stopped when the generator is closed.
    """
    module = {"lab": "jupyterlab", "notebook": "notebook"}[app]
    root = copy_notebooks(tmp / "notebooks")
    env = private_environment(tmp / "home")
    token = secrets.token_hex(24)
    log = tmp / f"{app}-server.log"
    command = [
        sys.executable,
        "-m",
        module,
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        "--ServerApp.port=0",  # the OS chooses a free port; read back from the info file
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--ServerApp.terminals_enabled=False",
        "--ServerApp.allow_root=True",  # CI runs as root; harmless otherwise
    ]
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            command,
            cwd=tmp,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            port = wait_until_up(process, Path(env["JUPYTER_RUNTIME_DIR"]), token, log)
            yield JupyterServer(app=app, port=port, token=token, root=root, log=log)
        finally:
            stop(process)


@pytest.fixture(scope="module")
def lab_server(tmp_path_factory) -> Iterator[JupyterServer]:
    """A JupyterLab server for the tests of one module."""
    yield from start_jupyter("lab", tmp_path_factory.mktemp("jupyterlab"))


@pytest.fixture(scope="module")
def notebook7_server(tmp_path_factory) -> Iterator[JupyterServer]:
    """A Notebook 7 server for the tests of one module."""
    yield from start_jupyter("notebook", tmp_path_factory.mktemp("notebook7"))
