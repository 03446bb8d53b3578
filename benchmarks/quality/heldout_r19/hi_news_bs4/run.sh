#!/bin/sh
# Needs a Python with beautifulsoup4==4.15.0; set PY to its path (default: python3).
${PY:-python3} run.py
