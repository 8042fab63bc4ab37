"""Time the naive notebook pipeline against `make report`, side by side in one run, and the engine at scale.

    make bench            # BENCH_RUNS=5 by default

The naive pipeline is what a notebook project does without a build tool: `papermill` on the command
line for each notebook that builds the report (01, 02, 03), then `jupyter nbconvert` to HTML and to PDF
(nbconvert's WebPDF exporter with the system Chromium). Each of its commands gets an empty build cache,
so nothing is reused. Ours is `make report` with an empty build cache (cold), again with nothing changed
(no-op: the median of three, a second after the cold build, whose browser and kernel exit in the
background), and after one figure's value is edited (one edit). The runs interleave, so that a slower
moment of the machine falls on every pipeline alike.

Writes benchmarks/results.md: medians, spread and every run, the ratios against their targets, and
the machine's description.
"""

from __future__ import annotations

import csv
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from claimcheck import config  # noqa: E402
from synthetic import write_synthetic  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
VENV_BIN = Path(sys.executable).parent
NAIVE_NOTEBOOKS = config.NOTEBOOK_ORDER[1:]  # 00 drafts tables for review; it is not part of building a report
TARGETS = {"cold": 0.4, "edit": 0.3, "noop_seconds": 0.1}


def timed(command: list[str], cache: Path, **kwargs) -> float:
    """Seconds a command takes with `cache` as its build cache; its output is shown only if it fails."""
    environment = {**os.environ, "CLAIMCHECK_BUILD_CACHE": str(cache)}
    started = time.perf_counter()
    done = subprocess.run(command, cwd=config.ROOT, env=environment, capture_output=True, text=True, **kwargs)
    seconds = time.perf_counter() - started
    if done.returncode:
        sys.exit(f"benchmark step failed ({done.returncode}): {' '.join(command)}\n{done.stdout}\n{done.stderr}")
    return seconds


def naive_pipeline(folder: Path) -> float:
    """papermill on the command line per notebook, then nbconvert to HTML and to PDF, one command after another."""
    folder.mkdir(parents=True, exist_ok=True)
    params = ["-p", "article_path", str(config.ARTICLE), "-p", "figures_path", str(config.FIGURES_TABLE),
              "-p", "claims_path", str(config.CLAIMS_TABLE), "-p", "output_dir", str(folder),
              "-p", "charts_dir", str(folder / "figures")]
    total = 0.0
    for step, name in enumerate(NAIVE_NOTEBOOKS):
        total += timed([str(VENV_BIN / "papermill"), "--no-progress-bar", str(config.NOTEBOOKS / name),
                        str(folder / name), *params, "--cwd", str(config.NOTEBOOKS)], folder / f"cache-{step}")
    report = str(folder / NAIVE_NOTEBOOKS[-1])
    common = ["--no-input", "--TagRemovePreprocessor.remove_cell_tags=parameters",
              "--TagRemovePreprocessor.remove_cell_tags=injected-parameters", "--output-dir", str(folder)]
    total += timed([str(VENV_BIN / "jupyter"), "nbconvert", "--to", "html", report, *common], folder / "cache-html")
    total += timed([str(VENV_BIN / "jupyter"), "nbconvert", "--to", "claimcheck.render.SystemChromiumPDFExporter",
                    report, *common], folder / "cache-pdf")
    return total


def make_report(out: Path, cache: Path, *extra: str) -> float:
    return timed(["make", "--no-print-directory", "report", f"OUT={out}", *extra], cache)


def copied_inputs(folder: Path) -> list[str]:
    """A copy of the seed's data folder and article; the make arguments that build it."""
    shutil.copytree(config.FIGURES_TABLE.parent, folder)
    shutil.copy(config.ARTICLE, folder / config.ARTICLE.name)
    return [f"ARTICLE={folder / config.ARTICLE.name}", f"FIGURES={folder / config.FIGURES_TABLE.name}",
            f"CLAIMS={folder / config.CLAIMS_TABLE.name}"]


def edit_one_figure(folder: Path) -> str:
    """Add 0.1 to the first money figure whose printed text occurs once in the article, everywhere it is printed."""
    figures_path, article_path = folder / config.FIGURES_TABLE.name, folder / config.ARTICLE.name
    article = article_path.read_text(encoding="utf-8")
    with figures_path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        old = f"${row['value']} billion"
        if row["unit"].endswith("_bn") and "." in row["value"] and article.count(old) == 1 and old in row["quote"]:
            new_value = f"{float(row['value']) + 0.1:.{len(row['value'].split('.')[1])}f}"
            new = f"${new_value} billion"
            break
    else:
        sys.exit("no figure to edit")
    for path in (article_path, folder / config.CLAIMS_TABLE.name):
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    row["value"], row["quote"] = new_value, row["quote"].replace(old, new)
    with figures_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return f"{row['id']}: {old} → {new}"


