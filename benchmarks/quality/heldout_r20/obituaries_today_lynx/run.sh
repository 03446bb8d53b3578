#!/bin/sh
# Reproduces page.txt. Needs: Lynx 2.9.0dev.12 (Debian package lynx).
set -e
cd "$(dirname "$0")"
LC_ALL=C.UTF-8 lynx -dump -width=90 -assume_charset=utf-8 -display_charset=utf-8 -nocolor input.html > page.txt
