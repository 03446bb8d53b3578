from markdownify import markdownify

with open("input.html", encoding="utf-8") as f:
    html = f.read()

text = markdownify(html, heading_style="ATX")

with open("page.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write(text)
