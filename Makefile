# The targets README names. `make run` serves the demo site; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
UV_VERSION := 0.13.8

.PHONY: run test lint format bench install messages makemessages screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml uv.lock
	test -x $(BIN)/uv || $(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv sync --frozen --python $(BIN)/python
	touch $@

# Interface translations: .po files are committed, .mo files are compiled here, when older than their
# .po, by newsroom/catalogs.py (polib, no GNU gettext): it refuses what `msgfmt --check-format` does.
LOCALE_PO := $(wildcard locale/*/LC_MESSAGES/django.po)
LOCALE_MO := $(LOCALE_PO:.po=.mo)
locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po newsroom/catalogs.py | $(VENV)/.installed
	$(BIN)/python -m newsroom.catalogs compile -o $@ $<

messages: $(LOCALE_MO)

install: $(VENV)/.installed messages

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py ensure_admin --with-roles
	$(BIN)/python manage.py load_demo_content
	@echo "Serving the newsroom at http://127.0.0.1:$(PORT)/ (admin at http://127.0.0.1:$(PORT)/admin/)"
	@echo "Signers' emails are printed here by the delivery worker (manage.py deliver)."
	$(BIN)/python manage.py deliver & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install
	$(BIN)/python -m pytest tests/bench -s -p no:cacheprovider -o addopts=""

# Full-page PNGs of every page type, 1280×800 and 390×844, en/es/ar (needs /usr/bin/chromium).
SCREENSHOTS_DIR ?= screenshots
screenshots: install
	$(BIN)/python tests/e2e/screenshots.py $(SCREENSHOTS_DIR)

# Refresh the .po files from the code and templates (needs GNU gettext's xgettext and msgmerge), then
# translate the new entries: `python -m newsroom.catalogs untranslated locale` and `... fill`.
makemessages: install
	$(BIN)/python manage.py makemessages --locale es --locale ar --no-obsolete --ignore ".venv/*" --ignore "tests/*" --add-location file
