# Reproduces page.txt from input.html (run inside this folder).
from inscriptis import get_text

html = open("input.html", encoding="utf-8").read()
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(get_text(html))
