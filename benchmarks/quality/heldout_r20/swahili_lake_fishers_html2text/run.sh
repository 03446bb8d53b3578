#!/bin/sh
# Reproduces page.txt. Needs: html2text 2025.4.15 (pip install html2text==2025.4.15), Python 3.11.
set -e
cd "$(dirname "$0")"
${PY:-python3} run.py > page.txt
