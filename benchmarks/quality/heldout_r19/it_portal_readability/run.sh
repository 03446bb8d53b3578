#!/bin/sh
# Needs a Python with readability-lxml==0.9 and lxml==6.1.3; set PY to its path (default: python3).
${PY:-python3} run.py
