# html2text 2025.4.15 (pip), default options (body_width=78, links inline as Markdown)
# applied to the text/html part of the newsletter e-mail, parsed with the standard-library email package
import email
from email import policy
import html2text
msg = email.message_from_binary_file(open("input.eml", "rb"), policy=policy.default)
html = msg.get_body(preferencelist=("html",)).get_content()
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(html2text.html2text(html))
