# newspaper4k: title + blank line + article.text (article only).
from newspaper import Article

with open("input.html", encoding="utf-8") as f:
    html = f.read()
art = Article("https://www.weltblick.example/de-de/nachrichten/regional/bahnstrecke-kellbach-ostrau/ar-BB1x9QzK", language="de")
art.download(input_html=html)
art.parse()
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(art.title + "\n\n" + art.text + "\n")
