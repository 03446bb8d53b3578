# Rebuilds page.txt from input.html with boilerpy3 1.0.7 (PyPI), DefaultExtractor.
from boilerpy3 import extractors
with open("input.html", encoding="utf-8") as f:
    html = f.read()
out = extractors.DefaultExtractor().get_content(html)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(out)
