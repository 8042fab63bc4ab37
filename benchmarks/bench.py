"""Time the naive notebook pipeline against `make report`, and the engine on synthetic tables.

    make bench            # BENCH_RUNS=3 by default

Writes benchmarks/results.md with medians, ratios and the machine's description.
"""

from __future__ import annotations

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
from claimcheck.engine import check_claims  # noqa: E402
from synthetic import synthetic_inputs  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "3"))
VENV_BIN = Path(sys.executable).parent
QUIET = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}


def timed(command: list[str], **kwargs) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=config.ROOT, check=True, **QUIET, **kwargs)
    return time.perf_counter() - started


def naive_pipeline(folder: Path) -> float:
    """papermill on the command line per notebook, then nbconvert to HTML and to PDF, one command after another."""
    folder.mkdir(parents=True, exist_ok=True)
    params = ["-p", "article_path", str(config.ARTICLE), "-p", "figures_path", str(config.FIGURES_TABLE),
              "-p", "claims_path", str(config.CLAIMS_TABLE), "-p", "reference_path", str(config.REFERENCE_TABLE),
              "-p", "external_checks_path", str(config.EXTERNAL_CHECKS), "-p", "output_dir", str(folder),
              "-p", "charts_dir", str(folder / "figures")]
    total = 0.0
    for name in config.NOTEBOOK_ORDER:
        total += timed([str(VENV_BIN / "papermill"), str(config.NOTEBOOKS / name), str(folder / name), *params,
                        "--cwd", str(config.NOTEBOOKS)])
    report = str(folder / config.NOTEBOOK_ORDER[-1])
    common = ["--no-input", "--TagRemovePreprocessor.remove_cell_tags=parameters",
              "--TagRemovePreprocessor.remove_cell_tags=injected-parameters", "--output-dir", str(folder)]
    total += timed([str(VENV_BIN / "jupyter"), "nbconvert", "--to", "html", report, *common])
    total += timed([str(VENV_BIN / "jupyter"), "nbconvert", "--to", "claimcheck.render.SystemChromiumPDFExporter",
                    report, *common])
    return total


def make_report(out: Path, *extra: str) -> float:
    return timed(["make", "--no-print-directory", "report", f"OUT={out}", *extra])


def forget_builds() -> None:
    """No cached state at all: neither the record of the last build nor any cached step."""
    shutil.rmtree(config.BUILD_CACHE / "state", ignore_errors=True)
    shutil.rmtree(config.BUILD_CACHE / "steps", ignore_errors=True)


def edited_copy(folder: Path) -> list[str]:
    """A copy of the inputs; returns the make arguments that build it."""
    folder.mkdir(parents=True, exist_ok=True)
    for source in (config.ARTICLE, config.FIGURES_TABLE, config.CLAIMS_TABLE):
        shutil.copy(source, folder / source.name)
    return [f"ARTICLE={folder / config.ARTICLE.name}", f"FIGURES={folder / config.FIGURES_TABLE.name}",
            f"CLAIMS={folder / config.CLAIMS_TABLE.name}", f"REFERENCE={config.REFERENCE_TABLE}",
            f"EXTERNAL={config.EXTERNAL_CHECKS}"]


def edit_one_figure(folder: Path, edit: int) -> None:
    """Georgia's 2024 trade, $2.3 billion, becomes another value in the article, its figure and its claims."""
    old = "$2.3 billion" if edit == 0 else f"$2.{3 + edit} billion"
    new = f"$2.{4 + edit} billion"
    for name in (config.ARTICLE.name, config.CLAIMS_TABLE.name):
        path = folder / name
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    figures = folder / config.FIGURES_TABLE.name
    text = figures.read_text(encoding="utf-8").replace(old, new)
    text = text.replace(f"ge_turnover_2024,Georgia,turnover,2024,2.{3 + edit},", f"ge_turnover_2024,Georgia,turnover,2024,2.{4 + edit},")
    figures.write_text(text, encoding="utf-8")


def engine_scaling() -> list[tuple[int, float]]:
    rows = []
    for size in (1_000, 10_000, 100_000):
        inputs = synthetic_inputs(size)
        samples = []
        for _ in range(3 if size < 100_000 else 1):
            started = time.perf_counter()
            check_claims(inputs)
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


def main() -> None:
    results = {"naive": [], "cold": [], "noop": [], "edit": []}
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as scratch:
        scratch = Path(scratch)
        for run in range(RUNS):
            results["naive"].append(naive_pipeline(scratch / f"naive-{run}"))
            forget_builds()
            out = scratch / f"ours-{run}"
            results["cold"].append(make_report(out))
            results["noop"].append(make_report(out))
            copy = scratch / f"copy-{run}"
            arguments = edited_copy(copy)
            make_report(scratch / f"edited-{run}", *arguments)
            edit_one_figure(copy, 0)
            results["edit"].append(make_report(scratch / f"edited-{run}", *arguments))
            print(f"run {run + 1}/{RUNS}: " + ", ".join(f"{k} {v[-1]:.2f}s" for k, v in results.items()), flush=True)
    medians = {k: statistics.median(v) for k, v in results.items()}
    scaling = engine_scaling()
    lines = [
        "# Build benchmark",
        "",
        f"Machine: {machine()}.",
        f"Each figure is the median of {RUNS} runs, measured by `make bench` (benchmarks/bench.py) in one run.",
        "",
        "| pipeline | median seconds | runs (s) |",
        "|---|---|---|",
        f"| 1. naive: `papermill` CLI per notebook, then `jupyter nbconvert --to html` and `--to webpdf` (system-Chromium exporter) | {medians['naive']:.2f} | {', '.join(f'{x:.2f}' for x in results['naive'])} |",
        f"| 2. `make report`, cold (no build cache) | {medians['cold']:.2f} | {', '.join(f'{x:.2f}' for x in results['cold'])} |",
        f"| 3. `make report` again, nothing changed | {medians['noop']:.2f} | {', '.join(f'{x:.2f}' for x in results['noop'])} |",
        f"| 4. `make report` after one figure's value changed | {medians['edit']:.2f} | {', '.join(f'{x:.2f}' for x in results['edit'])} |",
        "",
        "| ratio | value | target |",
        "|---|---|---|",
        f"| cold / naive (2/1) | {medians['cold'] / medians['naive']:.2f} | ≤ 0.50 |",
        f"| no-op / cold (3/2) | {medians['noop'] / medians['cold']:.3f} | no-op under 0.5 s |",
        f"| one edit / cold (4/2) | {medians['edit'] / medians['cold']:.2f} | edit ≤ 0.6 × naive: {medians['edit'] / medians['naive']:.2f} |",
        "",
        "## Engine on synthetic tables (claims over as many figures, five kinds)",
        "",
        "| claims | seconds | microseconds per claim |",
        "|---|---|---|",
        *[f"| {n:,} | {t:.3f} | {t / n * 1e6:.1f} |" for n, t in scaling],
        "",
        f"Cost per claim from 1k to 100k changes by a factor of {(scaling[-1][1] / scaling[-1][0]) / (scaling[0][1] / scaling[0][0]):.2f} "
        "(1.00 is perfectly linear).",
    ]
    (HERE / "results.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
