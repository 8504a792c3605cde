# The two commands of the quickstart: `make run` and `make test`. Both create .venv and
# install the project (with its test tools) first; nothing needs installing by hand.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
BENCH_STAMP := $(VENV)/.installed-bench-stamp
SAMPLE := build/sample
OUT := build/out

.PHONY: install install-bench run test lint bench-quality bench-speed clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: install
	$(BIN)/cleanpipe sample --output $(SAMPLE)
	$(BIN)/cleanpipe run $(SAMPLE)/corpus --output $(OUT) --overwrite
	@echo "clean documents: $(OUT)/docs/  boilerplate report: $(OUT)/boilerplate.parquet"

# Two processes, one group of tests each at a time (tests/conftest.py: a file, or one
# held-back set's tests), so what a group caches is built once.
test: install
	$(BIN)/python -m pytest -n 2 --dist loadgroup

lint: install
	$(BIN)/ruff check cleanpipe tests
	$(BIN)/mypy cleanpipe

# Benchmarks read ../shared/data beside the repository; they are not part of `make test`.
# bench-quality: real pages with human gold (big9, cleanportaleval, scrapinghub-aeb),
# fakenewscorpus footers, then planted boilerplate on real article text with peers.
bench-quality: install-bench
	$(BIN)/python -m tests.bench.quality
	$(BIN)/python -m tests.bench.planted_bench

bench-speed: install-bench
	$(BIN)/python -m tests.bench.speed $(BENCH_ARGS)

install-bench: $(BENCH_STAMP)

$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev,bench]"
	touch $(BENCH_STAMP)

clean:
	rm -rf build $(VENV)
