# Reproduces page.txt from input.html with trafilatura (article-only extraction).
import trafilatura
with open("input.html", encoding="utf-8") as f:
    html = f.read()
text = trafilatura.extract(
    html,
    include_comments=True,
    include_tables=True,
    include_images=True,
    with_metadata=True,
)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text + "\n")
