from goose3 import Goose

with open("input.html", encoding="utf-8") as f:
    html = f.read()
g = Goose()
article = g.extract(raw_html=html)
text = article.cleaned_text
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text)
