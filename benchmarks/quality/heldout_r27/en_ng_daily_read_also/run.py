from newspaper import Article

with open("input.html", encoding="utf-8") as f:
    html = f.read()
article = Article("https://lagoscourier.example/news/2025/02/fg-labour-agree-minimum-wage-review/", language="en")
article.download(input_html=html)
article.parse()
text = article.text
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text)
