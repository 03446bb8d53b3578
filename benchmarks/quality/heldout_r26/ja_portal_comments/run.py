from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import HTMLTree

with open("input.html", encoding="utf-8") as f:
    html = f.read()

tree = HTMLTree.parse(html)
text = extract_plain_text(tree, main_content=False, alt_texts=False, links=True, list_bullets=True)
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(text + "\n")
