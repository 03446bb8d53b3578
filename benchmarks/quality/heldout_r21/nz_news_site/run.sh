#!/bin/sh
# Tool: newspaper4k 0.9.6 (lxml 6.1.3), Python 3.11
cd "$(dirname "$0")" && ${PY:-python3} run.py
