# Reproduces page.txt from input.html (run inside this folder).
import html_text

html = open("input.html", encoding="utf-8").read()
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(html_text.extract_text(html) + "\n")
