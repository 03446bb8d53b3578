#!/bin/sh
# Tool: readability-lxml 0.9 + lxml 6.1.3 (lxml_html_clean 0.4.6), Python 3.11
cd "$(dirname "$0")" && ${PY:-python3} run.py
