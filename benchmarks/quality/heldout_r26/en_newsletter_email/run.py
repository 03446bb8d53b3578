import email
from email import policy

import html_text

with open("input.eml", "rb") as f:
    msg = email.message_from_binary_file(f, policy=policy.default)

html = msg.get_body(preferencelist=("html",)).get_content()
text = html_text.extract_text(html)
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(text + "\n")
