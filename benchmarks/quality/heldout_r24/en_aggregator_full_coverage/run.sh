#!/bin/sh
# Rebuild page.txt from input.html with lynx (Debian package), whole page, no link list.
cd "$(dirname "$0")"
lynx -dump -nolist -width=80 -force_html -assume_charset=utf-8 -display_charset=utf-8 input.html > page.txt
