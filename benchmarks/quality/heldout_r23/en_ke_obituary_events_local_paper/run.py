# Rebuilds page.txt from input.html with jusText 3.0.2 (PyPI "jusText"),
# English stoplist, lowered thresholds (length_low=30, length_high=100,
# stopwords_low=0.1, stopwords_high=0.2); all paragraphs that are
# not classified as boilerplate, one per line.
import justext
with open("input.html", "rb") as f:
    html = f.read()
paras = justext.justext(html, justext.get_stoplist("English"), encoding="utf-8",
                        length_low=30, length_high=100,
                        stopwords_low=0.1, stopwords_high=0.2)
out = "".join(p.text + "\n" for p in paras if not p.is_boilerplate)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(out)
