#!/bin/sh
# Rebuilds page.txt from input.html (Resiliparse extract_plain_text with main_content=True).
set -e
cd "$(dirname "$0")"
${PY:-python3} run.py
