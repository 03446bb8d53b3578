# Reproduces page.txt from input.html (run inside this folder).
from resiliparse.extract.html2text import extract_plain_text

html = open("input.html", encoding="utf-8").read()
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(extract_plain_text(html, main_content=True))
