# Reproduces page.txt from input.eml: the text/html part of the newsletter
# e-mail is converted with html-text (whole e-mail), after a few header lines.
import email
from email import policy
import html_text
with open("input.eml", "rb") as f:
    msg = email.message_from_binary_file(f, policy=policy.default)
html = msg.get_body(preferencelist=("html",)).get_content()
out = "From: " + str(msg["From"]) + "\n"
out += "Subject: " + str(msg["Subject"]) + "\n"
out += "Date: " + str(msg["Date"]) + "\n\n"
out += html_text.extract_text(html, guess_layout=True) + "\n"
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(out)
