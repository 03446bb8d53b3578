#!/bin/sh
# Rebuilds page.txt from input.html (w3m text dump of the whole page, 80 columns).
set -e
cd "$(dirname "$0")"
w3m -dump -cols 80 -T text/html -I UTF-8 -O UTF-8 input.html > page.txt
