# Two commands for a fresh machine: `make run` and `make test`. Each creates or updates the
# virtual environment in .venv first (re-installed when pyproject.toml changes).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

QM := resources/translations/negotiator_ja.qm

.PHONY: run test lint format bench clean venv translations dist screenshots

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

venv: $(STAMP)

# The Japanese catalogue: the Qt Linguist source is kept in git, the compiled .qm is built here.
$(QM): resources/translations/negotiator_ja.ts $(STAMP)
	$(PY) -m negotiator_gui.translations compile

translations: $(QM)

run: $(STAMP) $(QM)
	env -u QT_QPA_PLATFORM $(VENV)/bin/negotiator

# On every core (pytest-xdist). `--dist loadfile`: a test file runs on one worker, so a module's
# shared fixture (one LibreOffice run for its workbooks, one wheel build) is made once.
# The quick run without the slow tests: $(PY) -m pytest -n auto -m "not slow"
test: $(STAMP) $(QM)
	$(PY) -m pytest -q -n auto --dist loadfile

lint: $(STAMP)
	$(PY) -m ruff check src tests bench
	$(PY) -m ruff format --check src tests bench
	$(VENV)/bin/lint-imports

format: $(STAMP)
	$(PY) -m ruff format src tests bench
	$(PY) -m ruff check --fix src tests bench

bench: $(STAMP)
	$(PY) bench/run.py

# The one-folder bundle (build.spec) in dist/negotiator/, checked with its own --selftest.
# PyInstaller comes from the `dist` extra, installed here only (tests and runs do not need it).
dist: $(STAMP) translations
	@$(PY) -c 'import PyInstaller' 2>/dev/null || $(PY) -m pip install --quiet -e '.[test,dist]'
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller build.spec
	@if [ "$$(uname)" = Linux ] && command -v strip >/dev/null; then \
	  strip --strip-debug dist/negotiator/_internal/libpython3*.so*; fi
	dist/negotiator/negotiator --selftest
	@du -sh dist/negotiator

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis src/*.egg-info

# The user guide's pictures (docs/images/), English and Japanese, from the running application
# on a virtual X screen of each size the guide shows (Debian: apt-get install xvfb).
screenshots: $(STAMP) $(QM)
	env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1366x768x24" $(PY) docs/screenshots.py --screen 1366
	env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1920x1080x24" $(PY) docs/screenshots.py --screen 1920
