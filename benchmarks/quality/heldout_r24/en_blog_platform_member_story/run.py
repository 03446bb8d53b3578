# html2text with its default settings (whole page to Markdown-like text).
import html2text

with open("input.html", encoding="utf-8") as f:
    html = f.read()
h = html2text.HTML2Text()
text = h.handle(html)
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(text)
