#!/bin/sh
# Reproduces page.txt. Needs: pandoc 2.17.1.1 (Debian package pandoc).
set -e
cd "$(dirname "$0")"
pandoc -f html -t plain --columns=80 input.html -o page.txt
