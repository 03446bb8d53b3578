import sys
import html2text

h = html2text.HTML2Text()  # default options (body_width=78, links and images kept)
sys.stdout.write(h.handle(open("input.html", encoding="utf-8").read()))
