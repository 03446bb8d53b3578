#!/bin/sh
# Resiliparse 2.0.1 extract_plain_text(main_content=False, list_bullets=True, alt_texts=False)
${PY:-python3} run.py
