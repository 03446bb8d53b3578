python -c "from bs4 import BeautifulSoup; print(BeautifulSoup(open('input.xml',encoding='utf-8').read(), 'xml').get_text('\\n'))" > page.txt
