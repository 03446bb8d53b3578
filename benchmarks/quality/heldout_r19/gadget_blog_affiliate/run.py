# Reproduces page.txt from input.html (run inside this folder).
import sys
import trafilatura

html = open("input.html", encoding="utf-8").read()
out = trafilatura.extract(html, include_tables=True, include_comments=True,
                          favor_recall=True, with_metadata=True, include_images=True)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(out)
