#!/bin/sh
# Tool: Lynx 2.9.0dev.12 (Debian package lynx), text dump of the whole page
cd "$(dirname "$0")" && lynx -dump -nolist -width=90 -assume_charset=utf-8 -display_charset=utf-8 input.html > page.txt
