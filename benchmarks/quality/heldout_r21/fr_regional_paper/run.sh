#!/bin/sh
# Tool: jusText 3.0.2 (lxml 6.1.3), Python 3.11
cd "$(dirname "$0")" && ${PY:-python3} run.py
