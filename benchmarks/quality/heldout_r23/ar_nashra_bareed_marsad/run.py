# Rebuilds page.txt from input.eml: the text/html part is taken with the standard
# library "email" package and rendered with inscriptis 2.7.6 (PyPI "inscriptis"),
# strict CSS profile, anchor URLs shown.
from email import policy
from email.parser import BytesParser
from inscriptis import get_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig
with open("input.eml", "rb") as f:
    msg = BytesParser(policy=policy.default).parse(f)
html = msg.get_body(preferencelist=("html",)).get_content()
cfg = ParserConfig(css=CSS_PROFILES["strict"], display_links=True)
out = get_text(html, cfg)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(out)
