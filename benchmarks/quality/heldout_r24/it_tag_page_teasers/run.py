# markdownify of the whole page, heading_style="ATX", strip=["script", "style"].
from markdownify import markdownify

with open("input.html", encoding="utf-8") as f:
    html = f.read()
text = markdownify(html, heading_style="ATX", strip=["script", "style"])
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(text)
