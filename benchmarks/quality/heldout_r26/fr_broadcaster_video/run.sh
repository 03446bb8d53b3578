#!/bin/sh
# Rebuilds page.txt from input.html (newspaper4k, article only).
set -e
cd "$(dirname "$0")"
"${PY:-python3}" run.py
