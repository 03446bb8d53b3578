from resiliparse.extract.html2text import extract_plain_text

with open("input.html", encoding="utf-8") as f:
    html = f.read()
text = extract_plain_text(html, main_content=False)
with open("page.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text)
