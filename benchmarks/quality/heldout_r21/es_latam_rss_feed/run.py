# Reproduces page.txt from input.xml (an RSS 2.0 feed): every item's fields are
# printed, and the HTML in <description> and <content:encoded> is flattened with
# BeautifulSoup's get_text(separator="\n").
from bs4 import BeautifulSoup
with open("input.xml", encoding="utf-8") as f:
    feed = BeautifulSoup(f.read(), "xml")
out = []
ch = feed.find("channel")
out.append(ch.find("title", recursive=False).get_text())
out.append(ch.find("description", recursive=False).get_text())
out.append("")
for item in feed.find_all("item"):
    out.append(item.find("title").get_text())
    out.append(item.find("link").get_text())
    out.append(item.find("pubDate").get_text())
    out.append(item.find("creator").get_text())
    out.append(", ".join(c.get_text() for c in item.find_all("category")))
    desc = BeautifulSoup(item.find("description").get_text(), "html.parser")
    out.append(desc.get_text(separator="\n"))
    body = BeautifulSoup(item.find("encoded").get_text(), "html.parser")
    out.append(body.get_text(separator="\n"))
    out.append("")
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write("\n".join(out))
