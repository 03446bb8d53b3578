import justext

html = open("input.html", "rb").read()
for p in justext.justext(html, justext.get_stoplist("Polish")):
    if not p.is_boilerplate:
        print(p.text)
