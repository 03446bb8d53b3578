#!/bin/sh
# trafilatura 2.3.1 (pip), Python 3.11
${PY:-python3} run.py
