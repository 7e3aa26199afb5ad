# healthdata: the steps of the pipeline, by name.  `make all` runs the main job end to end,
# `make test` runs the whole test suite; both create and fill .venv themselves, with the versions
# pinned in constraints.txt (the Parquet bytes embed pyarrow's version: same pins, same bytes).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RAW := data/raw
PROCESSED := data/processed
REPORTS := reports

.PHONY: all install data validate report lab test lint bench clean

all: data validate report  ## build the data package, check it, render the report

CONSTRAINTS := constraints.txt

$(STAMP): pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[test]"
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install healthdata with its test tools (pinned versions)

data: $(STAMP)  ## build data/processed from data/raw
	$(BIN)/healthdata build --raw-dir $(RAW) --out-dir $(PROCESSED)

validate: $(STAMP)  ## re-check the built package against its schemas
	$(BIN)/healthdata validate --out-dir $(PROCESSED)

report: $(STAMP)  ## execute the notebooks and render reports/index.html
	$(BIN)/healthdata report --out $(REPORTS) --data-dir $(PROCESSED)

lab: $(STAMP)  ## open the notebooks in JupyterLab (the .py notebooks open as notebooks via jupytext)
	$(BIN)/jupyter lab notebooks/

test: $(STAMP)  ## the whole test suite (tests/test_lint.py runs ruff)
	$(BIN)/python -m pytest

lint: $(STAMP)  ## ruff, as configured in pyproject.toml (also run by the tests)
	$(BIN)/python -m ruff check .

bench: $(STAMP)  ## speed and memory benchmarks (installs the bench extra)
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[test,bench]"
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf $(VENV) $(REPORTS) .pytest_cache
