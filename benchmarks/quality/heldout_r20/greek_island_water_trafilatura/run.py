import sys
import trafilatura

html = open("input.html", encoding="utf-8").read()
out = trafilatura.extract(
    html,
    url="https://nisiotikos-palmos.example/koinonia/xoris-nero-tria-xoria-kalamidas",
    output_format="txt",
    with_metadata=True,
    include_comments=True,
    include_tables=True,
    favor_recall=True,
)
sys.stdout.write(out + "\n")
