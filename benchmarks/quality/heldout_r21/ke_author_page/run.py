# Reproduces page.txt from input.html with inscriptis (whole page, images shown as [alt]).
from inscriptis import get_text
from inscriptis.model.config import ParserConfig
with open("input.html", encoding="utf-8") as f:
    html = f.read()
text = get_text(html, ParserConfig(display_images=True))
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text)
