python -c "import html_text; print(html_text.extract_text(open('input.html',encoding='utf-8').read()))" > page.txt
