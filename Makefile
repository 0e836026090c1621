# Everything starts from a machine with only python3: `make test` creates .venv and installs .[dev].
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup generate check-generated lint typecheck test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

generate: $(STAMP)
	$(BIN)/python -m generator

check-generated: $(STAMP)
	$(BIN)/python -m generator --check

# Hand-written code only: the generated area is formatted by the generator with its own settings.
lint: $(STAMP)
	$(BIN)/ruff check autumn_sdk generator tests
	$(BIN)/ruff format --check autumn_sdk generator tests

typecheck: $(STAMP)
	$(BIN)/mypy

test: check-generated lint typecheck
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
