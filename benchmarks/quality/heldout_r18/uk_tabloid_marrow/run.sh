w3m -dump -cols 100 -O UTF-8 -T text/html input.html > page.txt
