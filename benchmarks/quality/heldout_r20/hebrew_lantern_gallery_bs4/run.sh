#!/bin/sh
# Reproduces page.txt. Needs: beautifulsoup4 4.15.0 (pip install beautifulsoup4==4.15.0), Python 3.11.
set -e
cd "$(dirname "$0")"
${PY:-python3} run.py > page.txt
