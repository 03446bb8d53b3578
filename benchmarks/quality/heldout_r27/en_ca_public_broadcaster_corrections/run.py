from readability import Document
import html_text

with open("input.html", encoding="utf-8") as f:
    html = f.read()
doc = Document(html)
text = doc.short_title() + "\n\n" + html_text.extract_text(doc.summary())
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text)
