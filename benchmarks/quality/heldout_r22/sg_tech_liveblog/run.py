# trafilatura 2.3.1 (pip): extract(output_format="markdown", with_metadata=True), other options default
import trafilatura
html = open("input.html", encoding="utf-8").read()
text = trafilatura.extract(html, output_format="markdown", with_metadata=True)
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(text)
