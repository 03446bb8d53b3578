import html2text

with open("input.html", encoding="utf-8") as f:
    html = f.read()

h = html2text.HTML2Text()
h.ignore_links = True
h.ignore_images = True
h.body_width = 0
text = h.handle(html)
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(text)
