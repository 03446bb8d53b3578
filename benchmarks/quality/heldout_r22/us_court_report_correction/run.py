# trafilatura 2.3.1 (pip): extract(include_comments=True), plain-text output, other options default
import trafilatura
html = open("input.html", encoding="utf-8").read()
text = trafilatura.extract(html, include_comments=True)
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(text + "\n")
