#!/bin/sh
# Tool: beautifulsoup4 4.15.0 (lxml 6.1.3 XML parser + html.parser), Python 3.11
cd "$(dirname "$0")" && ${PY:-python3} run.py
