python -m newspaper --url 'https://www.nationalsentinel.example/business/agri/milk-cooperative-app-10-lakh-users' --html-from-file input.html --output-format text --skip-nlp 2>/dev/null > page.txt
