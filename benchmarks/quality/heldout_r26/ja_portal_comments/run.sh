#!/bin/sh
# Rebuilds page.txt from input.html (Resiliparse extract_plain_text, main_content=False, whole page).
set -e
cd "$(dirname "$0")"
"${PY:-python3}" run.py
