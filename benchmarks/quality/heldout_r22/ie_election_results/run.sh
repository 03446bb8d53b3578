#!/bin/sh
# ELinks 0.13.2 (Debian/Ubuntu package); -dump without link numbering or reference list, UTF-8, default width 80
elinks -no-home 1 -dump 1 -no-numbering 1 -no-references 1 -dump-charset utf-8 input.html > page.txt
