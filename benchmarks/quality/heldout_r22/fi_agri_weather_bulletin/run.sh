#!/bin/sh
# Links 2.28 (Debian/Ubuntu package); -dump with UTF-8 output, default width
links -dump -codepage utf-8 input.html > page.txt
