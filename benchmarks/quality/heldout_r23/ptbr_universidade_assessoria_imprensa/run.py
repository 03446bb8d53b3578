# Rebuilds page.txt from input.html with Resiliparse 2.0.1 (PyPI "resiliparse"),
# extract_plain_text on the WHOLE page (main_content=False), alt texts off, bullets on.
from resiliparse.parse.html import HTMLTree
from resiliparse.extract.html2text import extract_plain_text
with open("input.html", encoding="utf-8") as f:
    tree = HTMLTree.parse(f.read())
out = extract_plain_text(tree, main_content=False, alt_texts=False, list_bullets=True,
                         links=False, form_fields=False, noscript=False)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(out + "\n")
