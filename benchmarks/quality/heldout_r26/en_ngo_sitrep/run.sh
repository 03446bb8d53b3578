#!/bin/sh
# Rebuilds page.txt from input.html (w3m -dump, whole page).
set -e
cd "$(dirname "$0")"
w3m -dump -cols 200 -T text/html -I UTF-8 -O UTF-8 input.html > page.txt
