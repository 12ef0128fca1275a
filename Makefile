# rtmon task runner. `make demo` and `make test` each install what they need by themselves.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv demo test lint typecheck unit integration bench bench-quick soak kafka prometheus train eval clean

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null || { echo "need python3 >= 3.11"; exit 1; }
	$(PY) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "need python >= 3.11")'
	test -x $(BIN)/python || $(PY) -m venv $(VENV) || { apt-get update -qq && apt-get install -y -qq python3-venv && $(PY) -m venv $(VENV); }
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/rtmon replay --exit-at-end --metrics-port 0

lint: $(STAMP)
	$(BIN)/ruff check monitor tests bench
	$(BIN)/ruff format --check monitor tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q -m "not integration"

kafka:
	bash scripts/fetch-kafka.sh

prometheus:
	bash scripts/install-prometheus.sh

integration: $(STAMP) kafka prometheus
	$(BIN)/pytest -q -m integration

test: $(STAMP) kafka prometheus
	$(BIN)/ruff check monitor tests bench
	$(BIN)/mypy
	$(BIN)/pytest -q

bench: $(STAMP) kafka
	$(BIN)/python -m bench.run --full

bench-quick: $(STAMP)
	$(BIN)/python -m bench.run --quick

soak: $(STAMP) kafka
	$(BIN)/python -m bench.soak

train: $(STAMP)
	$(BIN)/rtmon train

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
