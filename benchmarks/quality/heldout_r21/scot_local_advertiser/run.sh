#!/bin/sh
# Tool: html2text 2025.4.15, Python 3.11
cd "$(dirname "$0")" && ${PY:-python3} run.py
