#!/bin/sh
# html2text 2025.4.15 (pip), Python 3.11 standard-library email
${PY:-python3} run.py
