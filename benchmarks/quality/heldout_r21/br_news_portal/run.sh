#!/bin/sh
# Tool: Resiliparse 2.0.1, Python 3.11
cd "$(dirname "$0")" && ${PY:-python3} run.py
