from boilerpy3 import extractors

with open("input.html", encoding="utf-8") as f:
    html = f.read()

extractor = extractors.ArticleExtractor()
text = extractor.get_content(html)
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(text)
