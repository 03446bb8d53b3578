#!/bin/sh
# Rebuilds page.txt from input.html (markdownify on the whole page, ATX headings, otherwise defaults).
set -e
cd "$(dirname "$0")"
${PY:-python3} run.py
