#!/bin/sh
# Reproduces page.txt. Needs: jusText 3.0.2 (pip install justext==3.0.2; with lxml 6.1.3 and lxml_html_clean 0.4.6), Python 3.11.
set -e
cd "$(dirname "$0")"
${PY:-python3} run.py > page.txt
