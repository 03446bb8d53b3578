#!/bin/sh
# Rebuilds page.txt from input.html (run inside this folder).
set -e
cd "$(dirname "$0")"
${PY:-python3} run.py
