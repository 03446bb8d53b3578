import trafilatura

with open("input.html", encoding="utf-8") as f:
    html = f.read()

text = trafilatura.extract(html, output_format="txt", include_comments=True, include_tables=True, with_metadata=True, favor_recall=True)

with open("page.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write(text + "\n")
