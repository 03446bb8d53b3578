python run.py > page.txt
