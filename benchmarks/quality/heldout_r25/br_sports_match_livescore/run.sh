#!/bin/sh
# Rebuilds page.txt from input.html (lynx text dump of the whole page, no link list).
set -e
cd "$(dirname "$0")"
lynx -dump -nolist -width=132 -display_charset=UTF-8 -assume_charset=UTF-8 input.html > page.txt
