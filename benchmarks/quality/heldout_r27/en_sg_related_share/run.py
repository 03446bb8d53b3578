import justext

with open("input.html", "rb") as f:
    html = f.read()
paragraphs = justext.justext(html, justext.get_stoplist("English"))
text = "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text)
