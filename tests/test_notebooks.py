"""Notebooks are committed without outputs, and each takes its inputs as papermill parameters.

That each runs top to bottom with its own defaults, as a reader runs it, is tested in JupyterLab
itself (test_jupyterlab.py).
"""

import nbformat
import pytest

from claimcheck import config

NOTEBOOKS = sorted(config.NOTEBOOKS.glob("*.ipynb"))
PARAMETERS = ("article_path", "figures_path", "claims_path", "metadata_path", "reference_path", "external_checks_path",
              "tolerances", "reviewer", "report_url", "output_dir", "charts_dir")


def test_the_notebooks_are_the_narrative_in_order_and_the_build_runs_the_last():
    assert [n.name for n in NOTEBOOKS] == list(config.NOTEBOOK_ORDER)
    assert config.REPORT_NOTEBOOK == NOTEBOOKS[-1].name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: run `jupyter nbconvert --clear-output --inplace {path}`"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_has_a_parameters_cell_with_every_input(path):
    notebook = nbformat.read(path, as_version=4)
    tagged = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    for name in PARAMETERS:
        assert f"{name} = " in tagged[0].source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_code_cells_stay_thin(path):
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert len(cell.source.splitlines()) <= 15, "move the logic into the claimcheck package"
