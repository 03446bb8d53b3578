#!/bin/sh
# Rebuilds page.txt from input.html (pandoc -t plain, whole page).
set -e
cd "$(dirname "$0")"
pandoc -f html -t plain --wrap=none -o page.txt input.html
