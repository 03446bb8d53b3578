# Reproduces page.txt from input.html with Resiliparse (main-content extraction).
from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import HTMLTree
with open("input.html", encoding="utf-8") as f:
    tree = HTMLTree.parse(f.read())
text = extract_plain_text(tree, main_content=True, alt_texts=True, list_bullets=True)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text + "\n")
