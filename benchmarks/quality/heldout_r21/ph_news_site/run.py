# Reproduces page.txt from input.html with goose3 (article-only extraction).
from goose3 import Goose
with open("input.html", encoding="utf-8") as f:
    html = f.read()
g = Goose({"enable_image_fetching": False})
a = g.extract(raw_html=html)
out = a.title + "\n" + a.meta_description + "\n\n" + a.cleaned_text + "\n"
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(out)
