#!/bin/sh
# Rebuilds page.txt from input.html (pandoc HTML -> plain text of the whole page, no wrapping).
set -e
cd "$(dirname "$0")"
pandoc -f html -t plain --wrap=none -o page.txt input.html
