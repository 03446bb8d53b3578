python -c "from boilerpy3 import extractors; print(extractors.ArticleExtractor().get_content(open('input.html',encoding='utf-8').read()))" > page.txt
