"""jusText with parameters loosened for a language with short, dense paragraphs;
output in the justext command line's default format ("<p> " / "<h> " prefixes,
good paragraphs only)."""
import sys
import justext

html = open("input.html", "rb").read()
paragraphs = justext.justext(
    html, justext.get_stoplist("Persian"),
    length_low=40, length_high=80, stopwords_low=0.2, stopwords_high=0.3,
    max_link_density=0.4,
)
for p in paragraphs:
    if not p.is_boilerplate:
        sys.stdout.write("<%s> %s\n" % ("h" if p.is_heading else "p", p.text))
