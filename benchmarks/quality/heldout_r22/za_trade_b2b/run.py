# news-please 1.6.16 (pip; uses newspaper4k 0.9.6, readability-lxml 0.9 internally)
# NewsPlease.from_html(); record written as: title, authors | date_publish, description, maintext
from newsplease import NewsPlease
html = open("input.html", encoding="utf-8").read()
a = NewsPlease.from_html(html, url="https://coldchainreview.example/warehousing/load-shedding-solar-storage", fetch_images=False)
parts = [a.title or "", ", ".join(a.authors or []) + " | " + str(a.date_publish), a.description or "", a.maintext or ""]
with open("page.txt", "w", encoding="utf-8") as f:
    f.write("\n\n".join(parts) + "\n")
