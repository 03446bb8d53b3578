# Reproduces page.txt from input.html (run inside this folder).
from boilerpy3 import extractors

html = open("input.html", encoding="utf-8").read()
out = extractors.KeepEverythingExtractor().get_content(html)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(out)
