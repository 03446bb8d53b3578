# readabilipy 0.3.0 (pip) with use_readability=True: runs Mozilla Readability.js under Node.js
# (Node v20.20.2; @mozilla/readability 0.6.0, jsdom 29.1.1, minimist 1.2.8 installed with
#  "npm install" inside the readabilipy/javascript folder of the installed package)
# output: title line, byline line, then every plain_text paragraph on its own line
from readabilipy import simple_json_from_html_string
html = open("input.html", encoding="utf-8").read()
art = simple_json_from_html_string(html, use_readability=True)
lines = [art.get("title") or "", art.get("byline") or ""]
lines += [p["text"] for p in (art.get("plain_text") or [])]
with open("page.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
