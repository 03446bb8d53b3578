# Reproduces page.txt from input.html (run inside this folder).
from bs4 import BeautifulSoup

soup = BeautifulSoup(open("input.html", encoding="utf-8").read(), "html.parser")
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(soup.get_text(separator="\n", strip=True) + "\n")
