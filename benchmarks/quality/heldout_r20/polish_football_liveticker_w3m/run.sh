#!/bin/sh
# Reproduces page.txt. Needs: w3m 0.5.3+git20230121 (Debian package w3m).
set -e
cd "$(dirname "$0")"
LC_ALL=C.UTF-8 w3m -dump -cols 100 -T text/html -I UTF-8 -O UTF-8 input.html > page.txt
