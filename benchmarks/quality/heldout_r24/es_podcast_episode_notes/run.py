# goose3: title + blank line + cleaned_text (article only), Spanish stopwords.
from goose3 import Goose

with open("input.html", encoding="utf-8") as f:
    html = f.read()
g = Goose({"target_language": "es", "use_meta_language": False})
art = g.extract(raw_html=html)
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(art.title + "\n\n" + art.cleaned_text + "\n")
