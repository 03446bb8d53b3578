# Reproduces page.txt from input.html with newspaper4k (article-only extraction).
from newspaper import Article
with open("input.html", encoding="utf-8") as f:
    html = f.read()
url = "https://www.tidelinenews.example/regions/ellisander-bay/surf-club-clubhouse-move/"
a = Article(url, language="en", fetch_images=False)
a.download(input_html=html)
a.parse()
out = a.title + "\n" + ", ".join(a.authors) + "\n" + str(a.publish_date) + "\n\n" + a.text + "\n"
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(out)
