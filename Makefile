# newstag: every derived file is rebuilt from raw inputs by a target here.
#   make        build corpus, model, topics and every figure (the main job)
#   make test   run the whole test suite
# Both create .venv from pyproject.toml on first use; only Python is needed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.DEFAULT_GOAL := all
.PHONY: all run test data train figures notebooks benchmark venv clean

all: run

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/newstag run

test: $(STAMP)
	$(BIN)/python -m pytest

data: $(STAMP)
	$(BIN)/newstag data

train: $(STAMP)
	$(BIN)/newstag train

figures: $(STAMP)
	$(BIN)/newstag figures --output reports/figures

clean:
	rm -rf data/processed reports build .pytest_cache
