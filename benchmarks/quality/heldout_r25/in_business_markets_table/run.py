import trafilatura

with open("input.html", encoding="utf-8") as f:
    html = f.read()

text = trafilatura.extract(
    html,
    output_format="markdown",
    include_tables=True,
    include_comments=False,
    include_formatting=True,
    favor_precision=True,
)

with open("page.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write(text + "\n")
