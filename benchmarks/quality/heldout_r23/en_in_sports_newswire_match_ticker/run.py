# Rebuilds page.txt from input.html with trafilatura 2.3.1 (PyPI), plain text,
# comments included, tables included, no deduplication, precision mode.
import trafilatura
with open("input.html", encoding="utf-8") as f:
    html = f.read()
out = trafilatura.extract(html, output_format="txt", include_comments=True,
                          include_tables=True, deduplicate=False, favor_precision=True)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(out + "\n")
