# Everything starts from a machine with only python3: `make test` creates .venv and installs .[dev].
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo bench generate check-generated lint typecheck test test-thorough clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# The seed's examples and more, offline against the local emulator; `make demo ARGS=--live` for the real API.
demo: $(STAMP)
	$(BIN)/python examples/demo.py $(ARGS)

# This SDK against raw httpx and autumn-sdk 1.2.0 (own virtualenvs under bench/), one run: a table + JSON.
bench: $(STAMP)
	$(BIN)/python bench/run.py $(ARGS)

generate: $(STAMP)
	$(BIN)/python -m generator

check-generated: $(STAMP)
	$(BIN)/python -m generator --check

# Hand-written code only: the generated area is formatted by the generator with its own settings.
lint: $(STAMP)
	$(BIN)/ruff check autumn_sdk generator tests examples bench
	$(BIN)/ruff format --check autumn_sdk generator tests examples bench

typecheck: $(STAMP)
	$(BIN)/mypy

test: check-generated lint typecheck
	$(BIN)/python -m pytest

# The contract tests with many more (random) hypothesis examples than make test's bounded, derandomized run.
test-thorough: $(STAMP)
	AUTUMN_HYPOTHESIS=thorough $(BIN)/python -m pytest tests/client/test_contract.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
