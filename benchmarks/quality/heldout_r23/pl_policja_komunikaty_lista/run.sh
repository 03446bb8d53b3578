#!/bin/sh
# html2text 2025.4.15, ignore_links=True, body_width=78
${PY:-python3} run.py
