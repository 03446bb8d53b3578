#!/bin/sh
# Reproduces page.txt. Needs: inscriptis 2.7.6 (pip install inscriptis==2.7.6), Python 3.11.
set -e
cd "$(dirname "$0")"
${PY:-python3} run.py > page.txt
