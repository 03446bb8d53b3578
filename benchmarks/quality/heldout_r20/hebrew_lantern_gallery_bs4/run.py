import sys
from bs4 import BeautifulSoup

soup = BeautifulSoup(open("input.html", encoding="utf-8").read(), "html.parser")
for t in soup(["script", "style"]):
    t.decompose()
sys.stdout.write(soup.body.get_text("\n", strip=True) + "\n")
