#!/bin/sh
# Reproduces page.txt. Needs: goose3 3.1.22 (pip install goose3==3.1.22), Python 3.11.
set -e
cd "$(dirname "$0")"
${PY:-python3} run.py > page.txt
