#!/bin/sh
# Rebuilds page.txt from input.html with w3m 0.5.3+git20230121 (Debian package "w3m"),
# 100 columns, link numbers shown inline (display_link_number=1).
w3m -dump -T text/html -I UTF-8 -O UTF-8 -cols 100 -o display_link_number=1 input.html > page.txt
