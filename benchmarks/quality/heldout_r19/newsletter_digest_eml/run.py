# Reproduces page.txt from input.eml (run inside this folder):
# take the text/html part of the e-mail and convert it with html2text.
import email
from email import policy
import html2text

msg = email.message_from_binary_file(open("input.eml", "rb"), policy=policy.default)
html = msg.get_body(preferencelist=("html",)).get_content()
h = html2text.HTML2Text()
h.body_width = 0
out = h.handle(html)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(out)
