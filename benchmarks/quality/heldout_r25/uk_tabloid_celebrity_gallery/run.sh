#!/bin/sh
# Rebuilds page.txt from input.html (html2text on the whole page, no wrapping, links dropped).
set -e
cd "$(dirname "$0")"
${PY:-python3} run.py
