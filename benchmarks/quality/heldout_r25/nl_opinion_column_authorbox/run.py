import html_text
from readability import Document

with open("input.html", encoding="utf-8") as f:
    html = f.read()

doc = Document(html)
text = doc.title() + "\n\n" + html_text.extract_text(doc.summary(html_partial=True))

with open("page.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write(text + "\n")
