#!/bin/sh
# Tool: w3m 0.5.3+git20230121 (Debian package w3m), text dump of the whole page
cd "$(dirname "$0")" && w3m -dump -cols 100 -T text/html -I UTF-8 -O UTF-8 input.html > page.txt
