#!/bin/sh
# Reproduces page.txt. Needs: newspaper4k 0.9.6 (pip install newspaper4k==0.9.6), Python 3.11.
set -e
cd "$(dirname "$0")"
${PY:-python3} run.py > page.txt
