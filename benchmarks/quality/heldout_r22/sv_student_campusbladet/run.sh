#!/bin/sh
# pandoc 2.17.1.1 (Debian/Ubuntu package), default options: HTML -> plain text, default column width 72
pandoc -f html -t plain input.html -o page.txt
