#!/bin/sh
# Reproduces page.txt from input.html (run inside this folder).
lynx -dump -assume_charset=UTF-8 -display_charset=UTF-8 input.html > page.txt
