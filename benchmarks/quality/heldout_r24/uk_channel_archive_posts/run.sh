#!/bin/sh
# Rebuild page.txt from input.html; see run.py for the exact call.
cd "$(dirname "$0")"
${PY:-python3} run.py
