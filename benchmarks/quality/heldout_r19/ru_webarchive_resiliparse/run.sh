#!/bin/sh
# Needs a Python with Resiliparse==2.0.1; set PY to its path (default: python3).
${PY:-python3} run.py