def engine_scaling(scratch: Path) -> list[tuple[int, float]]:
    """Seconds to load, validate and check a synthetic article of n claims (the content cache bypassed)."""
    from claimcheck.engine import _load_and_check

    rows = []
    for size in (100, 1_000, 5_000):
        paths = write_synthetic(scratch / f"synthetic-{size}", size)
        samples = []
        for _ in range(3 if size < 5_000 else 1):
            started = time.perf_counter()
            _load_and_check(paths["article"], paths["figures"], paths["claims"], paths["metadata"], True)
            samples.append(time.perf_counter() - started)
        rows.append((size, statistics.median(samples)))
    return rows


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((line.split(":", 1)[1].strip() for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "?")
    chromium = subprocess.run([str(config.CHROMIUM), "--version"], capture_output=True, text=True).stdout.strip()
    return (f"{os.cpu_count()} cores ({cpu}), {memory} memory, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, {chromium or 'no Chromium'}")


def summary(samples: list[float], digits: int = 2) -> str:
    spread = f"{min(samples):.{digits}f}–{max(samples):.{digits}f}"
    return f"{statistics.median(samples):.{digits}f} | {spread} | {', '.join(f'{x:.{digits}f}' for x in samples)}"


def main() -> None:
    results: dict[str, list[float]] = {"naive": [], "cold": [], "noop": [], "edit": []}
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as scratch:
        scratch = Path(scratch)
        for run in range(RUNS):
            results["naive"].append(naive_pipeline(scratch / f"naive-{run}"))
            cache, out = scratch / f"cache-{run}", scratch / f"ours-{run}"
            results["cold"].append(make_report(out, cache))
            time.sleep(1)  # the cold build's browser and kernel finish exiting in the background
            results["noop"].append(statistics.median(make_report(out, cache) for _ in range(3)))
            arguments = copied_inputs(scratch / f"copy-{run}")
            make_report(scratch / f"edited-{run}", cache, *arguments)  # the copy's first build
            edited = edit_one_figure(scratch / f"copy-{run}")
            results["edit"].append(make_report(scratch / f"edited-{run}", cache, *arguments))
            print(f"run {run + 1}/{RUNS}: " + ", ".join(f"{k} {v[-1]:.2f}s" for k, v in results.items()), flush=True)
        scaling = engine_scaling(scratch)
    median = {k: statistics.median(v) for k, v in results.items()}
    ratio = {"cold": median["cold"] / median["naive"], "edit": median["edit"] / median["naive"]}
    met = {"cold": ratio["cold"] <= TARGETS["cold"], "edit": ratio["edit"] <= TARGETS["edit"],
           "noop": median["noop"] < TARGETS["noop_seconds"]}
    lines = [
        "# Build benchmark",
        "",
        f"Machine: {machine()}.",
        f"Measured by `make bench` (benchmarks/bench.py): {RUNS} runs, each pipeline once per run, interleaved.",
        "",
        "| pipeline | median s | spread (min–max) | runs (s) |",
        "|---|---|---|---|",
        f"| 1. naive: `papermill` CLI for {', '.join(n[:2] for n in NAIVE_NOTEBOOKS)}, then `jupyter nbconvert` to HTML "
        f"and to PDF (WebPDF with the system Chromium), no cache | {summary(results['naive'])} |",
        f"| 2. `make report`, cold (empty build cache) | {summary(results['cold'])} |",
        f"| 3. `make report` again, nothing changed (median of 3 per run) | {summary(results['noop'], 3)} |",
        f"| 4. `make report` after one figure's value changed ({edited}) | {summary(results['edit'])} |",
        "",
        "| measure | value | target | met |",
        "|---|---|---|---|",
        f"| cold / naive (2/1) | {ratio['cold']:.2f} | ≤ {TARGETS['cold']} | {'yes' if met['cold'] else 'no'} |",
        f"| one edit / naive (4/1) | {ratio['edit']:.2f} | ≤ {TARGETS['edit']} | {'yes' if met['edit'] else 'no'} |",
        f"| no-op (3) | {median['noop']:.3f} s | < {TARGETS['noop_seconds']} s | {'yes' if met['noop'] else 'no'} |",
        "",
        "## Engine on synthetic articles (load, validate and check; six kinds of claim)",
        "",
        "| claims | seconds | microseconds per claim |",
        "|---|---|---|",
        *[f"| {n:,} | {t:.3f} | {t / n * 1e6:.0f} |" for n, t in scaling],
        "",
        f"Cost per claim from {scaling[0][0]:,} to {scaling[-1][0]:,} claims changes by a factor of "
        f"{(scaling[-1][1] / scaling[-1][0]) / (scaling[0][1] / scaling[0][0]):.2f} (1.00 is perfectly linear). "
        "What grows is finding each quote: every quote is searched for in the whole article, which here grows "
        "with the number of claims (a real article stays a few pages long).",
    ]
    (HERE / "results.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
