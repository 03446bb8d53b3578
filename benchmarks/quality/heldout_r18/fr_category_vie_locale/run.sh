lynx -dump -width=100 -display_charset=utf-8 -assume_charset=utf-8 input.html > page.txt
