# Rebuilds page.txt from input.html: readability-lxml 0.9 (PyPI "readability-lxml")
# picks the main content, html2text 2025.4.15 turns its summary() HTML into text.
from readability import Document
import html2text
with open("input.html", encoding="utf-8") as f:
    html = f.read()
doc = Document(html)
h = html2text.HTML2Text()
h.body_width = 0
h.ignore_images = True
out = h.handle(doc.summary(html_partial=True))
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(out)
