#!/bin/sh
# Needs a Python with boilerpy3==1.0.7; set PY to its path (default: python3).
${PY:-python3} run.py
