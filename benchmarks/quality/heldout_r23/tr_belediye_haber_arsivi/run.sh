#!/bin/sh
# Rebuilds page.txt from input.html with pandoc 2.17.1.1 (Debian package "pandoc"),
# HTML reader without native divs/spans, Markdown writer, no line wrapping.
pandoc -f html-native_divs-native_spans -t markdown --wrap=none -o page.txt input.html
