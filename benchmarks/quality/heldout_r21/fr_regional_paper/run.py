# Reproduces page.txt from input.html with jusText (paragraphs not classified as boilerplate).
import justext
with open("input.html", "rb") as f:
    html = f.read()
paragraphs = justext.justext(html, justext.get_stoplist("French"), encoding="utf-8")
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    for p in paragraphs:
        if not p.is_boilerplate:
            f.write(p.text + "\n")
