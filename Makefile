# IAM Desktop — the two commands a new user needs: `make run` and `make test`.
# Both create .venv if missing, install the system packages (Debian/Ubuntu, as root or via sudo) and the
# app, and are quick when nothing changed.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test install install-dev lint bench clean package check-package screenshots translations

run: install translations
	$(BIN)/iam-desktop $(ARGS)

install: $(STAMP)

$(VENV)/bin/python:
	PYTHON=$(PYTHON) bash scripts/install-system-deps.sh run
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml scripts/install-system-deps.sh | $(VENV)/bin/python
	bash scripts/install-system-deps.sh run
	$(BIN)/python -m pip install --quiet -e .
	touch $@

install-dev: $(DEV_STAMP)

# the window's languages: each resources/translations/*.ts compiled to the .qm that ships (not in git)
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(DEV_STAMP): $(STAMP) pyproject.toml scripts/install-system-deps.sh
	bash scripts/install-system-deps.sh test
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

test: install-dev translations
	bash scripts/run-tests.sh

# the frozen app (dist/iam-desktop/), its tarball and .deb (scripts/package.sh)
package: install-dev translations
	bash scripts/package.sh

# prove what `make package` built works: the frozen app, the installed .deb and a wheel in a fresh venv
check-package: package
	bash scripts/check-package.sh

# the window's main states as images in screenshots/ (1024x700 and 1600x1000, light and dark; not in git)
screenshots: install-dev
	$(BIN)/python tools/screenshots.py --out screenshots

lint: install-dev
	$(BIN)/ruff check .

bench: install-dev
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_transcribe.py
	$(BIN)/python benchmarks/bench_library.py
	$(BIN)/python benchmarks/bench_recording.py
	$(BIN)/python benchmarks/bench_backup.py

clean:
	rm -rf $(VENV) build dist *.egg-info
