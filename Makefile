# The map of the pipeline. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

ARTICLE ?= seeds/china-central-asia-trade-2024.txt
FIGURES ?= data/figures.csv
CLAIMS ?= data/claims.csv
OUT ?= reports
CHARTS ?=
SET ?=
LAB_ARGS ?=
METADATA ?=
REVIEWER ?=
REPORT_URL ?=
DATE ?=
DOLLAR ?=
# The Chromium that prints the PDF and runs the browser tests (the build reads the same variable).
CLAIMCHECK_CHROMIUM ?= /usr/bin/chromium
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings/overrides.json
# REFERENCE and EXTERNAL default to data/reference's for the seed article and to none for another.

.DEFAULT_GOAL := help
.PHONY: help report test lab bench draft check setup chromium clean lock

## help: list the targets
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed 's/^## /  make /'

## report: build reports/ and figures/ (ARTICLE= FIGURES= CLAIMS= METADATA= OUT= SET="nearly=0.1" REVIEWER= REPORT_URL=)
report: setup
	$(PY) -m claimcheck.build --article "$(ARTICLE)" --figures "$(FIGURES)" --claims "$(CLAIMS)" --out "$(OUT)" \
		$(if $(CHARTS),--charts "$(CHARTS)") $(foreach s,$(SET),--set $(s)) \
		$(if $(filter undefined,$(origin REFERENCE)),,--reference "$(REFERENCE)") \
		$(if $(filter undefined,$(origin EXTERNAL)),,--external-checks "$(EXTERNAL)") \
		$(if $(METADATA),--metadata "$(METADATA)") $(if $(REVIEWER),--reviewer "$(REVIEWER)") \
		$(if $(REPORT_URL),--report-url "$(REPORT_URL)")

## test: run the whole test suite (unit, pipeline, browser) on both cores
# The slowest files go first, one per core as each frees up, so that neither core ends with them all.
test: setup
	$(PY) -m pytest -n 2 --dist loadfile --no-loadscope-reorder \
		tests/test_draft_accusations.py tests/test_jupyterlab.py tests/test_draft_accusations_later.py tests/test_draft.py \
		tests/test_accessibility.py tests/test_accessibility_more.py tests/test_build_failures.py tests

## lab: open the notebooks in JupyterLab, without its news pop-up and update check (LAB_ARGS= for more options)
lab: setup $(LAB_SETTINGS)
	$(VENV)/bin/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS) notebooks

# The project's JupyterLab settings, installed as the venv's overrides (the user's own settings stay untouched).
$(LAB_SETTINGS): claimcheck/lab-settings/overrides.json
	@mkdir -p $(@D)
	cp $< $@

## bench: time the naive notebook pipeline against ours and the engine on synthetic tables; score make draft on the corpus
bench: setup
	$(PY) benchmarks/bench.py
	$(PY) benchmarks/draft_quality.py

## draft: draft figures.csv, claims.csv and article.toml for any article (ARTICLE=path OUT=dir DATE=YYYY-MM-DD DOLLAR=AUD), every row flagged for review
draft: setup
	@if [ "$(OUT)" = "reports" ]; then echo "make draft needs OUT=dir (a folder for the draft tables and article.toml)"; exit 2; fi
	$(PY) -m claimcheck.draft --article "$(ARTICLE)" --out "$(OUT)" $(if $(DATE),--date "$(DATE)") $(if $(DOLLAR),--dollar "$(DOLLAR)")

## check: validate an article's tables and print each claim's verdict; writes only the build cache (ARTICLE= FIGURES= CLAIMS= METADATA=)
check: $(STAMP)
	@$(PY) -m claimcheck.check --article "$(ARTICLE)" --figures "$(FIGURES)" --claims "$(CLAIMS)" \
		$(if $(METADATA),--metadata "$(METADATA)")

## setup: create the virtual environment and install Chromium (only what is missing; as root, with apt-get, python3-venv too)
setup: $(STAMP) chromium

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || if [ "$$(id -u)" = 0 ]; then \
		echo "[setup] installing Debian's python3-venv (creates .venv)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null; \
	else echo "[setup] $(PYTHON) cannot create a virtual environment: sudo apt-get install -y python3-venv"; exit 2; fi
	@echo "[setup] creating $(VENV) and installing the pinned requirements"
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps -e . --config-settings editable_mode=compat
	@touch $@

chromium:
	@if [ -x "$(CLAIMCHECK_CHROMIUM)" ]; then :; \
	elif [ "$(CLAIMCHECK_CHROMIUM)" != /usr/bin/chromium ]; then \
		echo "[setup] CLAIMCHECK_CHROMIUM=$(CLAIMCHECK_CHROMIUM) is not an executable; the HTML will still be built"; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "[setup] installing Debian's chromium (prints the PDF, runs the browser tests)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	else \
		echo "[setup] Chromium is missing; the HTML will still be built. Install it with:"; \
		echo "        sudo apt-get install -y chromium fonts-dejavu-core"; \
	fi

## lock: regenerate requirements.txt from pyproject.toml's dependencies with pip-tools (after editing them)
lock:
	$(PYTHON) -m venv .build/pip-tools
	.build/pip-tools/bin/pip install --quiet --disable-pip-version-check pip-tools
	.build/pip-tools/bin/pip-compile --quiet --extra test --extra lab --strip-extras --no-emit-index-url \
		--no-emit-find-links --output-file requirements.txt pyproject.toml

## clean: remove the build cache and the virtual environment (published outputs stay)
clean:
	rm -rf .build $(VENV)
