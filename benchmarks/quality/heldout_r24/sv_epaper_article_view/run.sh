#!/bin/sh
# Rebuild page.txt from input.html with w3m (Debian package), whole page.
cd "$(dirname "$0")"
w3m -dump -cols 80 -T text/html -I UTF-8 -O UTF-8 input.html > page.txt
