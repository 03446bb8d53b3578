#!/bin/sh
# Rebuilds page.txt from input.html (boilerpy3 ArticleExtractor, article only).
set -e
cd "$(dirname "$0")"
"${PY:-python3}" run.py
