"""JupyterLab really serves the notebooks: start it on a free loopback port and open each through its REST API."""

import json
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from claimcheck import config

TOKEN = "claimcheck-test-token"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab_server(tmp_path_factory):
    port = free_port()
    runtime = tmp_path_factory.mktemp("jupyter-runtime")
    process = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         f"--IdentityProvider.token={TOKEN}", f"--ServerApp.root_dir={config.ROOT}", "--ServerApp.open_browser=False", "--allow-root"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**__import__("os").environ, "JUPYTER_RUNTIME_DIR": str(runtime)},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/api/status?token={TOKEN}", timeout=1)
                break
            except OSError:
                time.sleep(0.25)
        else:
            pytest.fail("JupyterLab did not start within 30 s")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=15)


def get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def test_lab_lists_the_notebooks(lab_server):
    listing = get(f"{lab_server}/api/contents/notebooks?token={TOKEN}")
    names = {item["name"] for item in listing["content"]}
    assert set(config.NOTEBOOK_ORDER) <= names


@pytest.mark.parametrize("name", config.NOTEBOOK_ORDER)
def test_lab_opens_each_notebook(lab_server, name):
    model = get(f"{lab_server}/api/contents/notebooks/{name}?token={TOKEN}&content=1")
    assert model["type"] == "notebook"
    assert any("parameters" in c["metadata"].get("tags", []) for c in model["content"]["cells"])


def test_lab_serves_its_web_application(lab_server):
    with urllib.request.urlopen(f"{lab_server}/lab?token={TOKEN}", timeout=10) as response:
        assert response.status == 200
        assert b"JupyterLab" in response.read()
