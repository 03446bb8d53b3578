#!/bin/sh
# Rebuild page.txt from input.html with pandoc (Debian package), plain text writer, default wrapping.
cd "$(dirname "$0")"
pandoc -f html -t plain -o page.txt input.html
