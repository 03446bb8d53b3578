# Rebuilds page.txt from input.html with trafilatura 2.3.1 (PyPI), Markdown output.
import trafilatura
with open("input.html", encoding="utf-8") as f:
    html = f.read()
out = trafilatura.extract(html, output_format="markdown", include_formatting=True,
                          include_links=False, include_images=True, include_tables=True,
                          include_comments=False, favor_recall=True)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(out + "\n")
