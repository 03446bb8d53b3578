#!/bin/sh
# Rebuilds page.txt from input.html (jusText, Dutch stoplist, whole page).
set -e
cd "$(dirname "$0")"
"${PY:-python3}" run.py
