import email
from email import policy
import html2text

msg = email.message_from_binary_file(open("input.eml", "rb"), policy=policy.default)
html = msg.get_body(preferencelist=("html",)).get_content()
print(html2text.html2text(html), end="")
