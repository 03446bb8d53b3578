import html_text

with open("input.html", encoding="utf-8") as f:
    html = f.read()
text = html_text.extract_text(html)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text)
