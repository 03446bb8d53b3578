#!/bin/sh
# readabilipy 0.3.0 simple_json_from_html_string(html, use_readability=False), plain_text joined by blank lines
${PY:-python3} run.py
