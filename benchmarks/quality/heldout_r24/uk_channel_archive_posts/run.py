# inscriptis get_text with default configuration (whole page).
from inscriptis import get_text

with open("input.html", encoding="utf-8") as f:
    html = f.read()
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(get_text(html))
