#!/bin/sh
# readabilipy 0.3.0 (pip), Python 3.11, Node.js v20 with the package's JavaScript dependencies
# installed once:  (cd "$(${PY:-python3} -c 'import readabilipy,os;print(os.path.dirname(readabilipy.__file__))')/javascript" && npm install)
${PY:-python3} run.py
