#!/bin/sh
# page.txt is a HAND-SIMULATED browser select-all (Ctrl+A, Ctrl+C) of input.html:
# the rendering was written by hand into selectall_rendered.txt; no tool is run.
cp selectall_rendered.txt page.txt
