#!/bin/sh
# markdownify 1.2.3 + beautifulsoup4 4.15.0 (pip), Python 3.11
${PY:-python3} run.py
