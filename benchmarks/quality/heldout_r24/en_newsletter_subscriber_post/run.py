# trafilatura, Markdown output with formatting, favor_recall=True (main content only;
# comments are kept because include_comments defaults to True).
import trafilatura

with open("input.html", encoding="utf-8") as f:
    html = f.read()
text = trafilatura.extract(html, output_format="markdown", include_formatting=True, favor_recall=True)
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(text + "\n")
