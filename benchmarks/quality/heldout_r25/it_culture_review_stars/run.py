from boilerpy3 import extractors

with open("input.html", encoding="utf-8") as f:
    html = f.read()

doc = extractors.ArticleExtractor().get_doc(html)

with open("page.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write(doc.title + "\n\n" + doc.content)
