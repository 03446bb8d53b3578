# Resiliparse extract_plain_text, whole page (main_content=False), list bullets on.
from resiliparse.extract.html2text import extract_plain_text

with open("input.html", encoding="utf-8") as f:
    html = f.read()
text = extract_plain_text(html, main_content=False, list_bullets=True)
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(text + "\n")
