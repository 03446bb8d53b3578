python -c "import trafilatura; print(trafilatura.extract(open('input.html').read()))" > page.txt
