# Reproduces page.txt from input.html with readability-lxml (article-only extraction);
# the summary HTML is flattened with lxml's text_content(), title printed first.
import lxml.html
from readability import Document
with open("input.html", encoding="utf-8") as f:
    html = f.read()
doc = Document(html)
body = lxml.html.fromstring(doc.summary())
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(doc.title() + "\n\n" + body.text_content())
