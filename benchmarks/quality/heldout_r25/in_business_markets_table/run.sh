#!/bin/sh
# Rebuilds page.txt from input.html (trafilatura, Markdown output with tables, favor_precision, article only).
set -e
cd "$(dirname "$0")"
${PY:-python3} run.py
