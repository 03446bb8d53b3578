python -c "from resiliparse.extract.html2text import extract_plain_text; print(extract_plain_text(open('input.html',encoding='utf-8').read()))" > page.txt
