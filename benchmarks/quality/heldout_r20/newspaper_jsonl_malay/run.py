"""Parse three saved article pages with newspaper4k, write a newspaper-style JSON-lines
dump in memory, and print each record's fields as "key: value" (the way a corpus
builder eyeballs a dump). Records are separated by a line of dashes."""
import json, sys
import newspaper

URLS = [
    "https://beritasemenanjung.example/wilayah/jambatan-gantung-baharu-kuala-serunai",
    "https://beritasemenanjung.example/sukan/srikandi-telok-seruling-julang-piala",
    "https://beritasemenanjung.example/bisnes/harga-ikan-naik-musim-tengkujuh",
]
dump = []
for i, url in enumerate(URLS, 1):
    html = open(f"input_{i}.html", encoding="utf-8").read()
    a = newspaper.Article(url, language="ms", fetch_images=False)
    a.download(input_html=html)
    a.parse()
    dump.append(json.dumps({
        "url": a.url,
        "title": a.title,
        "authors": a.authors,
        "publish_date": a.publish_date.isoformat() if a.publish_date else None,
        "meta_description": a.meta_description,
        "meta_keywords": a.meta_keywords,
        "top_image": a.top_image,
        "text": a.text,
    }, ensure_ascii=False))

for n, line in enumerate(dump):
    rec = json.loads(line)
    if n:
        sys.stdout.write("-" * 40 + "\n")
    for k, v in rec.items():
        if isinstance(v, list):
            v = ", ".join(v)
        sys.stdout.write(f"{k}: {v}\n")
