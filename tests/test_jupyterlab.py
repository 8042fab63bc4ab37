"""JupyterLab as `make lab` starts it, driven in the system Chromium: every notebook runs in the Lab UI.

One Lab server (started by `make lab` itself, on a free loopback port with a token) and one browser page
serve all the notebooks: each is opened from the file browser, run with Run > Run All Cells, and checked
for error and stderr outputs once the kernel is idle. The project's settings (claimcheck/lab-settings/,
installed by `make lab`) must keep the news pop-up and the update check away. Jupyter's user folders
point at temporary ones, and the notebooks write into the tests' build cache (CLAIMCHECK_BUILD_CACHE,
set by conftest.py and inherited by the server and its kernels), so the repository is left alone.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from claimcheck import config

TOKEN = "claimcheck-test-token"
ARTIFACTS = config.TESTS / "artifacts"
NOTIFICATION_PLUGIN = "@jupyterlab/apputils-extension:notification"
# JupyterLab 4 renders a traceback like a stderr stream (same data-mime-type, no class of its own), so
# both are read from these outputs and told apart by their text; 'application/vnd.jupyter.error' is there
# in case a later Lab gives errors their own type.
PROBLEM_OUTPUTS = ('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"], '
                   '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"], '
                   '.jp-RenderedText[data-mime-type="application/vnd.jupyter.error"]')
TRACEBACK = re.compile(r"Traceback|^-{20,}\s*\n\s*\w+(Error|Exception|Interrupt|Exit)\b", re.MULTILINE)
STARTUP_TIMEOUT = 60  # s, for the server and for Lab in the browser
RUN_TIMEOUT = 180  # s, for one notebook's cells


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def lab_server(tmp_path_factory):
    """`make lab`, on a free loopback port with a token, its user folders in a temporary one."""
    home = tmp_path_factory.mktemp("jupyter-home")
    folders = {"JUPYTER_RUNTIME_DIR": "runtime", "JUPYTER_CONFIG_DIR": "config", "JUPYTER_DATA_DIR": "data",
               "JUPYTERLAB_SETTINGS_DIR": "lab-settings", "JUPYTERLAB_WORKSPACES_DIR": "lab-workspaces",
               "IPYTHONDIR": "ipython"}
    env = {**os.environ, **{name: str(home / folder) for name, folder in folders.items()}}
    # The test's own user settings, so that running the notebooks writes nothing into notebooks/: no autosave,
    # and checkpoints (which Lab makes on opening a notebook) in the temporary folder, not .ipynb_checkpoints/.
    docmanager = home / "lab-settings" / "@jupyterlab" / "docmanager-extension" / "plugin.jupyterlab-settings"
    docmanager.parent.mkdir(parents=True)
    docmanager.write_text(json.dumps({"autosave": False}), encoding="utf-8")
    (home / "config").mkdir()
    (home / "config" / "jupyter_server_config.json").write_text(
        json.dumps({"FileCheckpoints": {"checkpoint_dir": str(home / "checkpoints")}}), encoding="utf-8")

    port = free_port()
    lab_args = (f"--no-browser --ip=127.0.0.1 --port={port} --IdentityProvider.token={TOKEN} "
                "--ServerApp.open_browser=False")
    log = home / "lab.log"
    # `make lab` itself (with --allow-root as root), minus the venv check that `make test` has just done (-o setup)
    with log.open("w") as out:
        process = subprocess.Popen(
            ["make", "--no-print-directory", "-s", "-o", "setup", "lab", f"LAB_ARGS={lab_args}"],
            cwd=config.ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={TOKEN}", timeout=1)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"`make lab` did not start JupyterLab:\n{log.read_text()[-3000:]}")
                time.sleep(0.1)
        yield base, log
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # make, and the server below it (which stops its kernels)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="module")
def lab(lab_server):
    """One browser page with JupyterLab loaded, and every request it makes."""
    if not config.CHROMIUM.exists():
        pytest.fail(f"{config.CHROMIUM} is missing: {config.CHROMIUM_INSTALL}")
    base, _ = lab_server
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(config.CHROMIUM), args=list(config.CHROMIUM_ARGS))
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.set_default_timeout(STARTUP_TIMEOUT * 1000)
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(f"{base}/lab?token={TOKEN}")
        page.wait_for_selector(".jp-DirListing-item[data-file-type='notebook']")
        yield page, requests
        browser.close()


def test_the_project_setting_turns_news_and_update_checks_off(lab_server):
    base, _ = lab_server
    plugin = get(f"{base}/lab/api/settings/{NOTIFICATION_PLUGIN}?token={TOKEN}")
    assert plugin["settings"] == {}, "the test's user settings must not decide this"
    defaults = {key: spec.get("default") for key, spec in plugin["schema"]["properties"].items()}
    assert defaults["fetchNews"] == "false" and defaults["checkForUpdates"] is False, defaults


def panel_of(name: str) -> str:
    return f'.jp-NotebookPanel[data-test-notebook="{name}"]'


def open_and_start(page, name: str) -> None:
    """Open `name` from the file browser, wait for its kernel, and run every cell from the Run menu."""
    page.locator(".jp-DirListing-item", has=page.locator(".jp-DirListing-itemText", has_text=name)).dblclick()
    page.wait_for_function("""name => {
        const tab = document.querySelector('#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel');
        const panel = document.querySelector('#jp-main-dock-panel .jp-NotebookPanel:not(.lm-mod-hidden)');
        // the status bar says "Python 3 (ipykernel) | Idle" only once the kernel is connected; the toolbar's
        // indicator already says idle while there is no kernel yet
        const kernel = [...document.querySelectorAll('.jp-StatusBar-TextItem')].map(e => e.textContent.trim())
                       .find(text => / \\| \\w+$/.test(text));
        if (!(tab && tab.textContent === name && panel && kernel && !kernel.startsWith('No Kernel') &&
              kernel.endsWith('| Idle') &&
              panel.querySelector('.jp-Notebook-ExecutionIndicator').dataset.status === 'idle')) return false;
        panel.dataset.testNotebook = name;  // to find it again once another notebook is in front
        return true;
    }""", arg=name)
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()


def wait_until_done(page, name: str) -> None:
    """Idle, nothing queued or running ([*]), and something ran (a cell that raises clears the queue)."""
    page.wait_for_function("""panel => {
        panel = document.querySelector(panel);
        const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent);
        return panel.querySelector('.jp-Notebook-ExecutionIndicator').dataset.status === 'idle' &&
               !prompts.some(p => p.includes('*')) && prompts.some(p => /\\[\\d+\\]/.test(p));
    }""", arg=panel_of(name), timeout=RUN_TIMEOUT * 1000)


def news_on_screen(page) -> list[str]:
    """Toasts and dialogs that mention news or updates."""
    shown = page.eval_on_selector_all(".Toastify__toast, .jp-Dialog",
                                      "els => els.filter(e => e.getClientRects().length).map(e => e.innerText)")
    return [text for text in shown if re.search(r"\bnews\b|update", text, re.IGNORECASE)]


@pytest.fixture(scope="module")
def runs(lab):
    """Every notebook opened and run in the one Lab page: what each shows afterwards.

    Each notebook starts running as soon as it is open, so its kernel works while the next one opens."""
    page, _ = lab
    ARTIFACTS.mkdir(exist_ok=True)
    failures = {}
    for name in config.NOTEBOOK_ORDER:
        try:
            open_and_start(page, name)
        except PlaywrightError as error:
            failures[name] = str(error).splitlines()[0]
    results = {}
    for name in config.NOTEBOOK_ORDER:
        if name not in failures:
            try:
                wait_until_done(page, name)
                page.locator("#jp-main-dock-panel .lm-TabBar-tab", has_text=name).click()
                page.locator(panel_of(name)).wait_for(state="visible")
            except PlaywrightError as error:
                failures[name] = str(error).splitlines()[0]
        page.screenshot(path=ARTIFACTS / f"lab-{Path(name).stem}.png")
        cells = page.evaluate("""([panel, problems]) => {
            panel = document.querySelector(panel);
            return panel ? [...panel.querySelectorAll('.jp-CodeCell')].map(cell => ({
                prompt: cell.querySelector('.jp-InputArea-prompt').textContent.trim(),
                problems: [...cell.querySelectorAll(problems)].map(o => o.innerText).filter(t => t.trim()),
            })) : [];
        }""", [panel_of(name), PROBLEM_OUTPUTS])
        dialogs = page.eval_on_selector_all(".jp-Dialog", "els => els.map(e => e.innerText)")
        results[name] = {"failure": failures.get(name), "cells": cells, "dialogs": dialogs,
                         "news": news_on_screen(page)}
    return results


@pytest.mark.parametrize("name", config.NOTEBOOK_ORDER)
def test_each_notebook_runs_in_lab_without_an_error(runs, name):
    run = runs[name]
    cells = run["cells"]
    tracebacks = [(i, text) for i, c in enumerate(cells, 1) for text in c["problems"] if TRACEBACK.search(text)]
    stderr = [(i, text) for i, c in enumerate(cells, 1) for text in c["problems"] if not TRACEBACK.search(text)]
    assert not tracebacks, "\n\n".join(f"{name}, code cell {i} raised:\n{text[-2000:]}" for i, text in tracebacks)
    assert not stderr, "\n\n".join(f"{name}, code cell {i} wrote to stderr:\n{text[-2000:]}" for i, text in stderr)
    assert run["failure"] is None, f"{name}: {run['failure']} (see tests/artifacts/lab-{Path(name).stem}.png)"
    assert run["dialogs"] == [], f"{name}: a dialog is open: {run['dialogs']}"
    assert cells, f"{name} shows no code cell"
    unrun = [i for i, c in enumerate(cells, 1) if not re.fullmatch(r"\[\d+\]:", c["prompt"])]
    assert not unrun, f"{name}: code cells {unrun} have no execution count"
    assert run["news"] == [], f"{name}: {run['news']}"


def test_no_news_was_asked_or_fetched_and_outputs_went_to_the_build_cache(lab, runs):
    page, requests = lab
    assert news_on_screen(page) == []
    assert not [url for url in requests if re.search(r"/lab/api/(news|update)\b", url)]
    assert not [url for url in requests if not url.startswith(("http://127.0.0.1:", "data:", "blob:", "about:"))]
    # the notebooks' outputs went where conftest.py pointed CLAIMCHECK_BUILD_CACHE, not into the repository
    lab_outputs = Path(os.environ["CLAIMCHECK_BUILD_CACHE"]) / "lab"
    assert any(lab_outputs.rglob("verdicts.csv")), f"no verdicts.csv under {lab_outputs}"
