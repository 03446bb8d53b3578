# Reproduces page.txt from input.html (run inside this folder):
# readability-lxml picks the main block; lxml's text_content() turns it into text.
from readability import Document
import lxml.html

doc = Document(open("input.html", encoding="utf-8").read())
body = lxml.html.fromstring(doc.summary()).text_content()
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(doc.title() + "\n" + body)
