#!/bin/sh
# Lynx 2.9.0dev.12 (Debian/Ubuntu package); -dump with the default numbered link list ("References"), UTF-8 in and out
lynx -dump -assume_charset=utf-8 -display_charset=utf-8 input.html > page.txt
