#!/bin/sh
# Needs a Python with markdownify==1.2.3; set PY to its path (default: python3).
${PY:-python3} run.py
