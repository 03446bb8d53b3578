python -c "from inscriptis import get_text; open('page.txt','w').write(get_text(open('input.html').read()))"
