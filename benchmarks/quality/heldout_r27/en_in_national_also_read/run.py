from bs4 import BeautifulSoup

with open("input.html", encoding="utf-8") as f:
    html = f.read()
soup = BeautifulSoup(html, "html.parser")
text = soup.get_text("\n")
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text)
