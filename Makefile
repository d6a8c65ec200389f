# rasd: two commands for a fresh clone (Python 3.11+, make, git):
#   make demo   set up, run the main job on the bundled sample articles, print what it found
#   make test   set up with test dependencies (and the browser the tests drive), run the suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DIR ?= demo-output

.PHONY: demo test venv system-deps bench bench-ner bench-extract kb ner-model eval clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "rasd needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# Debian's chromium for the browser tests; installed only where it is missing.
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  elif command -v sudo >/dev/null; then sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium missing: browser tests will be skipped"; fi; }

demo: $(STAMP)
	$(BIN)/python -m rasd.demo --out $(DEMO_DIR)

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/python bench/eval_dev.py

bench-ner: $(STAMP)
	$(BIN)/python bench/bench_ner.py

bench-extract: $(STAMP)
	$(BIN)/python bench/bench_extract.py

kb: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[kb]'
	$(BIN)/python scripts/build_kb.py

ner-model: $(STAMP)
	$(BIN)/python scripts/train_ner.py

clean:
	rm -rf $(VENV) $(DEMO_DIR) .pytest_cache
