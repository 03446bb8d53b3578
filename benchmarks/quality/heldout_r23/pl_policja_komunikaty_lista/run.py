# Rebuilds page.txt from input.html with html2text 2025.4.15 (PyPI "html2text").
import html2text
h = html2text.HTML2Text()
h.ignore_links = True
h.body_width = 78
with open("input.html", encoding="utf-8") as f:
    out = h.handle(f.read())
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(out)
