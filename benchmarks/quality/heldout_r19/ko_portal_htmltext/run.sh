#!/bin/sh
# Needs a Python with html-text==0.7.1; set PY to its path (default: python3).
${PY:-python3} run.py
