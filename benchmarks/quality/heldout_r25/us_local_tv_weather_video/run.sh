#!/bin/sh
# Rebuilds page.txt from input.html (inscriptis get_text on the whole page, links not shown).
set -e
cd "$(dirname "$0")"
${PY:-python3} run.py
