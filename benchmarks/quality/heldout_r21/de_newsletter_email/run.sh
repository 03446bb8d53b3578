#!/bin/sh
# Tool: html-text 0.7.1 (lxml 6.1.3, lxml_html_clean 0.4.6) + Python's email package, Python 3.11
cd "$(dirname "$0")" && ${PY:-python3} run.py
