# Everything a fresh machine with Python 3.11+ and make needs; nothing is installed outside .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := sample/transcripts
WAREHOUSE := warehouse/transcripts.duckdb

.PHONY: install run test bench bench-techniques train-moves tables lock sample clean docs chromium postgres bench-scale

# The stamp is rebuilt whenever the lock file or project metadata changes.
$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# --no-deps: the lock is complete; without it pip looks up `sqlalchemy[asyncio]` (prefect's extra) afresh,
	# picks the newest release rather than the pinned one, and fails the hash check.
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/transcripts ingest $(SAMPLE) --warehouse $(WAREHOUSE)

# The dashboard test drives Debian's chromium (never a downloaded browser); installed when missing.
chromium:
	@test -x /usr/bin/chromium || { \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium; }

# The DuckLake tests start a throwaway PostgreSQL server (tests/pg.py) from Debian's server binaries
# (/usr/lib/postgresql/<major>/bin); installed when missing. The package's own cluster is not used.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends postgresql; }

# Lint first, so the last line CI reads is pytest's own summary.
test: install chromium postgres
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy .
	$(BIN)/python -m pytest -q

# Defect-detection benchmark on the real corpora in ../shared/corpora (precision, recall, fidelity).
bench: install
	$(BIN)/python benchmarks/defects.py

# Throughput on 1 and 2 Dask workers against the embedded mode, and the DuckLake commit time per batch.
bench-scale: install postgres
	$(BIN)/python benchmarks/scale_out.py

# Retrain the tables in transforms/data/ (sentence-end rates, counsellor-vs-client voice and its context model) from ../shared/corpora.
tables: install
	$(BIN)/python benchmarks/train_tables.py

# Counselling moves and techniques against human labels on held-out transcripts (../shared/corpora).
bench-techniques: install
	$(BIN)/python benchmarks/techniques.py

# Retrain the counselling-move weights (transforms/data/move_weights.parquet) on the corpora's training split.
train-moves: install
	$(BIN)/python benchmarks/train_moves.py

# Rewrite the bundled sample from its generator (the files are committed; this is for changing them).
sample:
	$(PYTHON) sample/make_sample.py

# Re-pin after editing dependencies in pyproject.toml (needs network).
lock: install
	$(BIN)/python -m pip install --quiet uv==0.13.8
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes -o requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# Regenerate docs/data_dictionary.md from the DDL and the views' COMMENT ON (a test checks it is current).
docs: install
	$(BIN)/python -m sql.dictionary
