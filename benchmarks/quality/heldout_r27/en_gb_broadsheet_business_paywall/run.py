import html2text

with open("input.html", encoding="utf-8") as f:
    html = f.read()
h = html2text.HTML2Text()
text = h.handle(html)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text)
