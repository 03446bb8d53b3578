# The two commands: `make demo` cleans the bundled fixtures, `make test` runs
# every check. Both create the virtual environment they need on first use.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-dev

.PHONY: demo test bench lint clean report-png

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p out
	$(VENV)/bin/cleanse clean fixtures/raw -o out/fixtures.jsonl \
		--rejects out/rejects.jsonl --report out/report.json --html out/report.html
	@echo "wrote out/fixtures.jsonl, out/rejects.jsonl, out/report.json and out/report.html"

test: $(STAMP)
	$(PY) -m pytest --benchmark-disable
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy
	mkdir -p out
	$(VENV)/bin/cleanse check fixtures/ --baseline fixtures/baseline.json --junit out/check.xml

# The README's screenshot of the run report of fixtures/raw (needs chromium).
report-png: $(STAMP)
	mkdir -p out docs
	$(VENV)/bin/cleanse clean fixtures/raw -o out/fixtures.jsonl --html out/report.html
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir=$$(mktemp -d) --hide-scrollbars --window-size=1100,2000 \
		--screenshot=docs/report.png file://$(CURDIR)/out/report.html

bench: $(STAMP)
	$(PY) -m pytest benchmarks --benchmark-only --benchmark-sort=name

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
