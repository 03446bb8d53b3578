#!/bin/sh
# Reproduces page.txt. Needs: trafilatura 2.3.1 (pip install trafilatura==2.3.1), Python 3.11.
set -e
cd "$(dirname "$0")"
${PY:-python3} run.py > page.txt
