#!/bin/sh
# Rebuilds page.txt from input.html (BeautifulSoup get_text("\n") on the whole page, html.parser).
set -e
cd "$(dirname "$0")"
${PY:-python3} run.py
