# jusText with the Indonesian stoplist (max_link_density=0.9, stopwords_low=0.2, length_low=40); non-boilerplate paragraphs joined by newlines.
import justext

with open("input.html", "rb") as f:
    html = f.read()
paragraphs = justext.justext(html, justext.get_stoplist("Indonesian"),
                             max_link_density=0.9, stopwords_low=0.2, length_low=40)
text = "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(text + "\n")
