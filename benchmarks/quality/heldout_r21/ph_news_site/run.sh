#!/bin/sh
# Tool: goose3 3.1.22 (lxml 6.1.3), Python 3.11
cd "$(dirname "$0")" && ${PY:-python3} run.py
