#!/bin/sh
# jusText 3.0.2 justext(html, get_stoplist("English"), length_low=30, length_high=100, stopwords_low=0.1, stopwords_high=0.2), non-boilerplate paragraphs one per line
${PY:-python3} run.py
