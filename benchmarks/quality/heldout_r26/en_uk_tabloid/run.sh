#!/bin/sh
# Rebuilds page.txt from input.html (lynx -dump, whole page).
set -e
cd "$(dirname "$0")"
lynx -dump -nolist -width=90 -assume_charset=utf-8 -display_charset=utf-8 input.html > page.txt
