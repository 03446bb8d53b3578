from inscriptis import get_text

with open("input.html", encoding="utf-8") as f:
    html = f.read()
text = get_text(html)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text)
