# markdownify 1.2.3 (pip, with beautifulsoup4 4.15.0); whole document, ATX headings, default otherwise
from markdownify import markdownify
html = open("input.html", encoding="utf-8").read()
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(markdownify(html, heading_style="ATX"))
