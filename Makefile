# The two commands: `make run` and `make test`. Everything else here serves them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# The interpreter the environment is made with: the distribution's own Python 3.11 or later when
# there is one that can make a virtual environment (Debian: python3-venv, for ensurepip),
# otherwise the first python3 on PATH. A Python built with a version manager's defaults (pyenv:
# no --enable-optimizations, the interpreter in a shared library) spent a fifth to a quarter
# more CPU on every request than Debian's (docs/operations.md, "The interpreter").
# `make PYTHON=python3.12 …` chooses another; an existing .venv is kept.
PYTHON ?= $(shell for p in /usr/bin/python3 python3; do   $$p -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
UV_VERSION := 0.13.9
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
# Compiled modules are kept (__pycache__/, ignored by git) even where the environment says not to
# write them: otherwise every process the suite starts compiles the project anew, and each pytest
# process rewrites the asserts of 577 modules again (collecting took 13 s instead of 5).
unexport PYTHONDONTWRITEBYTECODE
DEVENV := $(PY) -m qms.devenv

# Debian packages: WeasyPrint's text stack and a font, libmagic, gettext; for tests Chromium
# (Playwright drives the system browser), poppler-utils (pdftotext/pdfinfo) and xmlsec1 (the
# test SAML IdP, pysaml2, signs with it; the app's own SAML uses the xmlsec wheel).
RUN_DEBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fonts-dejavu-core libmagic1 gettext
TEST_DEBS := $(RUN_DEBS) chromium poppler-utils xmlsec1 nginx nodejs
# The Azure Blob tests' server: Azurite from npm, at the version package-lock.json pins.
AZURITE := tests/azurite/node_modules/.installed

# The E-ARK validator for the archive packages' tests (make test), in its own environment (it pins lxml 5.1).
EARK := $(VENV)/tools/eark

# The suite's processes (pytest-xdist; each gets its own test database, Celery queue, media
# folder and ports, see tests/conftest.py). Two on a two-core machine: most of the suite's time
# is spent waiting on PostgreSQL, Chromium and the processes the tests start.
TEST_PROCESSES ?= 2

MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))

.PHONY: help run test install checks serve lock messages clean-var

help:
	@echo "make run   – installera, migrera, ladda demodata och starta på http://127.0.0.1:8000"
	@echo "make test  – installera och kör alla kontroller och tester"

run: DEBS := $(RUN_DEBS)
run: install
	$(DEVENV) run -- $(MAKE) --no-print-directory serve

test: DEBS := $(TEST_DEBS)
test: install $(AZURITE) $(EARK)/.installed
	$(DEVENV) test -- $(MAKE) --no-print-directory checks

# Inside qms.devenv (database, broker and mail settled).
serve:
	python manage.py migrate --noinput
	python manage.py seed_demo --if-empty
	@echo ""
	@echo "  QMS körs på http://127.0.0.1:8000 – logga in som samordnare / demo (se README)."
	@echo "  E-post som skickas hamnar i var/mail/ om EMAIL_URL inte är satt. Ctrl-C stoppar allt."
	@echo ""
	honcho -f Procfile.dev start

checks:
	ruff check .
	ruff format --check .
	python manage.py makemigrations --check --dry-run
	env -u SECURE_SSL_REDIRECT -u SECURE_COOKIES -u STATICFILES_BACKEND -u DJANGO_ALLOW_ASYNC_UNSAFE \
	    DEBUG=0 ALLOWED_HOSTS=qms.example.se SECRET_KEY="$$(python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
	    python manage.py check --deploy --fail-level WARNING
	pytest -n $(TEST_PROCESSES) --dist loadfile

install: system-deps $(VENV)/.installed $(MO_FILES) .env.local

# This checkout is for development: plain `python manage.py …` runs with DEBUG on.
# (`make test` and production set their own values; the environment wins over this file.)
.env.local:
	printf '# Development settings for this checkout (not in git). See README, Configuration.\nDEBUG=1\n' > $@

system-deps:
	@if ! command -v dpkg-query >/dev/null; then \
	  echo "Inte Debian/Ubuntu: se till att dessa finns installerade: $(DEBS)"; exit 0; fi; \
	missing=""; \
	for p in $(DEBS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installerar systempaket:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing; \
	  else \
	    echo "Systempaket saknas. Kör det här och sedan make igen:"; \
	    echo "  sudo apt-get update && sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

$(VENV)/.installed: requirements-dev.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Python 3.11 eller senare krävs (sätt PYTHON=python3.12 t.ex.)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(VENV)/bin/uv pip install --quiet --python $(PY) --require-hashes -r requirements-dev.lock
	touch $@

$(AZURITE): tests/azurite/package-lock.json
	@command -v npm >/dev/null || { echo "npm saknas (Azurite, för testerna): sudo apt-get install -y npm"; exit 1; }
	npm ci --prefix tests/azurite --no-audit --no-fund --loglevel=error
	touch $@

$(EARK)/.installed: tests/records/eark-validator.lock $(VENV)/.installed
	test -x $(EARK)/bin/python || $(VENV)/bin/uv venv --quiet --python $(PY) $(EARK)
	$(VENV)/bin/uv pip install --quiet --python $(EARK)/bin/python --require-hashes -r $<
	touch $@

%.mo: %.po
	msgfmt --check -o $@ $<

# Regenerate the lock files after changing pyproject.toml.
lock:
	$(VENV)/bin/uv pip compile -q pyproject.toml --python-version 3.11 --generate-hashes -o requirements.lock
	$(VENV)/bin/uv pip compile -q pyproject.toml --group dev --python-version 3.11 --generate-hashes -o requirements-dev.lock
	$(VENV)/bin/uv pip compile -q tests/records/eark-validator.in --python-version 3.11 --generate-hashes -o tests/records/eark-validator.lock

# Update the translation catalogue from the source (msgids are Swedish).
messages:
	python manage.py makemessages -l en --no-obsolete --add-location file -i ".venv/*" -i "var/*"

clean-var:
	rm -rf var/broker var/broker-control var/mail
