import sys
from inscriptis import get_text
from inscriptis.model.config import ParserConfig

html = open("input.html", encoding="utf-8").read()
sys.stdout.write(get_text(html, ParserConfig(display_images=True)))
