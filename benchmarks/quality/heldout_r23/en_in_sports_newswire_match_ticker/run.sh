#!/bin/sh
# trafilatura 2.3.1 extract(output_format="txt", include_comments=True, include_tables=True, deduplicate=False, favor_precision=True)
${PY:-python3} run.py
