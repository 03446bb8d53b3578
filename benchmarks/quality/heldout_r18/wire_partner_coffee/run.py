from readability import Document
from bs4 import BeautifulSoup

html = open("input.html", encoding="utf-8").read()
doc = Document(html)
print(doc.title())
print()
print(BeautifulSoup(doc.summary(), "html.parser").get_text("\n"))
