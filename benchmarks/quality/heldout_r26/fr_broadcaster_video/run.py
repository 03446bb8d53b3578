from newspaper import Article

with open("input.html", encoding="utf-8") as f:
    html = f.read()

article = Article("https://www.horizoninfo.example/monde/europe/video-villacorva-barrage.html", language="fr")
article.download(input_html=html)
article.parse()
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(article.title + "\n\n" + article.text + "\n")
