# healthdata: the steps of the pipeline, by name.  `make all` runs the main job end to end,
# `make test` runs the whole test suite; both create and fill .venv themselves.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RAW := data/raw
PROCESSED := data/processed
REPORTS := reports

.PHONY: all install data validate report test bench clean

all: data validate report  ## build the data package, check it, render the report

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install healthdata with its test tools

data: $(STAMP)  ## build data/processed from data/raw
	$(BIN)/healthdata build --raw-dir $(RAW) --out-dir $(PROCESSED)

validate: $(STAMP)  ## re-check the built package against its schemas
	$(BIN)/healthdata validate --out-dir $(PROCESSED)

report: $(STAMP)  ## execute the notebooks and render reports/index.html
	$(BIN)/healthdata report --out $(REPORTS) --data-dir $(PROCESSED)

.PHONY: lab
lab: $(STAMP)  ## open the notebooks in JupyterLab (the .py notebooks open as notebooks via jupytext)
	$(BIN)/jupyter lab notebooks/

test: $(STAMP)  ## the whole test suite
	$(BIN)/python -m pytest

bench: $(STAMP)  ## speed and memory benchmarks (installs the bench extra)
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf $(VENV) $(REPORTS) .pytest_cache
