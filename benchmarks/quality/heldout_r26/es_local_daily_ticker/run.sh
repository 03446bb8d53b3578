#!/bin/sh
# Rebuilds page.txt from input.html (inscriptis, whole page).
set -e
cd "$(dirname "$0")"
"${PY:-python3}" run.py
