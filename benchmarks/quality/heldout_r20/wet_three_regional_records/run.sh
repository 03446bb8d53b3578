#!/bin/sh
# Reproduces page.txt. Needs: Resiliparse 2.0.1 (pip install Resiliparse==2.0.1), Python 3.11.
set -e
cd "$(dirname "$0")"
${PY:-python3} run.py > page.txt
