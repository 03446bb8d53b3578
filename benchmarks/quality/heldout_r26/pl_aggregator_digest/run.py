from bs4 import BeautifulSoup

with open("input.html", encoding="utf-8") as f:
    html = f.read()

soup = BeautifulSoup(html, "html.parser")
for tag in soup(["script", "style", "head"]):
    tag.decompose()
text = soup.get_text(separator="\n", strip=True)
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(text + "\n")
