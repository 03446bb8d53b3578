#!/bin/sh
# boilerpy3 1.0.7 (pip), Python 3.11
${PY:-python3} run.py
