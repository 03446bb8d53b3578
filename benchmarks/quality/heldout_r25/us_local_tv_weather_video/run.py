from inscriptis import get_text
from inscriptis.model.config import ParserConfig

with open("input.html", encoding="utf-8") as f:
    html = f.read()

text = get_text(html, ParserConfig(display_links=False))

with open("page.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write(text)
