#!/bin/sh
# Needs a Python with html2text==2025.4.15; set PY to its path (default: python3).
${PY:-python3} run.py
