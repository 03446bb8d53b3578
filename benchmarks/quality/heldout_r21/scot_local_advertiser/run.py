# Reproduces page.txt from input.html with html2text (whole page, Markdown-style text).
import html2text
with open("input.html", encoding="utf-8") as f:
    html = f.read()
h = html2text.HTML2Text()
h.body_width = 0
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(h.handle(html))
