#!/bin/sh
# readability-lxml 0.9 Document.summary(html_partial=True) -> html2text 2025.4.15 (body_width=0, ignore_images=True)
${PY:-python3} run.py
