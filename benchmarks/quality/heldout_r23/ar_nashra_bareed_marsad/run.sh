#!/bin/sh
# email (Python 3.11 stdlib) + inscriptis 2.7.6: get_text(html, ParserConfig(css=CSS_PROFILES["strict"], display_links=True))
${PY:-python3} run.py
