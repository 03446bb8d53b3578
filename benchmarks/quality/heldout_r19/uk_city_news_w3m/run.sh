#!/bin/sh
# Reproduces page.txt from input.html (run inside this folder).
w3m -dump -T text/html -I UTF-8 -O UTF-8 -cols 100 input.html > page.txt
