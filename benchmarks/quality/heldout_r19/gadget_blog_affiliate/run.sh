#!/bin/sh
# Needs a Python with trafilatura==2.3.1; set PY to its path (default: python3).
${PY:-python3} run.py
