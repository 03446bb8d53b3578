import trafilatura

with open("input.html", encoding="utf-8") as f:
    html = f.read()
text = trafilatura.extract(html, output_format="markdown", include_comments=True)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text)
