#!/bin/sh
# news-please 1.6.16 (pip), Python 3.11
${PY:-python3} run.py
