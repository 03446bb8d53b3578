import html_text
from readability import Document

with open("input.html", encoding="utf-8") as f:
    html = f.read()

doc = Document(html)
body = html_text.extract_text(doc.summary(html_partial=True))
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(doc.short_title() + "\n\n" + body + "\n")
