"""Turn input.warc (warcinfo + 3 HTML response records) into a WET-style text file.

Text extraction: Resiliparse extract_plain_text (whole page, main_content=False).
The WET writer (headers, digest, record ids) is hand-written here, imitating the
layout of Common Crawl WET files, with LF line endings.
"""
import base64, hashlib, sys, uuid
from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import HTMLTree


def records(data):
    pos = 0
    while pos < len(data):
        end = data.index(b"\r\n\r\n", pos)
        head = data[pos:end].decode("utf-8").split("\r\n")
        fields = dict(l.split(": ", 1) for l in head[1:])
        n = int(fields["Content-Length"])
        block = data[end + 4:end + 4 + n]
        yield fields, block
        pos = end + 4 + n + 4


def digest(b):
    return "sha1:" + base64.b32encode(hashlib.sha1(b).digest()).decode()


LANG = {"podhoransky-denik": "ces", "eastmere-council": "eng", "harsvolgyi-hirek": "hun"}

out = []
data = open("input.warc", "rb").read()
for fields, block in records(data):
    if fields["WARC-Type"] == "warcinfo":
        body = ("Software-Info: sample-wet-writer/0.1 (resiliparse extract_plain_text)\n"
                "Extracted-Date: Mon, 13 May 2024 09:00:00 GMT\n"
                "robots: checked\n"
                "isPartOf: SAMPLE-CRAWL-2024-20\n"
                "operator: sample crawl operator, crawl@corpus-builder.example\n"
                "description: Wide crawl of regional news and public sector sites, May 2024\n")
        hdr = ["WARC/1.0", "WARC-Type: warcinfo", "WARC-Date: 2024-05-13T09:00:00Z",
               "WARC-Filename: SAMPLE-CRAWL-2024-20-00017.warc.wet",
               "WARC-Record-ID: <urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, "wetinfo")) + ">",
               "Content-Type: application/warc-fields",
               "Content-Length: %d" % len(body.encode())]
        out.append("\n".join(hdr) + "\n\n" + body + "\n\n")
        continue
    html = block.split(b"\r\n\r\n", 1)[1].decode("utf-8")
    text = extract_plain_text(HTMLTree.parse(html), main_content=False, alt_texts=True,
                              links=False, list_bullets=True, preserve_formatting=True)
    uri = fields["WARC-Target-URI"]
    lang = next(v for k, v in LANG.items() if k in uri)
    hdr = ["WARC/1.0", "WARC-Type: conversion", "WARC-Target-URI: " + uri,
           "WARC-Date: " + fields["WARC-Date"],
           "WARC-Record-ID: <urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, uri)) + ">",
           "WARC-Refers-To: " + fields["WARC-Record-ID"],
           "WARC-Block-Digest: " + digest(text.encode()),
           "WARC-Identified-Content-Language: " + lang,
           "Content-Type: text/plain",
           "Content-Length: %d" % len(text.encode())]
    out.append("\n".join(hdr) + "\n\n" + text + "\n\n")
sys.stdout.write("".join(out))
