# newstag: every derived file is rebuilt from raw inputs by a target here.
#   make        build corpus, model, topics and every figure (the main job)
#   make test   run the whole test suite
# Both create .venv from pyproject.toml on first use; only Python is needed
# (`make test` also installs Debian's chromium for the browser test, as root).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# Debian's Chromium + ChromeDriver, for the headless-browser test of the HTML
# map (tests/test_map_browser.py). Only `make test` installs them, not `make`.
CHROMIUM        := /usr/bin/chromium
CHROMEDRIVER    := /usr/bin/chromedriver
BROWSER_STAMP   := $(VENV)/.chromium-stamp

.DEFAULT_GOAL := all
.PHONY: all run test browser data train figures notebooks benchmark venv clean

all: run

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/newstag run

# Installs chromium + chromium-driver with apt-get when missing (needs root).
# When that is impossible it says why and goes on: the browser test then
# fails with the same advice (or skips, when not root).
$(BROWSER_STAMP): | $(STAMP)
	@if [ -x $(CHROMIUM) ] && [ -x $(CHROMEDRIVER) ]; then \
	    echo "browser test: using $$($(CHROMIUM) --version 2>/dev/null || echo $(CHROMIUM))"; \
	elif ! command -v apt-get >/dev/null 2>&1; then \
	    echo "browser test: $(CHROMIUM) or $(CHROMEDRIVER) missing and apt-get not found;" \
	         "install Chromium and ChromeDriver there to run tests/test_map_browser.py"; \
	elif [ "$$(id -u)" != 0 ]; then \
	    echo "browser test: $(CHROMIUM) or $(CHROMEDRIVER) missing; not root, so not installing:" \
	         "run 'sudo apt-get install chromium chromium-driver' (the browser test is skipped meanwhile)"; \
	else \
	    echo "browser test: installing Debian's chromium and chromium-driver (apt-get, one time)"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    { apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; } \
	        || echo "browser test: apt-get could not install chromium/chromium-driver (offline?); see above"; \
	fi
	@if [ -x $(CHROMIUM) ] && [ -x $(CHROMEDRIVER) ]; then touch $@; fi

browser: $(BROWSER_STAMP)

test: $(STAMP) $(BROWSER_STAMP)
	$(BIN)/python -m pytest

data: $(STAMP)
	$(BIN)/newstag data

# Retrain and ship: models/tagger.skops (and its arrays, tagger.arrays.npz), MODEL_CARD.md, evaluation files.
train: $(STAMP)
	$(BIN)/newstag train --ship
	PYTHONPATH=src $(BIN)/python tests/checklist/runner.py --card models/MODEL_CARD.md --json models/checklist.json

figures: $(STAMP)
	$(BIN)/newstag figures --output reports/figures

# Executed copies of the notebooks (with outputs) in reports/notebooks/;
# the committed notebooks stay output-free.
NOTEBOOKS := $(wildcard notebooks/*.ipynb)
notebooks: $(STAMP)
	@mkdir -p reports/notebooks
	@for nb in $(NOTEBOOKS); do \
	    echo "running $$nb"; \
	    $(BIN)/papermill --cwd notebooks -k python3 "$$nb" "reports/notebooks/$$(basename $$nb)" || exit 1; \
	done

# Benchmarks (issue 5): stages, main job, BERTopic side by side, tagging, streaming,
# Dask -> benchmarks/results.md and results.csv. Needs FA-KES ($$NEWSTAG_FAKES_CSV).
# BERTopic + torch (CPU build, installed first) go into their own venv under
# benchmarks/work/, layered on .venv, so that torch never slows `newstag tag`.
# `make benchmark BENCH_ARGS=--with-1m` adds the 1M-item runs (about an hour).
BENCH_VENV  := benchmarks/work/venv-bertopic
BENCH_STAMP := $(BENCH_VENV)/.installed-stamp
BENCH_ARGS  ?=

$(BENCH_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python benchmarks/bertopic_venv.py $(BENCH_VENV)
	@touch $@

benchmark: $(STAMP) $(BENCH_STAMP)
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

clean:
	rm -rf data/processed reports build .pytest_cache
