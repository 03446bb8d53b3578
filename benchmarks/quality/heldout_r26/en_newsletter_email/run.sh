#!/bin/sh
# Rebuilds page.txt from input.eml (HTML part of the e-mail, converted with html-text; whole message).
set -e
cd "$(dirname "$0")"
"${PY:-python3}" run.py
