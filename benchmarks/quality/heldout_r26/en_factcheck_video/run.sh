#!/bin/sh
# Rebuilds page.txt from input.html (readability-lxml summary, rendered as text with html-text; article only).
set -e
cd "$(dirname "$0")"
"${PY:-python3}" run.py
