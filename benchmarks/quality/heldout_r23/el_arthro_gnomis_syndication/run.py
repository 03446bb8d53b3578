# Rebuilds page.txt from input.html with readabilipy 0.3.0 (PyPI), pure-Python mode
# (use_readability=False); the plain_text paragraphs are joined with blank lines.
from readabilipy import simple_json_from_html_string
with open("input.html", encoding="utf-8") as f:
    html = f.read()
art = simple_json_from_html_string(html, use_readability=False)
out = "\n\n".join(p["text"] for p in art["plain_text"]) + "\n"
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(out)
