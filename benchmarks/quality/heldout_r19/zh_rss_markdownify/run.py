# Reproduces page.txt from input.xml (run inside this folder):
# a small feed-to-Markdown script; every HTML field is converted with markdownify.
import xml.etree.ElementTree as ET
from markdownify import markdownify as md

NS = {"content": "http://purl.org/rss/1.0/modules/content/",
      "dc": "http://purl.org/dc/elements/1.1/"}
ch = ET.parse("input.xml").getroot().find("channel")
out = [f"# {ch.findtext('title')}", "", ch.findtext("description"), ""]
for it in ch.findall("item"):
    out.append(f"## {it.findtext('title')}")
    out.append("")
    out.append(f"<{it.findtext('link')}>")
    out.append(f"{it.findtext('pubDate')} | {it.findtext('dc:creator', namespaces=NS)} | {it.findtext('category')}")
    out.append("")
    out.append(md(it.findtext("description")).strip())
    out.append("")
    out.append(md(it.findtext("content:encoded", namespaces=NS)).strip())
    out.append("")
    out.append("---")
    out.append("")
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write("\n".join(out))
