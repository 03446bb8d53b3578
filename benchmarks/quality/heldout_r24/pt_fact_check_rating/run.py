# readability-lxml picks the article; html-text turns its HTML into text.
# Output: readability title + blank line + text (article only).
import html_text
from readability import Document

with open("input.html", encoding="utf-8") as f:
    html = f.read()
doc = Document(html)
text = html_text.extract_text(doc.summary(html_partial=True))
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(doc.title() + "\n\n" + text + "\n")
