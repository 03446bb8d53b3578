import sys
from goose3 import Goose

html = open("input.html", encoding="utf-8").read()
with Goose() as g:
    a = g.extract(raw_html=html)
sys.stdout.write(a.title + "\n")
sys.stdout.write(str(a.publish_date) + "\n")
sys.stdout.write(a.meta_description + "\n\n")
sys.stdout.write(a.cleaned_text + "\n")
