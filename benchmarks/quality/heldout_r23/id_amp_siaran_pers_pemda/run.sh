#!/bin/sh
# trafilatura 2.3.1, output_format="markdown", include_formatting=True, favor_recall=True, include_images=True
${PY:-python3} run.py
