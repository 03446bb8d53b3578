#!/bin/sh
# Rebuilds page.txt from input.html with Lynx 2.9.0dev.12 (Debian package "lynx").
# -dump keeps the numbered link list ("References") at the end.
lynx -dump -width=100 -display_charset=utf-8 -assume_charset=utf-8 input.html > page.txt
