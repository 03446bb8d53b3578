# boilerpy3 1.0.7 (pip), KeepEverythingExtractor, get_content_from_file; page.txt = content as returned
from boilerpy3 import extractors
text = extractors.KeepEverythingExtractor().get_content_from_file("input.html")
with open("page.txt", "w", encoding="utf-8") as f:
    f.write(text)
