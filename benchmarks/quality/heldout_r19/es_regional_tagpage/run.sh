#!/bin/sh
# Needs a Python with inscriptis==2.7.6; set PY to its path (default: python3).
${PY:-python3} run.py
