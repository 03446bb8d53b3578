#!/bin/sh
# boilerpy3 1.0.7 DefaultExtractor().get_content(html)
${PY:-python3} run.py
