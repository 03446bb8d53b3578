#!/bin/sh
# Reproduces page.txt. Needs: Links 2.28 (Debian package links).
set -e
cd "$(dirname "$0")"
LC_ALL=C.UTF-8 links -dump -width 100 -codepage utf-8 -html-assume-codepage utf-8 input.html > page.txt
