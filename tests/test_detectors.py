"""Unit tests for the generic detectors, with look-alikes that must not change."""

from __future__ import annotations

import re

import pytest

from cleanse import Config, clean_text
from cleanse.detectors import (
    _breadcrumb,
    byline_line,
    credit_line,
    date_line,
    drop_repeated_blocks,
    drop_ui_lines,
    extract_metadata,
    feed_boundaries,
    ui_rule,
    url_line,
)
from cleanse.stages import split_articles

from .conftest import CONFIG, draft

# drop_ui_lines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Share on WhatsApp", "share_links"),
        ("Facebook | Twitter | WhatsApp", "share_links"),
        ("Follow us on Instagram", "follow_links"),
        ("Subscribe to our newsletter", "subscribe_prompt"),
        ("1 of 12", "gallery_counter"),
        ("Photo 3/10", "gallery_counter"),
        ("Image 2 of 5", "gallery_counter"),
        ("Next image", "gallery_control"),
        ("Updated 7 August 2022 06:15", "updated_timestamp"),
        ("Last updated: 2 hours ago", "updated_timestamp"),
        ("English | العربية | Français", "language_switcher"),
        ("EN | AR", "language_switcher"),
        ("Related stories", "read_more_teaser"),
        ("Also read...", "read_more_teaser"),
        ("READ MORE: Ministers meet again as talks stall", "read_more_teaser"),
        ("Scroll down for more", "read_more_teaser"),
        ("Leave a comment", "comment_prompt"),
        ("12 comments", "gallery_counter"),
        ("إعلان", "ad_label"),
        ("广告", "ad_label"),
        ("Реклама", "ad_label"),
        ("ADVERTISING", "ad_label"),
        ("N/A", "placeholder_caption"),
        ("Listen to this article", "page_furniture"),
        ("‹ Prev", "gallery_control"),
        ("Comments are closed.", "comment_prompt"),
        ("Click here to subscribe", "page_furniture"),
        ("© 2024 Example Media. All rights reserved.", "copyright_notice"),
        ("Copyright 2019-2024 Example Media Ltd.", "copyright_notice"),
        ("pic.twitter.com/a1B2c3", "embed_residue"),
        ("— A Singer (@asinger) June 2, 2024", "embed_residue"),
        ("View this post on Instagram", "embed_residue"),
        ("Reading time: 3 min", "page_furniture"),
        ("4 min read", "page_furniture"),
        ("Sponsored by Example Bank", "ad_label"),
        ("Updated at 23:42 BST", "updated_timestamp"),
        ("Thank you for subscribing!", "subscribe_prompt"),
        ("Swipe for more photos", "gallery_control"),
        ("Comments (4)", "comment_prompt"),
        ("Comments: 12", "comment_prompt"),
        ("Share [37]", "share_links"),
        ("Topics: Wildlife, Roads", "tag_list"),
        ("00:00 / 03:12", "media_player"),
        ("   [IMG]", "placeholder_caption"),
        ("   [3]News [4]Business [5]Sport [6]Opinion", "link_list"),
        ("[Rail](https://example.net/t/rail) [Roads](https://example.net/t/roads)", "link_list"),
        ("   [12]Read more: Burst pipes leave the east without water", "read_more_teaser"),
        ("Share on Facebook Share on Twitter Share via Email", "share_links"),
        ("FacebookTwitterLinkedinEMail", "share_links"),
        ("Share this article in your social network", "share_links"),
        ("Get our local newsletter, delivered free each Friday", "subscribe_prompt"),
        (
            "We use cookies to improve your experience. Find out more in our privacy policy. OK",
            "cookie_notice",
        ),
        ("Report an error", "page_furniture"),
        ("Next article", "page_furniture"),
        ("Tags: climate change | floods | Valley County", "tag_list"),
        # Comment and teaser time stamps, in the languages of the lexicon.
        ("2 hours ago", "updated_timestamp"),
        ("an hour ago", "updated_timestamp"),
        ("Hace 37 minutos", "updated_timestamp"),
        ("Hace una hora", "updated_timestamp"),
        ("il y a 3 heures", "updated_timestamp"),
        ("vor einer Stunde", "updated_timestamp"),
        ("há 5 minutos", "updated_timestamp"),
        ("3 ore fa", "updated_timestamp"),
        ("2 uur geleden", "updated_timestamp"),
        ("88 Comentarios", "comment_prompt"),
        ("12 Kommentare", "comment_prompt"),
        # A text browser's link to a control is the control.
        ("   [20]Share", "share_links"),
        ("[4]Advertisement", "ad_label"),
        ("## Most popular", "read_more_teaser"),
        # A blog platform's furniture, in the sites' languages.
        ("Teilen mit:", "share_links"),
        ("Schreibe einen Kommentar", "comment_prompt"),
        ("Suche nach:", "page_furniture"),
        ("Continua após a publicidade", "ad_label"),
        ("Schlagwörter: Lastenrad, Radverkehr", "tag_list"),
        # Consent banners and paywalls.
        (
            "We use cookies to make our website work and to understand how you use it.",
            "cookie_notice",
        ),
        (
            "Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies"
            " similaires.",
            "cookie_notice",
        ),
        (
            "Il vous reste 61.42% de cet article à lire. La suite est réservée aux abonnés.",
            "paywall",
        ),
        ("Déjà abonné ? Se connecter", "subscribe_prompt"),
        # Chinese, Japanese and Korean pages' own words
        ("分享到：", "share_links"),
        ("【纠错】", "page_furniture"),
        ("字体： 小 中 大", "page_furniture"),
        ("＞ ログイン", "subscribe_prompt"),
        ("このニュースをシェア", "share_links"),
        ("最热新闻", "read_more_teaser"),
        ("京ICP备13028878号-6", "copyright_notice"),
        # footers' links, a wire's standards line, a loading placeholder
        ("Corrections and clarifications", "page_furniture"),
        ("Contact Us", "page_furniture"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "page_furniture"),
        ("Loading...", "page_furniture"),
        # a blog platform's furniture, comment headers and share rows
        ("Share this:FacebookEmail", "share_links"),
        ("Share this:LinkedIn(Opens in new window)X(Opens in new window)", "share_links"),
        ("3 thoughts on “Tram extension to Orchard Park”", "comment_prompt"),
        ("Post navigation", "page_furniture"),
        ("Previous: Market gets a permanent homeNext: Bakery turns 30", "page_furniture"),
        ("Posted in TransportTagged Line 2, Metro Transit Authority", "page_furniture"),
        # consent banners, privacy links, a US TV station's footer
        (
            "By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.",
            "cookie_notice",
        ),
        ("Nosotros y nuestros socios utilizamos cookies y tecnologías similares.", "cookie_notice"),
        ("Wij en onze partners gebruiken cookies en vergelijkbare technieken", "cookie_notice"),
        ("Do Not Sell or Share My Personal Information", "page_furniture"),
        ("EEO Report", "page_furniture"),
        # a link whose label is UI, in several languages; a page's promos
        ("[Compartilhar no Facebook](https://example.org/share)", "share_links"),
        ("Compartir en X", "share_links"),
        (
            "Para comentar, [faça login](https://example.org/login) ou cadastre-se.",
            "comment_prompt",
        ),
        (
            "Get the latest Hollinsford news direct to your inbox. Sign up to the free newsletter.",
            "subscribe_prompt",
        ),
        ("Polub nas na Facebooku i bądź na bieżąco z wiadomościami z Zalesia!", "follow_links"),
        ("Image caption,", "placeholder_caption"),
        ("=======================", "separator"),
        ("___", "separator"),
        # follow prompts for messengers and news apps
        ("Підписуйтесь на Радіо Заріччя в Telegram, щоб не пропустити важливе", "follow_links"),
        ("Simak berita dan artikel lainnya di Google News", "follow_links"),
        # share rows with a copy-link button, consent banners, comment prompts
        ("Facebook X WhatsApp Copy link", "share_links"),
        ("Facebook Twitter E-mail Copier le lien", "share_links"),
        (
            "Ta strona używa plików cookies. Korzystając z niej, zgadzasz się na ich użycie.",
            "cookie_notice",
        ),
        ("Soyez le premier à réagir à cet article.", "comment_prompt"),
        ("Anmelden, um zu kommentieren", "comment_prompt"),
        ("Je m'abonne", "subscribe_prompt"),
        # save buttons and newsletter boxes in the sites' languages
        ("Salva", "page_furniture"),
        ("Merken", "page_furniture"),
        ("Iscriviti alla newsletter di Gusto & Viaggi", "subscribe_prompt"),
        ("İlgili Haberler: Yeşilırmak Gençlik serisini 18 maça çıkardı", "read_more_teaser"),
        # Markdown images that are no caption
        ("![](https://example.org/a.jpg)", "placeholder_caption"),
        ("[![Logo](https://example.org/logo.png)](https://example.org/)", "placeholder_caption"),
        # pagers, view counts, comment forms
        (">>", "page_furniture"),
        ("↑ ↑", "page_furniture"),
        ("AnteriorSiguiente", "gallery_control"),
        ("Página 1 de 2", "gallery_counter"),
        ("Visto 314 veces", "gallery_counter"),
        ("Name *", "comment_prompt"),
        ("Nombre (*):", "comment_prompt"),
        (
            "Your email address will not be published. Required fields are marked *",
            "comment_prompt",
        ),
        (
            "Save my name, email, and website in this browser for the next time I comment.",
            "comment_prompt",
        ),
        ("互联网新闻信息服务许可证10120170006", "copyright_notice"),
        # links to share dialogs, whatever their labels, also wrapped by html2text
        ("[Share on Facebook](https://www.facebook.com/sharer.php?u=x) [Share on", "share_links"),
        ("X](https://x.com/intent/post?url=x) Copy link", "share_links"),
        ("[Email](mailto:?subject=A%20story)", "share_links"),
        # share rows in other languages, a newsletter's footer, more lexicon
        ("Deel op Facebook Deel via WhatsApp Mail", "share_links"),
        ("Partager sur Facebook Partager sur X", "share_links"),
        ("Copiar enlace", "share_links"),
        ("Suscríbete a Última Hora", "subscribe_prompt"),
        ("View in browser", "subscribe_prompt"),
        ("Unsubscribe", "subscribe_prompt"),
        ("View/Post Comments", "comment_prompt"),
        ("You may like these posts", "read_more_teaser"),
        ("ANNONS", "ad_label"),
        ("Search for:", "page_furniture"),
        ("Aceptar Rechazar Configurar", "cookie_notice"),
        # UI phrases glued on one line
        ("Zum Inhalt springen Zur Navigation springen", "page_furniture"),
        ("Artikel teilen Drucken", "share_links"),
        ("Prev Next", "gallery_control"),
        ("2 jam lalu", "updated_timestamp"),
        ("3 saat önce", "updated_timestamp"),
        ("Published 3 hours ago", "updated_timestamp"),
        ("Publié il y a 2 heures", "updated_timestamp"),
        ("Sie müssen angemeldet sein, um zu kommentieren. Jetzt anmelden", "comment_prompt"),
        ("Vous devez être abonné pour commenter.", "comment_prompt"),
        ("تابعوا الكاتب على إكس", "follow_links"),
        ("Síguela en X", "follow_links"),
        ("Share on Facebook Email This Link Share on X Copy Link", "share_links"),
        ("Wayback Machine | Go | 14 captures | FEB MAR JUN", "page_furniture"),
        ("COPYRIGHT © KBN 2026", "copyright_notice"),
        ("==> 2026-03-05_council.txt <==", "file_header"),
        # consent banners printed as one long line, and in Hindi
        (
            "Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies"
            " similaires pour stocker et accéder à des informations personnelles comme votre visite"
            " sur ce site. Vous pouvez retirer votre consentement à tout moment en cliquant sur"
            " « Paramétrer les cookies » en bas de page.",
            "cookie_notice",
        ),
        ("हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं", "cookie_notice"),
        ("Gestion des cookies", "cookie_notice"),
        ("Lecture : 4 min", "page_furniture"),
        ("Bild 1 von 12", "gallery_counter"),
        ("Envoyer par e-mail", "share_links"),
        ("Jetzt kostenlos abonnieren", "subscribe_prompt"),
        ("Teilen Facebook WhatsApp E-Mail Merken", "share_links"),
        ("Udostępnij Facebook X Kopiuj link", "share_links"),
        ("Um Kommentare schreiben zu können, müssen Sie angemeldet sein.", "comment_prompt"),
        ("Para comentar debes estar registrado. Inicia sesión o regístrate.", "comment_prompt"),
        # a link's no-op address printed after its label
        ("保存javascript:void(0)", "page_furniture"),
        ("小javascript:void(0)javascript:void(0)", "page_furniture"),
        # page counters, alone or between a pager's buttons
        ("« Previous Page 1 of 24 Next »", "page_furniture"),
        ("（1/3ページ）", "gallery_counter"),
        # font-size controls, with a label or a sign
        ("Text size: A A+ A++ Print", "page_furniture"),
        ("फॉन्ट साइज़: A- A+", "page_furniture"),
        ("A-A+", "page_furniture"),
        # share rows: networks among other controls, "Share by email"
        (
            "Copy link Email Facebook Twitter Telegram LinkedIn WhatsApp Reddit READ LATER"
            " PRINT Gift Article",
            "share_links",
        ),
        ("Share on Facebook Share on X Share by email", "share_links"),
        ("Sdílet na Facebooku Sdílet na X Kopírovat odkaz", "share_links"),
        ("แชร์ Facebook LINE X คัดลอกลิงก์", "share_links"),
        ("Betűméret: A- A A+", "page_furniture"),
        # a text browser's form field with its label before it
        ("Enter email_________ (BUTTON) Sign up", "subscribe_prompt"),
        ("Search by name______ Go", "page_furniture"),
        # consent banners in more languages, and their buttons run together
        (
            "Käytämme evästeitä sivuston toiminnan varmistamiseen ja kävijämäärien seurantaan.",
            "cookie_notice",
        ),
        ("Vi använder kakor för att förbättra din upplevelse av Campusbladet.", "cookie_notice"),
        (
            "Acest site folosește cookie-uri. Continuarea navigării implică acceptarea.",
            "cookie_notice",
        ),
        ("Hyväksy kaikki Vain välttämättömät", "cookie_notice"),
        ("I Accept Show Purposes", "cookie_notice"),
        ("Publicitate", "ad_label"),
        ("Ir para o conteúdo 1", "page_furniture"),  # a skip link with its access key
        ("Informativa [2]Accetta [3]Rifiuta", "cookie_notice"),
        # a syndicated story's credit, in any of twelve languages
        (
            "This story was originally published by the Continental Press Agency and is"
            " republished here with permission.",
            "page_furniture",
        ),
        (
            "Dieser Artikel erschien zuerst bei der Nordpresse Agentur (npa) und wird im Rahmen"
            " einer Partnerschaft veröffentlicht.",
            "page_furniture",
        ),
        (
            'Artikel ini telah tayang di warta.example dengan judul "Setengah Berita"',
            "page_furniture",
        ),
        (  # with the original's title and address: longer than a teaser
            'Artikel ini telah tayang di warta.example dengan judul "Setengah Berita Daerah'
            ' Ternyata Salinan Siaran Pers Pemda". Klik untuk baca: https://warta.example/nasional'
            "/2024/05/07/setengah-berita-daerah-salinan-siaran-pers",
            "page_furniture",
        ),
        ("Waktu baca: 4 menit", "page_furniture"),
        # furniture by its shape: a post's views and time, followers, a forwarded
        # post's origin, a link back, a pager between articles, a teaser's source
        # and age, counters and buttons, an image's file name, a page number
        ("12.4K 09:14", "updated_timestamp"),
        ("5.3K edited 08:30", "updated_timestamp"),
        ("48.2K subscribers", "follow_links"),
        ("2.1K Followers", "follow_links"),
        ("Forwarded from Прирічнеобленерго", "page_furniture"),
        ("← Local news", "navigation"),
        ("‹ Föregående artikel Artikel 4 av 9 på sidan Nästa artikel ›", "page_furniture"),
        ("Harbour Post 3 hours ago", "source_and_age"),
        ("1.2K 24 Save Listen Share", "share_links"),
        ("[12-4a-thum]", "placeholder_caption"),
        ("Sida 12", "page_furniture"),
        ("(BUTTON) + Follow this story", "page_furniture"),
        ("7-9 minutes", "page_furniture"),
        ("X Facebook LINE リンクをコピー", "share_links"),
        ("Member-only story", "page_furniture"),
        ("lemessageralpin.example", "site_name"),
        ("SEGUE A PAGINA 4", "page_furniture"),  # a print page's jump line
        # a print page's running head, the e-paper's controls
        ("LA GAZZETTA DEL VALLONE — GIOVEDÌ 16 OTTOBRE 2025 — PAGINA 1", "page_furniture"),
        ("4 — GIOVEDÌ 16 OTTOBRE 2025 — LA GAZZETTA DEL VALLONE", "page_furniture"),
        (
            "Edizione: Vallone Nord · Giovedì 16 ottobre 2025 · Anno LXXIX · Numero 287",
            "page_furniture",
        ),
        ("Rome — 16 October 2025 — a day to remember", None),
        ("2 — 16 April 1964 — The Beatles, Can't Buy Me Love", None),  # a chart's entry
        ("No. 22 · 3 June 1980 · Interview with U2", None),  # a catalogue's
        (
            "If you buy something from an Amazon link, the influencer could earn a commission of"
            " up to 10 percent, a study by the Dutch regulator found.",
            None,
        ),
        (
            "Join the EU's Telegram channel for official results, the European Parliament"
            " replied in its own posts.",
            None,
        ),
        (
            "Edicola | Sfoglia | Pagina precedente | Pagina successiva | Zoom + | Scarica PDF",
            "page_furniture",
        ),
        ("Fortsetzung auf Seite 3", "page_furniture"),
        ("Donate", "page_furniture"),
        ("Trouble reading this email? View it in your browser", "page_furniture"),
        ("コメント（128件）", "comment_prompt"),
        ("Ukryj to źródło", "page_furniture"),  # an aggregator's "Hide this source"
        ("## Subscribe to read the full article", "paywall"),
        ("Already a subscriber? [Sign in](/login)", "subscribe_prompt"),
        (
            "If you buy something from a Circuitry link, Circuit Media may earn a commission."
            " See our ethics statement.",
            "page_furniture",
        ),
        ("Shoppers who buy something from a retailer link may earn points, the study found.", None),
        (
            "Join The Straits Herald's Telegram channel and get the latest breaking news"
            " delivered to you.",
            "follow_links",
        ),
        # paywalls, disclaimers, players, counts and notices in more languages
        ("Lesen Sie jetzt weiter mit KURIER+", "paywall"),
        ("Sie sind bereits Abonnent? Hier anmelden", "paywall"),
        ("Jetzt 4 Wochen für 0,99 € testen", "subscribe_prompt"),
        ("Jetzt kostet das Ticket 9 €", None),
        (
            "Columns geven de mening van de auteur weer en niet noodzakelijkerwijs die van de"
            " redactie.",
            "disclaimer",
        ),
        (
            "Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor.",
            "disclaimer",
        ),
        (
            "*Disclaimer: The views and recommendations made above are those of analysts.*",
            "disclaimer",
        ),
        (
            "*Disclaimer: The views and recommendations made above are those of individual analysts"
            " or broking companies, and not of MoneyMonsoon. We advise investors to check with"
            " certified experts before taking any investment decisions.*",
            "disclaimer",
        ),
        ("Play Video 0:00 / 2:31 CC", "media_player"),
        ("Share Facebook X WhatsApp Email 1.4k shares", "share_links"),
        ("© Copyright 2024 Placar Total Comunicação Ltda.", "copyright_notice"),
        (
            "© Agence Presse Hexagone – Tous droits de reproduction et de représentation réservés.",
            "copyright_notice",
        ),
        ("[Czytaj dalej »](/kraj/sejm)", "read_more_teaser"),
        (  # a banner's heading in Markdown bold, "cookies" in Polish
            "**Dbamy o Twoją prywatność.** Używamy plików cookies i podobnych technologii w"
            " celach statystycznych i marketingowych. Możesz zmienić ustawienia w każdej chwili.",
            "cookie_notice",
        ),
        ("Veja também", "read_more_teaser"),
        ("読み込み中…", "page_furniture"),
        (
            "Horizon et ses partenaires utilisent des cookies pour vous proposer des contenus"
            " personnalisés et mesurer l'audience.",
            "cookie_notice",
        ),
        ("U.S.", None),
        ("1.2K 24 Share", "share_links"),
        ("4 risultati", "page_furniture"),
        ("LIVE", "page_furniture"),
        ("📣 Підписуйтесь на наш канал, щоб першими дізнаватися новини міста!", "subscribe_prompt"),
        # the site's own newsletter
        (
            "Subscribe to our daily newsletter and get the top stories from the regions in your"
            " inbox every morning. By providing an email address. I agree to the Terms of Use.",
            "subscribe_prompt",
        ),
        ("Mag-subscribe sa aming newsletter para sa pinakabagong balita.", "subscribe_prompt"),
        ("Abonnez-vous à notre newsletter quotidienne", "subscribe_prompt"),
        # ... and lines of text of the same look
        ("Forwarded from the mayor's office, the letter was read out.", None),
        ("The 24 Save", None),
        ("Page 3 of the report was blacked out", None),
        ("Priya 2 hours ago", None),  # a name alone: a commenter's (see the comment rules)
        ("ΔΙΑΦΗΜΙΣΗ", "ad_label"),
        ("Μέγεθος γραμματοσειράς: Α- Α+", "page_furniture"),
        # a publisher's press code, a closed comment section, a reporter's address
        (
            "This website and associated newspaper adhere to the Editors' Code of Practice.",
            "copyright_notice",
        ),
        (
            "TV Fjordvik arbeider etter Vær Varsom-plakatens regler for god presseskikk.",
            "copyright_notice",
        ),
        ("Comments are closed on election results articles.", "comment_prompt"),
        (
            "Contact reporter Marcy Delgado at md@ledger.example or follow her on X.",
            "page_furniture",
        ),
        # a web archive's or a cache's banner
        ("NETZARCHIV.example – Diese Seite wurde am 14. März 2024 archiviert.", "page_furniture"),
        (
            "Dies ist eine Kopie. Die Originalseite kann sich inzwischen geändert haben",
            "page_furniture",
        ),
        ("This is Google's cache of https://example.com/a.", "page_furniture"),
        ("[4]Direkt zum Inhalt", "page_furniture"),
        ("Il tuo browser non supporta la riproduzione di questo video.", "media_player"),
        ("Regioni: [8]Val Serrana | [9]Litorale | [10]Altopiano", "link_list"),
        ("Alto contraste", "page_furniture"),
        ("ePaper", "page_furniture"),
        ("© Consorci de Mitjans de la Vall 2024", "copyright_notice"),
        (
            "[Avís legal](https://v.example/avis-legal) · [Privacitat](https://v.example/privacitat)"
            " · [Contacte](https://v.example/contacte) · [Accessibilitat](https://v.example/a11y)",
            "link_list",
        ),
        # share buttons under a label the lexicon does not know
        ("Deel dit bericht: Facebook WhatsApp E-mail", "share_links"),
        ("Dela artikeln: Facebook X LinkedIn Kopiera länk", "share_links"),
        ("Comparteix: [Facebook](https://v.example/fb) [X](https://v.example/x)", "share_links"),
        # Swedish, Norwegian, Danish, Finnish and Dutch pages' own words
        ("Kommentarer (4)", "comment_prompt"),
        ("Laatste nieuws", "read_more_teaser"),
        ("Laster flere saker …", "page_furniture"),
        ("Genom att fortsätta surfa godkänner du vår kakpolicy.", "cookie_notice"),
        # a newsroom asking for tips
        ("Do you have a story for us? Email newsdesk@post.example", "page_furniture"),
        (
            "Har du tips om saken? Ring eller send SMS til vaktsjefen på 400 00 000.",
            "page_furniture",
        ),
        ("### Have a story for us?", "page_furniture"),
        # rows of controls and footer links
        ("Terms of Use | Privacy Policy | Contact", "page_furniture"),
        ("Comments (27) | Share | Save", "page_furniture"),
        ("Tempo di lettura: 2 minuti · Ascolta l'articolo", "page_furniture"),
        ("Nghe bài viết | Chia sẻ | Lưu bài | Bình luận (12)", "page_furniture"),
        ("© Järviseudun Sanomat 2025 | Yhteystiedot | Tietosuoja", "copyright_notice"),
        # a Markdown line is as long as its words, not its links' addresses
        (
            "Posted in [Local News](https://harrowvalleycourier.example/category/local-news/)"
            " Tagged [Millbrook](https://harrowvalleycourier.example/tag/millbrook/),"
            " [bridges](https://harrowvalleycourier.example/tag/bridges/)",
            "page_furniture",
        ),
    ],
)
def test_ui_rule_recognizes_debris(line: str, rule: str) -> None:
    assert ui_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply in early trading",  # a subheading about shares
        "Share prices fell.",
        "Follow the money",
        "Subscribers will pay more from March",
        "Comments by the minister drew criticism.",
        "More than 200 people were hurt.",
        "1 of 12 victims was a child.",
        "Read more books, the minister urged.",
        "We want change!",
        "- Share",  # a list item
        "Opinion: Why the budget falls short",  # a title, not a teaser
        "English teachers go on strike",
        "Updated rules for drivers",
        "The advertisement ran for a week.",
        "More.",  # a quote, not a control
        "Copyright law changed in 2024 after years of debate.",
        "Click here, the sign said, and nobody did.",
        "Sponsored by the city, the festival drew 10,000 people.",
        "A post shared by thousands drew a response from the mayor.",
        "The race took 4 minutes",
        "Thank you!",
        "Topics: the council discussed the budget at length",  # a sentence, not tags
        "Comments 4 people made online were deleted",
        "Tags: price tags rose by 12 percent.",
        "10:30",  # a live blog's entry time
        "We use cookies sparingly, the editor said, and never sell data.",
        "The report is [here](https://example.org/r).",
        "[5]The full report by the council is online [6]here",
        "Share prices fell on Facebook and Twitter",
        "10 years ago",  # a heading in a look back
        "Vor allem",
        "Hace frío",
        "Hace 20 años",
        "3 commenti della ministra",
        "许可证制度于2019年起实施，共发放1200张",  # a sentence about licences
        "Page 3 of the report is missing.",
        "Posted in the 1990s, the letter was lost.",
        "Compartir en familia es lo mejor",
        "The bakery uses cookies",
        "The site uses cookies to track readers, the regulator found.",
        "Politics | Economy",
        "[The council's report](https://example.org/report)",
        "Get the report from the council, the mayor said.",
        "![Rua Sete de Setembro alagada](https://example.org/rua.jpg)",  # its alt text is a caption
        "![Image 2: Flood water on a road](https://example.org/a.jpg)",
        "3 thoughts on the budget, from our readers",
        "Your email address was leaked, the bank said in a letter to customers",
        "Read [the report](https://www.facebook.com/sharer.php?u=x) here, the mayor said.",
        "Write to [the desk](mailto:news@example.org)",
        "Deel op de markt",
        "Partager sur les réseaux sociaux reste risqué",
        "You must be logged in to vote, the clerk said",
        "हम यह मानते हैं कि सरकार को और काम करना चाहिए",
        "Teilen wollte die Opposition die Verantwortung nicht",
        "Share your story with the newsroom",
        "Save the date for the next meeting",
        "Posted a letter two days ago",
        "Lecture publique à 17 heures",
        "Cookie makers in the town say the new rules on sugar, which take effect in May, will"
        " cost them dearly; the council says it has heard them and will look again at the"
        " plan before the summer, when the first fines are due to be handed out by inspectors.",
        "The Wayback Machine kept the council's old pages, and the court saw them.",
        "Links with javascript:void(0) break when scripts are off",  # a web developer's story
        "A+",  # a grade
        "Grade: A A- B+",
        "Next week",
        "Previous page of the report",
        "Facebook Twitter Instagram TikTok YouTube fined in EU",  # a headline naming networks
        "Facebook, Twitter, Instagram, TikTok, YouTube and Snapchat",
        "Fill in the blanks: The mayor said ____ would happen",
        "Name______ Date______",
        "Forskare bruker informasjonskapsler i studien.",  # a story about cookies
        "Kakor med russin är godast, sa bagaren.",  # and about cakes
        "Genom att fortsätta studera kakor lär vi oss mer, sa forskaren.",
        "Got a story? Not this time, said the editor.",
        "## Got a story?",  # a feature's subheading, alone
        "Har du tips om saken? Ring politiet på 02800.",  # a police appeal is the story's
        "Haben Sie einen Hinweis? Die Polizei bittet Zeugen, sich unter 0621 174-4444 zu melden.",
        "Only necessary",  # a consent button alone may be quoted
        "Sunt de acord.",  # "I agree.": an answer in an interview
        "Käytämme evästeitä vain kävijämäärien laskemiseen, Koskinen sanoo.",  # a quote
        "Vi bruger cookies til statistik, siger direktør Lars Holm til avisen.",
        "© Ana Blandiana · tr. Paul Scott",  # a poem's credit: no year
        "Religion______ Church attended",  # a form a story prints
        "Do you have a story for us? The inspector asked the boy, who said nothing.",
        "Sources: Facebook, Twitter",
        "Sources: [1]The report | [2]The minutes | [3]The vote",  # a story's sources
        "Operators: [4]Avanti West Coast | [5]Chiltern | [6]LNER",  # the story's own news
        "Your browser does not support this video format: for three days, viewers saw it.",
        "Il tuo browser non supporta la riproduzione di questo video: migliaia di utenti bloccati",
        "Informativa",
        "The council's minutes were archived on Monday, the clerk said.",
        "This is a copy of the letter the mayor sent.",
        "The paper is a member of the Press Council, the editor told the inquiry.",
        "Every newspaper in the county is regulated by IPSO since 2014.",
        "Comments are closed, the editor said, because of abuse.",
        "This article appeared in a newspaper of the 1950s, which we found in the archive.",
        "This article was originally published in Spanish.",  # a translation note
        "The report was first published in 2019 and revised twice, the authors said.",
        "This is a copy of the original letter, the archivist said.",
        "Your browser does not support this, the company admitted in a statement.",
        "Platforms: Facebook and Instagram",
        "Budget 2025 | Live updates",  # a headline with a bar
        "Home | News | Sport",  # a menu: drop_ui_lines judges it with its neighbours
        "Share prices | Markets | Economy",
        "Sign up | Sign in | The council's new parking permits explained",
    ],
)
def test_ui_rule_keeps_look_alikes(line: str) -> None:
    assert ui_rule(line) is None


def test_drop_ui_lines_records_the_rule() -> None:
    d = drop_ui_lines(draft("Title\n\nShare on X\nText stays.\n\n1 of 3\n\nإعلان"), CONFIG)
    assert d.lines == ("Title", "", "Text stays.", "", "")
    assert [(e.line, e.reason) for e in d.edits] == [
        (3, "UI debris (share_links)"),
        (6, "UI debris (gallery_counter)"),
        (8, "UI debris (ad_label)"),
    ]


def test_a_markdown_link_broken_over_two_lines_is_judged_whole() -> None:
    # html2text wraps a link's words or its address onto the next line.
    text = (
        "Can't see this e-mail properly? [View it in your\n"
        "browser](https://news.example/newsletter/17)\n\n# The Weekly\n\n"
        "A story of some length about the school, told in one paragraph here.\n\n"
        "[Read on the website ->](https://news.example/community/ile-eko-\n"
        "funding)\n\nNext story text, also in one paragraph of some length.\n"
    )
    d = drop_ui_lines(draft(text), CONFIG)
    gone = {e.line for e in d.edits if e.kind == "removed"}
    assert gone == {1, 2, 8, 9}
    # A paragraph that links a few words at its end stays whole.
    text = (
        "The council's report is online and runs to 80 pages, [read it in\n"
        "full](https://council.example/report)\n"
    )
    assert not drop_ui_lines(draft(text), CONFIG).edits


def test_comments_under_headers_with_their_time_and_an_emoji() -> None:
    story = "".join(
        f"De Zwaluwen speelden zondag gelijk in de derby, paragraaf {n} van het verslag.\n"
        for n in range(4)
    )
    comments = (
        "3 reacties\n"
        "Gerrit W. schreef op 10 maart 2024 om 18:22:\n"
        "Mooie wedstrijd, eindelijk weer eens vol langs de lijn!\n"
        "Anouk schreef op 10 maart 2024 om 19:05:\n"
        "Die vrije trap van Thijs!! 👏\n"
        "Kees de Vries schreef op 11 maart 2024 om 08:40:\n"
        "Scheidsrechter had bij de 0-1 toch echt buitenspel moeten fluiten.\n"
    )
    d = drop_ui_lines(draft("Zwaluwen pakken punt\n" + story + comments), CONFIG)
    assert d.lines[: 1 + 4] == ("Zwaluwen pakken punt", *story.splitlines())
    assert not any(line.strip() for line in d.lines[5:])


def test_an_obituarys_tributes_under_their_counted_label() -> None:
    story = "".join(
        f"Josphat Ndirangu ran the village notice page for thirty years, paragraph {n}.\n"
        for n in range(4)
    )
    tributes = (
        "Tributes (12)\n"
        "Leave a tribute for the family. All tributes are moderated and will appear within a day.\n"
        "Achieng O. – 15 July 2024\n"
        "Rest well, mzee. Your page was how we knew the exam dates when I was in Mombasa.\n"
        "Peter Mugo – 14 July 2024\n"
        "A true servant of the public. Condolences to the family.\n"
    )
    d = drop_ui_lines(draft("The man who put the notices online\n" + story + tributes), CONFIG)
    assert [line for line in d.lines if line.strip()] == [
        "The man who put the notices online",
        *story.splitlines(),
    ]
    # "Tributes" alone is a subheading a story may have.
    assert ui_rule("Tributes") == "comment_prompt"
    text = f"Title\n\n{story}\nTributes\n\n{story}"
    assert "Tributes" in drop_ui_lines(draft(text), CONFIG).lines


def test_default_markers_are_left_to_the_configured_list() -> None:
    # drop_markers decides about its phrases: taken out of `markers`, they stay.
    config = Config(markers=("TT",))
    d = draft("Title\n\nShare\nClick to enlarge\nAdvertisement\n\nText.")
    assert drop_ui_lines(d, config) is d


def test_lone_language_name_goes_only_in_a_list_of_them() -> None:
    d = drop_ui_lines(draft("Title\nFrançais\nالعربية\n\nText.\n\nEnglish\n\nMore text."), CONFIG)
    assert d.lines == ("Title", "", "Text.", "", "English", "", "More text.")
    assert {e.reason for e in d.edits} == {"UI debris (language_switcher)"}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # A label and the linked headline under it.
        ("Title\n\nText.\n\nRelated:\nBridge plan goes to court\n\nMore text.", [5, 6]),
        # "Related:" may stand a blank line above it.
        ("Title\n\nText.\n\nRelated:\n\nBridge plan goes to court\n\nMore.", [5, 7]),
        # A list of headlines after "Most read", at the end.
        ("Title\n\nText.\n\nMost read\nFirst story here\nSecond story here?", [5, 6, 7]),
        # A tag list, one tag a line.
        ("Title\n\nText.\n\nTopics\nWildlife\nRoads", [5, 6, 7]),
        # "More on this story", a blank line, headlines with their ages.
        (
            "Title\n\nText.\n\nMore on this story\n\nWhy is the river so low this year?\n"
            "Published 2 days ago\n\nMore text.",
            [5, 7, 8],
        ),
        # "Most read" in Hindi, over its headlines.
        (
            "Title\n\nText.\n\nसबसे ज्यादा पढ़ी गई\nमौसम: अगले 48 घंटे में तेज बारिश की संभावना\n"
            "जिला क्रिकेट लीग का फाइनल रविवार को\n\nMore text.",
            [5, 6, 7],
        ),
        # "Related" in Latvian, over its headlines.
        (
            "Title\n\nText.\n\nSaistītie raksti\nPēc ieceļošanas būs obligāti jāveic tests\n"
            "Kiberuzbrukumos parlamentam vaino hakerus\n\nMore text.",
            [5, 6, 7],
        ),
        # "Related" in the site's language, over ten dated headlines.
        (
            "Title\n\nText.\n\nRelacionado\n"
            + "\n".join(f"0{d}/01/2014 Titular de otra noticia {d}" for d in range(10))
            + "\n\nMore text.",
            list(range(5, 16)),
        ),
        # Markdown: a bold label, links to other stories judged by their labels.
        (
            "Title\n\nText.\n\n**Read also:**\n\n- [Bridge plan goes to court](https://e.org/a)\n"
            "- [Ferry fares rise in May](https://e.org/b)\n\nMore text.",
            [5, 7, 8],
        ),
        # A Markdown heading over a ranked list, a blank line between them.
        (
            "Title\n\nText.\n\n## Most read\n\n1. [Bridge plan goes to court](https://e.org/a)\n"
            "2. [Ferry fares rise in May](https://e.org/b)",
            [5, 7, 8],
        ),
    ],
)
def test_a_list_after_its_label_goes_with_the_label(text: str, gone: list[int]) -> None:
    d = drop_ui_lines(draft(text), CONFIG)
    assert [e.line for e in d.edits] == gone
    assert all(e.reason.startswith("UI debris (") for e in d.edits)


def test_a_menu_row_may_name_a_year_in_one_item() -> None:
    text = (
        "We value your privacy\n\nMidlands Tribune\n\n"
        "News | Sport | GAA | Local Elections 2024 | Property | Death Notices\n\n"
        "Ballykeeran results: Kiernan tops poll\n\n"
        + "Six seats were filled after ten counts at the Athlone Road count centre.\n\n" * 3
        + "Item | 2023 | 2024 | Change\n"
    )
    d = drop_ui_lines(draft(text), CONFIG)
    assert "News | Sport | GAA | Local Elections 2024 | Property | Death Notices" not in d.lines
    assert "Item | 2023 | 2024 | Change" in d.lines  # a table's row has numbers in most items


def test_a_carousel_of_teasers_cut_short_goes() -> None:
    teasers = (
        "The iPhone is the ultimate parenting tool in Apple's latest...\n"
        "Facebook offers explanation for controversial News Feed...\n"
        "Designers recreate stone age tools with space age technology\n"
        "'Open Informant' turns your private messages into public...\n"
    )
    story = "The study changed what 689,000 users saw in their feeds for a week.\n\n" * 3
    d = drop_ui_lines(
        draft(f"The Verge\n{teasers}\nFacebook explains its study\n\n{story}"), CONFIG
    )
    assert not any(line in d.lines for line in teasers.splitlines())
    # A story's own list that trails off stays: its items are inside the text.
    trailing = "He listed what they said:\n" + teasers.replace("...", ".") + "\n"
    d = drop_ui_lines(draft(f"Title\n\n{story}{trailing}{story}"), CONFIG)
    assert all(line in d.lines for line in trailing.splitlines())


def test_a_bulleted_list_of_links_after_its_label_goes() -> None:
    # pandoc's "-   ", html2text's indented "  * ", a text browser's "  • ".
    for bullet in ("-   ", "  * ", "  • "):
        items = "".join(
            f"{bullet}{h}\n" for h in ("Kåren väljer ny ordförande i maj", "Nya lokaler för kåren")
        )
        text = f"Title\n\nText.\n\nLäs också\n\n{items}\nMore."
        d = drop_ui_lines(draft(text), CONFIG)
        assert [e.line for e in d.edits] == [5, 7, 8], bullet


def test_a_list_after_a_label_already_dropped_as_a_marker() -> None:
    # "Read more" is a default marker: drop_markers takes it out first.
    d = clean_text("Title\n\nText goes here.\n\nRead more\nBridge plan goes to court\n\nEnd.")[0]
    assert [(e.stage, e.line) for e in d.edits if e.kind == "removed"] == [
        ("drop_markers", 5),
        ("drop_ui_lines", 6),
    ]
    assert d.body == "Text goes here.\n\nEnd."


@pytest.mark.parametrize(
    "text",
    [
        # The "headline" runs on into a paragraph: a subheading or a title.
        "Title\n\nText.\n\nLatest news\nWhat the council decided\nThe council voted on Monday.",
        # Sentences after the label are text, not links.
        "Title\n\nText.\n\nTopics\nThe committee will study three topics.",
        # A label alone is left as it is ("Latest news" can head a section).
        "Title\n\nText.\n\nLatest news\n\nThe council met on Monday.",
        # A subheading written as a list item is never a linked headline.
        "Title\n\nText.\n\nRelated:\n- What happens next\n\nMore.",
    ],
)
def test_labels_without_a_list_after_them_stay(text: str) -> None:
    d = drop_ui_lines(draft(text), CONFIG)
    assert all(e.reason != "UI debris (read_more_teaser, a list after its label)" for e in d.edits)
    assert [e.line for e in d.edits] in ([], [5])  # at most the label itself


def test_a_quote_of_two_sentences_ends_a_list_of_headlines() -> None:
    """Single newlines: "Also read:", one headline, then the text goes on
    with a quote of two sentences (Hindi ends them with a danda)."""
    quote = '"मेरा सपना डॉक्टर बनना है," शिवानी ने कहा। "गांव में कोई डॉक्टर नहीं है।"'
    text = (
        "Title\nशिवानी यादव ने इंटरमीडिएट परीक्षा में जिले में पहला स्थान हासिल किया है।\n"
        f"ये भी पढ़ें:\nकमलनयनपुर में छात्राओं के लिए नया छात्रावास, 120 सीटें\n{quote}\n"
        "जिले के टॉप पांच\nशिवानी यादव, राजकीय इंटर कॉलेज – 97.4%\n"
        "जिला विद्यालय निरीक्षक ने बताया कि इस बार जिले का परिणाम अच्छा रहा।"
    )
    d = drop_ui_lines(draft(text), CONFIG)
    assert [e.line for e in d.edits] == [3, 4]


def test_drop_ui_lines_leaves_clean_text_alone() -> None:
    d = draft("A Title\n\nThe minister said on Monday that talks would resume.")
    assert drop_ui_lines(d, CONFIG) is d


# extract_metadata ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sunday, 7 August, 2022 - 06:15",
        "August 7, 2022",
        "7 Aug 2022 at 14:05 GMT",
        "Published: 2024-03-01T09:30:00Z",
        "03/11/2024 10:02",
        "Mon 4 March 2024 18.30 GMT",
        # in the sites' own languages
        "Veröffentlicht am 3. März 2025",
        "Publié le 4 mars 2025 à 18h12, modifié le 4 mars 2025 à 19h03",
        "Publicado el 4 de marzo de 2025",
        "Martedì 4 marzo 2025",
        "Kamis, 18 Januari 2024 | 14:20 WIB",
        "am 3. März 2025 um 14:20 Uhr",
        "Opublikowano 7 października 2025",
        "Publikováno 5. listopadu 2025 v 9:30",
        "Publicerad 3 mars 2025 kl. 08.40",
        "12 Ekim 2025 Pazartesi",
        "March 4, 2025 · 4 min read",
        "Dijous, 16 d'octubre de 2025",
        "16/10/2025 - 10:05 h",
        # a dateline's place before the date, a reading time after it
        "Alcanyís de Baix, 12/04/2024 - 13:25 h",
        "Madrid, 3 de junio de 2024 · Lectura: 5 min",
        "Madrid, 3 de mayo de 2024",
        # with when it was updated
        "14/05/2024 22h47 · Atualizado há 12 minutos",
        # a Japanese portal's, without the year
        "10/15(水) 21:08配信",
        "最終更新:10/15(水) 22:31",
        # Greek, Finnish, Hungarian, Hebrew, Hindi, the Persian calendar
        "11 Ιουνίου 2024 στις 20:04",
        "7. toukokuuta 2024 klo 9.30",
        "2024. május 7.",
        "7 במאי 2024",
        "23 मई 2024",
        "۲۳ مرداد ۱۴۰۳",
    ],
)
def test_date_line(line: str) -> None:
    assert date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "May the best team win",
        "At 10:00 the talks began",
        "2022",
        "10 - 2",
        "Posted by Jane",
        "Sold out 2024",
        "Le Pen 2025",
        "Domingo 2025",
        "Paris, 1968",
        "The budget, 12 March 2024",  # a place has no article
        "Par Élise Vautrin, le 6 mai 2025",  # a byline and a date
    ],
)
def test_date_line_look_alikes(line: str) -> None:
    assert not date_line(line)


def test_byline_line() -> None:
    assert byline_line("By Jane Doe")
    assert byline_line("BY JANE DOE, Staff Writer")
    assert byline_line("By Ahmad al Masri and Li Wei")
    assert not byline_line("By the end of the day, nobody knew.")
    assert not byline_line("By Monday the river had risen")
    # "by" in the languages of the lexicon; the names keep their capitals.
    for line in (
        "Par Claire Dumont",
        "Por Ana Lima",
        "Von Jana Wolters",
        "di GIULIA FERRANTE",
        "by: COLLEEN MARSH, Meridian Press",
        "Por **Juliana Prado**, Correio do Ribeirão",
        "Por Rafael Coutinho — Pedra Alta (PI)",  # the place with its state
        "dal nostro inviato Stefano Morlacchi",  # a correspondent's credit
        "De notre envoyée spéciale Claire Dumas",
    ):
        assert byline_line(line), line
    for line in ("Por fin llegó el día", "Von der Leyen in Kiew", "Parker Jones", "Director Smith"):
        assert not byline_line(line), line
    # A role after the names, with a comma or without one.
    for line in (
        "By Ruth Calloway, Environment correspondent",
        "By [Owen Prothero](https://example.org/authors/owen) Court reporter",
        "By Kerry Pym, News Reporter",
        "By Staff Reporter",
    ):
        assert byline_line(line), line
    for line in ("Av Kari Vatne og Eirik Holm", "Von Anna Meier und Tom Berg"):
        assert byline_line(line), line  # "and" in the bylines' languages
    for line in ("By reporter", "By the sports editor", "By popular demand, the editor"):
        assert not byline_line(line), line
    # Korean: the reporter's name before "기자", maybe a portal's follow button or an address.
    for line in ("윤다은 기자", "윤다은 기자 기자 구독", "윤다은 기자 daeun@saesol.example"):
        assert byline_line(line), line
    for line in ("윤다은 기자가 말했다", "기자 회견이 열렸다"):
        assert not byline_line(line), line


def test_a_date_and_a_byline_on_one_line_go_to_both_fields() -> None:
    for line, date, byline in [
        ("Posted on March 3, 2025 by Jane Doe", "Posted on March 3, 2025", "by Jane Doe"),
        (
            "Veröffentlicht am 3. März 2025 von Jana Wolters",
            "Veröffentlicht am 3. März 2025",
            "von Jana Wolters",
        ),
    ]:
        (doc,) = clean_text(f"A Title Here\n{line}\n\nThe text of the story.")
        assert (doc.date, doc.byline, doc.body) == (date, byline, "The text of the story.")


def test_front_matter_fills_the_fields() -> None:
    # An extractor's metadata header between "---" lines.
    text = (
        "---\ntitle: Council approves road budget\nauthor: Dana Pruitt\n"
        "url: https://example.com/roads\nhostname: example.com\ndate: 2024-04-17\n---\n"
        "The council approved the budget on Tuesday.\n"
    )
    (doc,) = clean_text(text)
    assert (doc.title, doc.byline, doc.url, doc.date, doc.body) == (
        "Council approves road budget",
        "Dana Pruitt",
        "https://example.com/roads",
        "2024-04-17",
        "The council approved the budget on Tuesday.",
    )
    # Fields cleanse has no place for, and the fences, go with the block.
    text = (
        "---\ntitle: Three days on the Saltmarsh Line\nsitename: Wayfarer Weekly\n"
        "fingerprint: e3604243ab0644a3\n---\n# Three days on the Saltmarsh Line\n\n"
        "A branch line that almost closed in 1998 is now the best way to see the coast.\n"
    )
    (doc,) = clean_text(text)
    assert doc.title == "Three days on the Saltmarsh Line"
    assert (
        doc.body == "A branch line that almost closed in 1998 is now the best way to see the coast."
    )
    # A title named with the site's name, printed without it.
    text = (
        "Title: Storm hits coast - NBS News\nURL Source: https://example.com/storm\n\n"
        "Markdown Content:\nStorm hits coast\n================\n\n"
        "The storm hit the coast on Monday.\n"
    )
    (doc,) = clean_text(text)
    assert doc.body == "The storm hit the coast on Monday."
    # A reader API's header, ended by "Markdown Content:".
    text = (
        "Title: Storm hits coast\nURL Source: https://example.com/storm\n\n"
        "Markdown Content:\nThe storm hit the coast on Monday.\n"
    )
    (doc,) = clean_text(text)
    assert (doc.title, doc.url, doc.body) == (
        "Storm hits coast",
        "https://example.com/storm",
        "The storm hit the coast on Monday.",
    )
    # Lines of "Key: value" that are the article's own (a fact box) stay.
    facts = "Bridge Facts\n\nLength: 120 metres\nCost: $1.8 million\n\nIt opens in May."
    assert "Length: 120 metres" in clean_text(facts)[0].body


def test_bylines_with_links_and_dates_after_a_comma() -> None:
    for line, byline, date in [
        (
            "By Owen Prescott Tuesday 15 October 2024, 4:12pm",
            "By Owen Prescott",
            "Tuesday 15 October 2024, 4:12pm",
        ),
        ("Par Élise Vautrin, le 6 mai 2025 à 8h00", "Par Élise Vautrin", "le 6 mai 2025 à 8h00"),
        ("By [9]Naomi Fairweather", "By [9]Naomi Fairweather", None),
    ]:
        (doc,) = clean_text(f"A Title Over Its Text\n{line}\n\nThe text of the story.")
        assert (doc.byline, doc.date, doc.body) == (byline, date, "The text of the story.")


def test_a_byline_under_the_dek_is_in_the_header() -> None:
    dek = "Rooftop hives have multiplied. A new study asks whether wild bees pay for it."
    text = f"The Bees That Moved Downtown\n{dek}\nBy Ines Okafor\nApril 2, 2024\n\nThe text."
    (doc,) = clean_text(text)
    assert (doc.byline, doc.date) == ("By Ines Okafor", "April 2, 2024")
    assert doc.body == f"{dek}\n\nThe text."
    # Without a "By" line under the first paragraph, a date there is the
    # body's (a timeline's first entry).
    timeline = "Flood Timeline\nThe river rose three times in a year.\n3 March 2019\n\nIt broke."
    (doc,) = clean_text(timeline)
    assert doc.date is None and "3 March 2019" in doc.body


def test_a_by_line_outranks_names_beside_the_date() -> None:
    # A print page's masthead beside its date is no byline when a "By" line
    # follows: it stays in the text, and the "By" line is the byline.
    text = "A Title Here\n4 March 2025\nThe Valley Courier\nBy Giulia Ferrante\n\nThe text."
    (doc,) = clean_text(text)
    assert (doc.byline, doc.body) == ("By Giulia Ferrante", "The Valley Courier\n\nThe text.")


def test_any_wires_contributor_line_is_a_credit() -> None:
    story = "Title\n\nThe strike went on for a third day on Monday, the union said.\n\n"
    credit = "Meridian Press writer Anil Batra in Fort Gaines contributed to this report."
    (doc,) = clean_text(story + credit)
    assert credit not in doc.body
    sentence = "The writer said many people contributed to this report."
    (doc,) = clean_text(story + sentence)
    assert sentence in doc.body


@pytest.mark.parametrize(
    ("opening", "middle"),
    [("The post", "appeared first on"), ("Der Beitrag", "erschien zuerst auf")],
)
def test_a_feeds_footer_broken_at_its_links_goes(opening: str, middle: str) -> None:
    story = _STORY + f"\n{opening} \nCopper Mine Strike Ends\n {middle} \nValley News\n.\n"
    gone = {e.text.strip() for e in drop_ui_lines(draft(story), CONFIG).edits}
    assert gone == {opening, "Copper Mine Strike Ends", middle, "Valley News", "."}


def test_a_feed_items_dates_printed_twice_are_no_title() -> None:
    """An Atom feed's entry prints its published and updated dates, the same:
    a date printed twice starts no article, the title over them does."""
    body = "The council voted on Tuesday to close the old bridge to cars.\n\nIt reopens in May."
    date = "2024-05-14T15:05:00+02:00"
    entry = "{t}\n\n\nhttps://example.com/{n}\n\n\n{d}\n\n\n{d}\n\n\n"
    text = "\n\n\n".join(
        entry.format(t=t, n=n, d=date) + "Jane Doe\n\n\n" + body
        for n, t in enumerate(["Bridge to close to cars", "Pony rescued from a ditch"])
    )
    docs = clean_text(text)
    assert [d.title for d in docs] == ["Bridge to close to cars", "Pony rescued from a ditch"]


def test_comments_with_names_and_times_start_no_article() -> None:
    text = (
        "Van thief jailed\n16 January 2025\n\nA man who stole catalytic converters was jailed.\n"
        "He took them from 40 cars in the town over two months, the court heard.\n"
        "3 comments\nHollin_resident\n16 January 2025, 19:03\n"
        "Had ours taken off the car in October. Glad someone has finally been caught.\n"
        "DaveK_64\n16 January 2025, 20:47\nInnocent until proven guilty, people.\n"
    )
    assert len(clean_text(text)) == 1


def test_a_blogs_comments_start_no_article() -> None:
    text = (
        "Tram extension to Orchard Park\nPosted on March 5, 2025March 5, 2025 by Dana Whitlock\n\n"
        "The hall was standing room only on Tuesday night.\n\nThe authority will decide in May.\n\n"
        "3 thoughts on “Tram extension to Orchard Park”\nMarguerite O. says:\n"
        "March 5, 2025 at 10:44 am\nFive stops is fine but why not the hospital?\nReply\n"
        "tramfan_88 says:\nMarch 5, 2025 at 1:20 pm\nBuild it. Every year it costs more.\n"
    )
    (doc,) = clean_text(text)
    assert (doc.date, doc.byline) == ("Posted on March 5, 2025 March 5, 2025", "by Dana Whitlock")


def test_a_wire_credit_in_parentheses_is_the_byline() -> None:
    text = (
        "Title\n\nThe port reopened on Monday.\n\n(Reporting by Tom Ferreira; Editing by Al Grant)"
    )
    (doc,) = clean_text(text)
    assert (doc.byline, doc.body) == (
        "Reporting by Tom Ferreira; Editing by Al Grant",
        "The port reopened on Monday.",
    )


@pytest.mark.parametrize(
    "initials",
    [
        "(ryp/yhn)",
        "(*/ant)",
        "dko/jm/pb",
        "(m.r.)",
        "nbe/cl/APH",
        # the sources the story was written with
        "Mit Material von MPA und nxp",
        "Con información de EFE.",
        "Avec AFP",
    ],
)
def test_a_desks_initials_at_the_end_go(initials: str) -> None:
    (doc,) = clean_text(f"Title\n\nThe port reopened on Monday.\n\n{initials}")
    assert doc.body == "The port reopened on Monday."
    assert any(e.text == initials and "at the end" in e.reason for e in doc.edits)


def test_agency_slash_photographer_credit_makes_a_caption() -> None:
    caption = "The minister arrives. EPA/JOHN SMITH"
    text = f"Title\n\nText.\n\n{caption}\n{caption}"
    d = drop_repeated_blocks(draft(text), CONFIG)
    assert list(d.captions) == [caption]


def test_date_line_with_a_second_zone_in_parentheses() -> None:
    assert date_line("November 28, 2013 -- Updated 0203 GMT (1003 HKT)")
    assert not date_line("May 1968 (a year of protest)")


def test_url_line() -> None:
    assert url_line("https://example.com/news/1") == "https://example.com/news/1"
    assert url_line("Permalink https://example.com/x") == "https://example.com/x"
    assert url_line("Source: <https://example.com/x>") == "https://example.com/x"
    assert url_line("See https://example.com for more") is None
    # "Source:" in other languages
    assert url_line("Nguồn bài viết: https://x.example/a") == "https://x.example/a"
    assert url_line("Quelle: https://x.example/a") == "https://x.example/a"
    assert url_line("来源：https://x.example/a") == "https://x.example/a"
    assert url_line("Lesen Sie: https://x.example/a") is None


def test_extract_metadata_moves_header_lines_to_fields() -> None:
    text = (
        "World | Middle East\nA Title\nSunday, 7 August, 2022 - 06:15\nBy Jane Doe, Reuters\n\n"
        "A Title\nSunday, 7 August, 2022 - 06:15\n\nThe text.\n\nSource: https://example.com/a"
    )
    d = extract_metadata(draft(text), CONFIG)
    assert (d.section, d.date, d.byline, d.url) == (
        "World | Middle East",
        "Sunday, 7 August, 2022 - 06:15",
        "By Jane Doe, Reuters",
        "https://example.com/a",
    )
    assert [line for line in d.lines if line] == ["A Title", "A Title", "The text."]
    kinds = {e.line: (e.kind, e.reason) for e in d.edits}
    assert kinds[7] == ("removed", "copy of the date")
    assert kinds[11] == ("extracted", "url (source URL trailer)")


def test_extract_metadata_finds_a_byline_and_date_below_the_dek_and_a_caption() -> None:
    """Markdown pages print the dek and the lead image before the byline."""
    text = (
        "A Title\n\nThe dek says what the story is about in one sentence.\n\n"
        "![A photo](https://example.org/a.jpg)\n\nA caption under the photo, in a sentence.\n\n"
        "By Jane Doe\n\n19 January 2025\n\nShare\n\nThe text of the story begins here today.\n\n"
        "It goes on for a second paragraph of some length.\n"
    )
    d = extract_metadata(draft(text), CONFIG)
    assert (d.byline, d.date) == ("By Jane Doe", "19 January 2025")
    # The front matter's date, printed again in the page's own format.
    matter = "Title: A Title\nPublished Time: 2025-01-19T08:14:22Z\n\nMarkdown Content:\n"
    d = extract_metadata(draft(matter + text.replace("By Jane Doe\n\n", "")), CONFIG)
    assert d.date == "2025-01-19T08:14:22Z" and "19 January 2025" not in d.lines


def test_a_name_and_a_role_over_the_date_below_the_dek_is_the_byline() -> None:
    """A text browser prints the name and the role on one line."""
    text = (
        "A Title\n\nThe dek says what the story is about in one sentence.\n\n"
        "Sophie Carrow Local Democracy Reporter\n\n10:42, 14 May 2025\n\nShare\n\n"
        "The text of the story begins here today.\n\n"
        "It goes on for a second paragraph of some length.\n"
    )
    d = extract_metadata(draft(text), CONFIG)
    assert (d.byline, d.date) == ("Sophie Carrow Local Democracy Reporter", "10:42, 14 May 2025")
    # Without the date under it, a name and a role may be the text's (a caption, a list).
    d = extract_metadata(draft(text.replace("10:42, 14 May 2025\n\n", "")), CONFIG)
    assert d.byline is None and "Sophie Carrow Local Democracy Reporter" in d.lines


def test_a_ranked_list_of_headlines_below_the_article_goes() -> None:
    body = "\n".join(
        f"Paragraph {w} of the story goes on about the budget at length." for w in "abcd"
    )
    ranked = "\n".join(
        f"{n} {h}"
        for n, h in enumerate(
            [
                "Bridge to close for a month",
                "Ferry fares rise again in May",
                "Police seek a driver",
                "Library reopens after the flood",
                "School wins the county prize",
            ],
            1,
        )
    )
    d = drop_ui_lines(draft(f"A Title\n\n{body}\n\nMost viewed today\n{ranked}"), CONFIG)
    assert sum(e.reason == "UI debris (headline_list)" for e in d.edits) == 5
    # A league table under a match report: every row has its numbers.
    table = "\n".join(f"{n}. FC Team {n} – {60 - n} Punkte" for n in range(1, 6))
    d = drop_ui_lines(draft(f"A Title\n\n{body}\n\nDie Tabellenspitze\n{table}"), CONFIG)
    assert not any("headline_list" in e.reason for e in d.edits)


def test_a_pull_quote_in_a_markdown_block_quote_goes() -> None:
    said = '"It was like a river coming down the sidewalk," said Ana Ruiz, who lives nearby.'
    text = f'A Title\n\n{said}\n\n> "It was like a river coming down the sidewalk."\n\nMore.'
    d = drop_repeated_blocks(draft(text), CONFIG)
    assert [e.reason for e in d.edits] == ["pull quote: a block quote of the text's own words"]
    # A block quote said nowhere else in the text (a statement) stays.
    own = "A Title\n\nThe mayor wrote:\n\n> We will rebuild the bridge this year.\n\nMore."
    assert drop_repeated_blocks(draft(own), CONFIG).edits == ()


def test_extract_metadata_takes_labelled_credits_under_the_story() -> None:
    body = "The board met on Tuesday and put off its decision for a month."
    d = extract_metadata(
        draft(f"A Title\n\n{body}\n\nPewarta: Rina Wulandari\nEditor: Dedi Purnama"), CONFIG
    )
    assert d.byline == "Pewarta: Rina Wulandari"
    assert [line for line in d.lines if line] == ["A Title", body]
    # A sentence that starts like a label stays.
    text = f"A Title\n\n{body}\n\nEditor: she left the paper in May, after ten years."
    assert extract_metadata(draft(text), CONFIG).byline is None


def test_extract_metadata_takes_a_breadcrumb_from_the_home_page_in_any_language() -> None:
    body = "The bridge reopened on Thursday morning after eight months of repairs."
    text = f"Site name\nStrona główna / Wiadomości / Komunikacja\nA Title\n\n{body}\n"
    d = extract_metadata(draft(text), CONFIG)
    assert d.section == "Wiadomości / Komunikacja"


@pytest.mark.parametrize(
    ("crumbs", "section"),
    [
        ("Portada / Cultura / Lletres", "Cultura / Lletres"),
        ("[Trang chủ](/) » [Pháp luật](/phap-luat)", "Pháp luật"),
        # Short names joined by arrows, with no home page before them.
        ("Nachrichten › Region › Landkreis Obermühl", "Nachrichten › Region › Landkreis Obermühl"),
        ("National > Social Affairs", "National > Social Affairs"),
        ("评论 > 海外观察", "评论 > 海外观察"),
        ("新华网 > > 正文", "新华网 > 正文"),  # a link without words between two arrows
        ("뉴스 > 경제 > 기업·CEO", "뉴스 > 경제 > 기업·CEO"),  # a middle dot inside a name
    ],
)
def test_extract_metadata_takes_a_breadcrumb_of_short_names(crumbs: str, section: str) -> None:
    body = "The bridge reopened on Thursday morning after eight months of repairs."
    top = f"The Daily Example\n{crumbs}"  # under the site's name, as pages print them
    d = extract_metadata(draft(f"{top}\nA Title Of The Story\n\n{body}\n"), CONFIG)
    assert d.section == section
    # The breadcrumb's last section printed again over the title is a copy.
    last = re.split(r" [/»›>] ", section)[-1]
    d = extract_metadata(draft(f"{top}\n{last}\nA Title Of The Story\n\n{body}\n"), CONFIG)
    assert d.section == section and last not in d.lines


def test_a_breadcrumb_with_its_label_or_in_sentence_case() -> None:
    assert _breadcrumb("Você está aqui: Página inicial > Imprensa > Notícias") == (
        "Imprensa > Notícias"
    )
    assert _breadcrumb("You are here: Home > News > Local") == "News > Local"
    assert _breadcrumb("Thời sự › Chính quyền số") == "Thời sự › Chính quyền số"
    assert _breadcrumb("トップ > 気象・災害 > ライブ") == "気象・災害 > ライブ"
    assert _breadcrumb("Prices > wages in March") is None  # ">" joins capitalized names only


@pytest.mark.parametrize(
    "title",
    [
        "Apple > Google in the race for new phones",  # a word in lower case
        "Bridge Closed | The Herald",  # a bar: the page's title, not a breadcrumb
        "Sales » a look back at the year",
    ],
)
def test_a_title_with_an_arrow_is_no_breadcrumb(title: str) -> None:
    body = "The bridge reopened on Thursday morning after eight months of repairs."
    d = extract_metadata(draft(f"{title}\n\n{body}\n"), CONFIG)
    assert d.section is None


def test_extract_metadata_reads_markdown_links_by_their_words() -> None:
    line = "Posted on [October 3, 2025](https://e.org/a/) by [Dana Reed](https://e.org/au/)"
    text = f"A Title\n\n{line}\n\nThe bridge reopened on Thursday morning after eight months.\n"
    d = extract_metadata(draft(text), CONFIG)
    assert d.date is not None and "](" not in d.date and "October 3, 2025" in d.date
    assert line not in d.lines


def test_extract_metadata_takes_a_chinese_storys_source_and_editor_lines() -> None:
    body = "新华社北京11月17日电 记者17日从国家卫生健康委获悉，相关部门持续优化短缺药品监测。"
    text = (
        f"短缺药品保供稳价\n2023-11-17 20:52:15 来源： 新华网\n\n{body}\n\n【责任编辑：张樵苏】\n"
    )
    d = extract_metadata(draft(text), CONFIG)
    assert d.date == "2023-11-17 20:52:15"
    assert [line for line in d.lines if line] == ["短缺药品保供稳价", body]


def test_extract_metadata_takes_a_bare_url_under_the_title() -> None:
    """A feed item's link under its title is the source URL; a header of
    several links is a list, and a URL in the body is text."""
    one = "A Title\nhttps://example.com/a\n\nThe text of the story goes on here.\n"
    d = extract_metadata(draft(one), CONFIG)
    assert (d.url, [line for line in d.lines if line]) == (
        "https://example.com/a",
        ["A Title", "The text of the story goes on here."],
    )
    two = "A Title\nhttps://example.com/a\nhttps://example.com/b\n\nThe text goes on here.\n"
    assert extract_metadata(draft(two), CONFIG).url is None
    body = "A Title\n\nThe text of the story goes on here.\n\nhttps://example.com/a\n\nMore text."
    assert extract_metadata(draft(body), CONFIG).url is None


@pytest.mark.parametrize(
    ("header", "fields"),
    [
        # A byline and a date on one line.
        ("By Wanjiru Kamau | Published on 21 Sep 2023 at 08:10",
         ("By Wanjiru Kamau", "Published on 21 Sep 2023 at 08:10", None)),
        ("Anand Deshpande / TNN / Updated: Jul 18, 2023, 07:42 IST",
         ("Anand Deshpande, TNN", "Updated: Jul 18, 2023, 07:42 IST", None)),
        # Names with no "By" beside the date line.
        ("Maya Okonkwo, The Northern Ledger\nAug. 14, 2023 9:05 a.m. MDT",
         ("Maya Okonkwo, The Northern Ledger", "Aug. 14, 2023 9:05 a.m. MDT", None)),
        ("Jess Tranter\nMon 12 Feb 2024 at 5:30am",
         ("Jess Tranter", "Mon 12 Feb 2024 at 5:30am", None)),
        # A reading time beside them.
        ("Marta Sequeira Lobo · 15 out 2025, 11:20 · Tempo de leitura: 4 min",
         ("Marta Sequeira Lobo", "15 out 2025, 11:20", None)),
    ],
)  # fmt: skip
def test_extract_metadata_reads_credit_lines(
    header: str, fields: tuple[str | None, str | None, str | None]
) -> None:
    text = f"A Title Of The Story\n{header}\n\nThe council said on Monday that it would act."
    d = extract_metadata(draft(text), CONFIG)
    assert (d.byline, d.date, d.section) == fields


def test_extract_metadata_reads_breadcrumbs_and_labels_above_a_title() -> None:
    body = "\n\nThe council said on Monday that it would act."
    d = extract_metadata(draft("Home / India / Farming\nA Title Here" + body), CONFIG)
    assert (d.section, d.lines[0]) == ("India / Farming", "A Title Here")
    d = extract_metadata(draft("Counties\nA Title Here\nA Title Here" + body), CONFIG)
    assert d.section == "Counties"
    # A label above a line printed once is left: it may be the title itself.
    d = draft("Counties\nA Title Here" + body)
    assert extract_metadata(d, CONFIG).section is None


@pytest.mark.parametrize(
    "text",
    [
        # A headline that is a date, with the story right after it.
        "7 October 2023\n\nThe day began like any other in the border villages.",
        # A title-cased title after the section is the title, not a byline.
        "World\nA Title Here\n7 May 2024\n\nThe council said on Monday that it would act.",
    ],
)
def test_extract_metadata_keeps_titles(text: str) -> None:
    d = extract_metadata(draft(text), CONFIG)
    assert d.byline is None
    assert d.date is None or not text.startswith(d.date)


def test_extract_metadata_leaves_dates_in_the_body() -> None:
    body = "\n\n".join(f"Paragraph {n} of the story." for n in range(10))
    text = f"A Title\n\n{body}\n\n7 March 2021\n\nThe timeline begins."
    d = draft(text)
    assert extract_metadata(d, CONFIG) is d


def test_metadata_reaches_the_document() -> None:
    (doc,) = clean_text("A Title\nBy Jane Doe\n7 May 2024\n\nA Title\n\nBody text here.")
    assert (doc.title, doc.byline, doc.date, doc.body) == (
        "A Title",
        "By Jane Doe",
        "7 May 2024",
        "Body text here.",
    )


# drop_repeated_blocks --------------------------------------------------------

PARA = "The council voted on Tuesday to add dedicated bus lanes on three of the busiest avenues."


def test_repeated_caption_block_in_body() -> None:
    block = "Firefighters at the scene on Sunday\nPhoto: Jane Doe/Reuters"
    text = f"Para one.\n\n{block}\n\n{block}\n\nPara two."
    d = drop_repeated_blocks(draft(text), CONFIG)
    assert [line for line in d.lines if line] == ["Para one.", "Para two."]
    assert d.captions == ("Firefighters at the scene on Sunday Photo: Jane Doe/Reuters",)
    removed = [e for e in d.edits if e.kind == "removed"]
    assert [e.reason for e in removed] == [
        "copy of line 3 (repeated_caption_block)",
        "copy of line 4 (repeated_caption_block)",
    ]


def test_repeated_paragraph_back_to_back() -> None:
    d = drop_repeated_blocks(draft(f"{PARA}\n{PARA} \n\nNext."), CONFIG)
    assert d.lines == (PARA, "", "Next.")
    assert d.edits[0].reason == "copy of line 1 (repeated_paragraph)"


def test_short_sentence_printed_again_right_after_itself() -> None:
    line = "The council said the path would be checked after every storm."
    d = drop_repeated_blocks(draft(f"Title\n\n{line}\n{line}\n\nNext."), CONFIG)
    assert d.lines == ("Title", "", line, "", "Next.")
    assert d.edits[0].reason == "copy of line 3 (repeated_sentence)"


@pytest.mark.parametrize(
    "text",
    [
        "The crowd chanted:\n\nWe want change!\n\nWe want change!\n\nWe want change!",
        # Short sentences: too few words, a quotation, or not right after itself.
        "Intro.\n\nWe shall not be moved.\n\nWe shall not be moved.",
        "Intro.\n\n'We will rebuild this town together, every street of it.'\n\n"
        "'We will rebuild this town together, every street of it.'",
        "Intro.\n\nThe river rose again on Monday and again on Tuesday.\n\nThen it fell.\n\n"
        "The river rose again on Monday and again on Tuesday.",
        "Verse one\nRefrain line\nVerse one\nRefrain line",  # a short block
        PARA + "\n\n" + "\n\n".join(f"Filler {n}." for n in range(9)) + "\n\n" + PARA,  # far
        # Far apart, a two-line pair or a three-line block of a few characters.
        "A\nB\nC\n\n" + "\n\n".join(f"Filler {n}." for n in range(9)) + "\n\nA\nB\nC",
        "The mayor spoke.\nThen she left.\n\n"
        + "\n\n".join(f"Filler {n}." for n in range(9))
        + "\n\nThe mayor spoke.\nThen she left.",
    ],
)
def test_repeated_blocks_keep_refrains_and_distant_copies(text: str) -> None:
    d = draft(text)
    assert drop_repeated_blocks(d, CONFIG) is d


WIDGET = "Most Popular\nGear\n30 Essential Home Repair Tools\nMatt Jancer"


def test_widget_block_printed_again_far_away() -> None:
    paras = [f"Paragraph {n} of the story goes on here." for n in range(12)]
    text = "\n\n".join([paras[0], WIDGET, *paras[1:11], WIDGET, paras[11]])
    d = drop_repeated_blocks(draft(text), CONFIG)
    assert d.text.count("Most Popular") == 1 and all(p in d.text for p in paras)
    assert {e.reason for e in d.edits} == {
        f"copy of line {n} (repeated_block)" for n in (3, 4, 5, 6)
    }
    # A word of the widget standing alone in between does not hide the block.
    text = text.replace(paras[5], "Gear")
    again = drop_repeated_blocks(draft(text), CONFIG)
    assert again.text.count("Most Popular") == 1 and again.text.count("Gear") == 2


# feed boundaries -------------------------------------------------------------


def test_feed_split_by_url_trailers() -> None:
    text = (
        "First Story\n\nText one.\n\nhttps://example.com/1\n\n"
        "Second Story\n\nText two.\n\nhttps://example.com/2\n"
    )
    parts = split_articles(draft(text), CONFIG)
    assert isinstance(parts, list) and [p.lines[0] for p in parts] == [
        "First Story",
        "Second Story",
    ]
    docs = clean_text(text)
    assert [(d.title, d.url) for d in docs] == [
        ("First Story", "https://example.com/1"),
        ("Second Story", "https://example.com/2"),
    ]


def test_a_channels_posts_split_after_their_views_and_time() -> None:
    posts = [
        "The bridge over the river reopened on Monday after two years of repairs.",
        "Power will be off on Garden Street tomorrow from eight until five o'clock.",
        "The library has scanned four thousand issues of the town's old newspaper.",
    ]
    stamps = ["12.4K 09:14", "9.8K 11:02", "7.1K 13:45"]
    text = (
        "Town News\n\n"
        + "\n\n".join(f"{p}\n{t}" for p, t in zip(posts, stamps, strict=True))
        + "\n"
    )
    parts = split_articles(draft(text), CONFIG)
    assert isinstance(parts, list) and [p.lines[0] for p in parts[1:]] == posts[1:]
    # Counts with times beside them inside one story split nothing.
    table = (
        "Views by hour:\n12.4K 09:14\n9.8K 11:02\n\nThe numbers rose all morning, the editor said."
    )
    assert not isinstance(split_articles(draft(f"Title\n\n{table}\n"), CONFIG), list)


def test_a_japanese_page_that_loads_the_next_story_splits_at_its_dated_title() -> None:
    body = "市は6月から各地区で説明会を開く。説明会に参加できない市民向けに、市は意見を募集する。"
    text = (
        "小松原市、路面電車の延伸ルート案を公表\u30002031年開業目指す\n\n2024年5月14日 18:30\n\n"
        f"{body}\n\n{body}\n\n{body}\n\n{body}\n\nくらしグルメ\n\n白えび漁が解禁\u3000初競りで最高値1キロ1万2千円\n\n"
        f"2024年5月14日 16:05\n\n{body}\n\n{body}\n"
    )
    docs = clean_text(text)
    # (A timeline's dated entries of a paragraph each split nothing: see the look-alikes.)
    assert [d.title for d in docs] == [  # the ideographic space normalized
        "小松原市、路面電車の延伸ルート案を公表 2031年開業目指す",
        "白えび漁が解禁 初競りで最高値1キロ1万2千円",
    ]


def test_a_digests_item_under_an_ads_text_starts_an_article() -> None:
    body = "Lokalny dziennik dotarł do raportu z inspekcji, który ostrzegał przed pęknięciami."
    item = "Zginęło co najmniej sześć osób, a 31 uznano za zaginione po zawaleniu przelewu."
    text = (
        "Zawalił się przelew zapory Montegrís\nMeridian Press Agency · 14.10.2025, 13:52\n"
        f"{item}\n{item}\nReklama\nKredyt gotówkowy bez zaświadczeń – sprawdź ofertę\n"
        "Raport z 2021 roku ostrzegał przed pęknięciami betonu\n"
        f"El Heraldo del Tarrén · 15.10.2025, 08:20\n{body}\n{body}\n"
    )
    docs = clean_text(text)
    assert [d.title for d in docs] == [
        "Zawalił się przelew zapory Montegrís",
        "Raport z 2021 roku ostrzegał przed pęknięciami betonu",
    ]
    # An outlet's one-word name in two capitals beside the date signs an item too.
    more = (
        "Czytaj w źródle →\nFałszywe nagranie krąży w sieci\nCheckRoom · 16.10.2025, 07:40\n"
        f"{body}\n{body}\n"
    )
    assert clean_text(text + more)[-1].title == "Fałszywe nagranie krąży w sieci"


def test_a_byline_over_its_place_over_the_date_splits_no_story() -> None:
    para = "The Union Cabinet approved the 44-km expansion of the metro network on Wednesday."
    text = (
        f"Centre clears second phase of Pune Metro\n\n{para}\n\nRitika Deshpande\n\nPune\n\n"
        f"Updated: Sep 10, 2025 18:42 IST\n\n{para}\n\n{para}\n\n{para}\n"
    )
    assert len(clean_text(text)) == 1


def test_feed_split_by_date_headers() -> None:
    text = (
        "First Story\n3 May 2024\n\nText one.\n\nMore text.\n\n"
        "Second Story\n4 May 2024\n\nText two."
    )
    docs = clean_text(text)
    assert [(d.title, d.date, d.body) for d in docs] == [
        ("First Story", "3 May 2024", "Text one.\n\nMore text."),
        ("Second Story", "4 May 2024", "Text two."),
    ]


def test_feed_split_by_bylines_and_life_dates_under_titles() -> None:
    # A print page: each story's title has a byline under it, and its text
    # is hard-wrapped (the first sentence ends inside a line).
    page = (
        "LOCAL\n\nCouncil backs footbridge\nBy MARTHA OYE\nThe council voted 5-2 on\n"
        "Tuesday to build a bridge. The cost is\nabout $1.8 million.\n\n"
        "Robotics team heads to finals\nBy JONAH PELL\nSix students will compete in\n"
        "the state finals on Oct. 19. They won\nthe regional round.\n"
    )
    assert [(d.title, d.byline) for d in clean_text(page)] == [
        ("Council backs footbridge", "By MARTHA OYE"),
        ("Robotics team heads to finals", "By JONAH PELL"),
    ]
    # Death notices: life dates under each name (printed again in other words).
    notices = (
        "Margaret Voss Obituary\n1938 - 2024\n\nMargaret Voss, 85, died on Feb. 27.\n\n"
        'Sign the Guest Book\n\nHarold Quillan Obituary\nHarold "Hal" Quillan\n1941 - 2024\n\n'
        "Harold Quillan, 82, a harbor pilot, died Feb. 29 at home.\n"
    )
    assert [d.title for d in clean_text(notices)] == [
        "Margaret Voss Obituary",
        "Harold Quillan Obituary",
    ]


def test_feed_articles_below_an_archive_pages_menu() -> None:
    # A tag archive saved whole: the site's header and menu, then posts with
    # a date and a byline on one line under each title.
    menu = "Stadtblog Archiv\nZum Inhalt springen\nMenü\nStart\nPolitik\nVerkehr\nKultur\n\n"
    posts = "".join(
        f"{title}\nVeröffentlicht am {day}. März 2025 von Jana Wolters\n\n{text}\n\n"
        for title, day, text in [
            ("Neuer Radweg an der Mühlenstraße", 3, "Ab April baut die Stadt einen Radweg."),
            ("Lastenrad-Verleih startet", 2, "Zwölf Räder stehen ab Montag bereit."),
        ]
    )
    docs = clean_text(menu + posts)
    # The page's header stays with the first post (its first line is taken
    # for that post's title: a known limit).
    assert [d.title for d in docs][1:] == ["Lastenrad-Verleih startet"]
    assert [d.body.split("\n\n")[-1] for d in docs] == [
        "Ab April baut die Stadt einen Radweg.",
        "Zwölf Räder stehen ab Montag bereit.",
    ]


def test_feed_articles_with_kickers_below_a_cookie_banner_and_a_menu() -> None:
    # A court roundup saved whole: a cookie banner's sentence and a menu
    # above the first article; a kicker over each title, a date and a
    # byline under it.
    page = (
        "Gericht | Rundschau\n\nWir verwenden Cookies, um Inhalte zu personalisieren.\n"
        "Alle akzeptieren\n\nStartseite\nLokales\nSport\n\n"
        + "".join(
            f"{kicker}\n{title}\n\n12.03.2025, 16:40 Uhr\nVon {name}\n\n{text}\n\nTeilen\n\n"
            for kicker, title, name, text in [
                (
                    "Betrugsprozess",
                    "Geschäftsführer muss ins Gefängnis",
                    "Katrin Ober",
                    "Das Landgericht hat den Mann zu vier Jahren Haft verurteilt.",
                ),
                (
                    "Amtsgericht",
                    "Unfallflucht am Kreisel kostet 2400 Euro",
                    "Jonas Wied",
                    "Weil er nach einem Zusammenstoß einfach weiterfuhr, muss er zahlen.",
                ),
            ]
        )
    )
    docs = clean_text(page)
    assert len(docs) == 2
    assert [d.byline for d in docs] == ["Von Katrin Ober", "Von Jonas Wied"]
    # The second article starts at its kicker, which stays its text.
    assert docs[1].title == "Unfallflucht am Kreisel kostet 2400 Euro"
    assert docs[1].body.startswith("Amtsgericht")


def test_feed_articles_with_their_sections_in_the_menu_and_an_ad_between() -> None:
    # A tag archive with no blank lines: each post's section, also a menu
    # item, over its title, then "date · de Name · N comentarii"; an ad
    # under its label between two posts. A section printed again is no
    # newsletter's masthead (that stands over the issue's date).
    menu = "Gazeta de Vâlcele\nActualitate\nEconomie\nSport\n"
    posts = [
        ("Economie", "Tariful la apă crește de la 1 mai", "15", "Radu Marinescu", "14 comentarii"),
        ("Actualitate", "Apă cu nitrați în 11 fântâni", "9", "Ioana Predescu", "Niciun comentariu"),
        ("Economie", "Fonduri noi pentru rețeaua de apă", "2", "Cristina Oprea", "5 comentarii"),
    ]
    body = "Consiliul a aprobat noile tarife pentru anul viitor, fără TVA.\n"
    page = menu + "Publicitate\nTermopane la comandă. Sunați acum.\n".join(
        f"{section}\n{title}\n{day} aprilie 2024 · de {name} · {count}\n{body}{body}"
        for section, title, day, name, count in posts
    )
    docs = clean_text(page)
    assert [d.title for d in docs][1:] == [title for _, title, *_ in posts][1:]
    assert [d.byline for d in docs] == [f"By {name}" for *_, name, _ in posts]
    assert all(d.date and d.date.endswith("aprilie 2024") for d in docs)


def test_stories_after_a_next_article_divider() -> None:
    # An infinite-scroll capture from a text browser: paragraphs wrapped at
    # 70 columns, "Neste sak" between the stories, a section over the next
    # headline, its byline and date under its dek.
    wrapped = (
        "   Motorhavari gjør at rundt 600 fastboende på Hestøya må klare seg\n"
        "   med hurtigbåt fram til mandag, opplyser fylket.\n\n"
    )
    first = "   Fergen til Hestøya innstilt resten av uka\n\n" + wrapped * 3
    second = (
        "   Neste sak\n\n   Kultur\n\n   Korpset fra Nordli fikk nye uniformer\n\n"
        "   Etter 34 år kan korpset bestille nye.\n\n   Av Siri Aune\n"
        "   Publisert 6. mars 2024 kl. 09:47\n\n" + wrapped * 2
    )
    docs = clean_text(first + second)
    assert [d.title for d in docs] == [
        "Fergen til Hestøya innstilt resten av uka",
        "Korpset fra Nordli fikk nye uniformer",
    ]
    assert docs[1].byline == "Av Siri Aune"
    # A teaser under the divider at the page's end has no text: no article.
    teaser = "   Neste sak\n\n   Korpset fra Nordli fikk nye uniformer\n   Av Siri Aune\n"
    assert len(clean_text(first + teaser)) == 1


def test_a_writers_and_a_photographers_credit_on_one_line() -> None:
    text = (
        "Kåren höjer avgiften\n\nText: Elin Sandgren · Foto: Oskar Lindqvist\n\n"
        "Kåren höjer medlemsavgiften med 40 kronor från hösten, beslutade fullmäktige.\n\n"
        "Beslutet togs efter en lång debatt om kårens ekonomi och nya lokaler.\n"
    )
    d = extract_metadata(draft(text), CONFIG)
    assert d.byline == "By Elin Sandgren"  # the photographer is no byline
    # Parted by a wide gap (a text browser's columns), below the dek.
    text = text.replace(
        "Text: Elin Sandgren · Foto:", "Kåren vill ha nya lokaler.\n\nText: Elin Sandgren   Foto:"
    )
    assert extract_metadata(draft(text), CONFIG).byline == "By Elin Sandgren"
    assert credit_line("Words by Harriet Cole · Photographs by Marcus Teoh")
    assert not credit_line("Foto: Oskar Lindqvist")  # a photo credit alone is a caption's


def test_the_authors_bio_above_the_pages_own_lines_in_any_language() -> None:
    story = "".join(f"Kåren höjer medlemsavgiften, paragraf {n} om beslutet.\n\n" for n in range(4))
    below = "".join(f"-   Relaterad artikel nummer {n}\n" for n in range(8))
    text = (
        "Kåren höjer avgiften\n\nText: Elin Sandgren · Foto: Oskar Lindqvist\n\n"
        + story
        + "Elin Sandgren är nyhetsreporter på Campusbladet och läser statsvetenskap\n"
        "på tredje året.\n\nLäs mer\n\n" + below
    )
    d = extract_metadata(draft(text), CONFIG)
    assert not any(line.startswith(("Elin Sandgren är", "på tredje")) for line in d.lines)
    # Without a byline, a line about a person stays.
    d = extract_metadata(
        draft(text.replace("Text: Elin Sandgren · Foto: Oskar Lindqvist", "")), CONFIG
    )
    assert any(line.startswith("Elin Sandgren är") for line in d.lines)


def test_an_archive_of_posts_dated_over_their_headlines() -> None:
    body = "Karaçam Belediye Meclisi, nisan ayından itibaren toplantılarını canlı yayınlayacak.\n\n"
    posts = [
        ("28 Mart 2024 \\| Meclis", "## Meclis toplantıları internetten izlenebilecek"),
        ("21 Mart 2024 \\| Altyapı", "## Yeşiltepe Mahallesi'nde planlı su kesintisi"),
        ("14 Mart 2024 \\| Kurumsal", "## Açık veri portalı yayında"),
    ]
    page = "# Haber Arşivi\n\n" + "".join(f"{d}\n\n{h}\n\n{body * 3}" for d, h in posts)
    docs = clean_text(page)
    assert [d.title for d in docs][1:] == [h.lstrip("# ") for _, h in posts][1:]
    assert [d.section for d in docs][1:] == ["Altyapı", "Kurumsal"]
    # A story's timeline of dated subheadings, under its own title and text: one article.
    story = (
        "Title of the story\n\n" + body * 2 + "".join(f"{d}\n\n{h}\n\n{body * 2}" for d, h in posts)
    )
    assert len(clean_text(story)) == 1
    # A list of dated teasers, a line under each: no articles of their own.
    teasers = "# Haber Arşivi\n\n" + "".join(f"{d}\n\n{h}\n\nKısa bir özet.\n\n" for d, h in posts)
    assert len(clean_text(teasers)) == 1


def test_a_digest_whose_last_story_ends_without_a_read_more_link() -> None:
    text = "نشرت البلدية يوم الأحد مئتين وأربعة عشر عقدًا أبرمتها خلال العام الماضي كله.\n\n"
    stories = [
        ("بيانات مفتوحة", "بلدية الواحة تنشر عقودها على الإنترنت لأول مرة"),
        ("دراسات", "ثلث الأخبار المحلية يعيد نشر البيانات الرسمية حرفيًا"),
        ("تدريب", "ورشة حول حقوق إعادة النشر والرخص المفتوحة"),
    ]
    link = "[اقرأ المزيد](https://marsad.example/a)\n\n"
    page = (
        "نشرة المرصد الأسبوعية\n\n"
        + "".join(
            f"{label}\n\n{title}\n\n{text * 2}"
            + (link if n < 2 else "[سجّل الآن](https://m.example/r)\n\n")
            for n, (label, title) in enumerate(stories)
        )
        + "وصلتك هذه الرسالة.\n"
    )
    docs = clean_text(page)
    assert [d.title for d in docs][1:] == [title for _, title in stories][1:]
    # A footer under the last link (a sign-off, a row of links) makes no story.
    footer = "— Priya Natarajan, editor\n\n[X](https://x.example) · [YouTube](https://y.example)\n"
    said = "The council met on Monday to agree on the budget for next year. " * 2
    page = (
        "The Briefing\n\n"
        + "".join(
            f"## {title}\n\n{said}\n\n[Read more](https://b.example/a)\n\n"
            for title in ("Budget agreed", "Road plan delayed")
        )
        + footer
    )
    assert len(clean_text(page)) == 2


def test_credit_line_with_de_and_a_comment_count() -> None:
    assert credit_line("18 aprilie 2024 · de Ioana Predescu · 2 comentarii")
    assert credit_line("9 aprilie 2024 · de Ioana Predescu · Niciun comentariu")
    # Without a date, "de" is a name's particle: "De Gaulle · De Niro" are names.
    assert credit_line("De Gaulle · De Niro")


def test_feed_articles_with_a_byline_and_a_date_on_one_line() -> None:
    page = "".join(
        f"## {title}\n\nBy {name} | Saturday 14 September 2024, 17:42\n\n{text}\n\n"
        for title, name, text in [
            ("Rovers 3-1 Town: Okafor double", "Danny Whitlock", "Okafor scored twice late on."),
            ("Vale 0-0 Athletic: points shared", "Gazette Sport staff", "Neither side scored."),
        ]
    )
    assert len(clean_text(page)) == 2


def test_feed_article_after_a_ui_line() -> None:
    # An archive page: "Next article" right above the next title.
    text = (
        "Night market wins reprieve\nFarah Ismail\nPublished May 9, 2024\n\n"
        "The hawkers may stay two more years, the council said.\n\nBack to top\nNext article\n"
        "Bus fare review for gig workers\nArun Pillai\nPublished May 9, 2024\n\n"
        "Gig workers could get cheaper fares, the minister said.\n"
    )
    assert [d.title for d in clean_text(text)] == [
        "Night market wins reprieve",
        "Bus fare review for gig workers",
    ]


def test_a_teaser_of_the_next_story_and_its_header_start_one_article() -> None:
    # The teaser under "Next article" and the header printing the title again
    # are two signs of one start: no article of a lone teaser line.
    text = (
        "Robots deliver bread\n2024.05.21 10:12\n\nThe chain will deliver bread by robot.\n\n"
        "Next article\nNight market returns\n\nNight market returns\n2024.05.21 09:30\n\n"
        "The riverside night market will reopen in June.\n"
    )
    assert [d.title for d in clean_text(text)] == ["Robots deliver bread", "Night market returns"]


def test_press_releases_on_a_wire_end_with_their_source_line() -> None:
    release = (
        "{title}\n\n{city}, Ore., March 4, 2025 /NewsLink Wire/ -- {name} said on Tuesday it"
        " had opened a second line at its plant.\n\nThe new line doubles the site's capacity"
        " to about 9,000 tons a year.\n\nAbout {name}\n\n{name} recovers metals from old"
        " batteries.\n\nMedia Contact: Alana Brisco, press@example.com\n\nSOURCE {name}\n\n"
    )
    text = release.format(title="Kessel Opens Second Line", city="BRAYFORD", name="Kessel") + (
        release.format(title="Marrow Reports Record Deposits", city="TUALEN", name="Marrow")
    )
    docs = clean_text(text)
    assert [d.title for d in docs] == ["Kessel Opens Second Line", "Marrow Reports Record Deposits"]
    # Each release keeps its text, its "About" paragraph and contact; the
    # wire's SOURCE line goes.
    assert all("doubles the site's capacity" in d.body and "Media Contact" in d.body for d in docs)
    assert not any("SOURCE" in d.body for d in docs)


def test_a_markdown_headings_underline_separates_no_articles() -> None:
    text = (
        "Landlord jailed for faking gas certificates\n"
        "===========================================\n\n"
        "A tenant found the forged paperwork after a boiler leaked\n\n"
        "A landlord who forged gas safety certificates for 14 homes was jailed for 20 months.\n"
    )
    (doc,) = clean_text(text)
    assert doc.title == "Landlord jailed for faking gas certificates"


def test_a_tag_page_splits_at_titles_over_names_and_dates() -> None:
    body = [
        "El Ayuntamiento interrumpirá el suministro de agua por la noche desde el lunes.",
        "La alcaldesa explicó ayer que los embalses están al diecinueve por ciento.",
    ]
    page = [
        "Villafrondosa cortará el agua por la noche",
        "Lucía Bermejo Solana | 14/10/2025 - 09:12 | Lectura: 3 min",
        *body,
        "",
        "La capital cierra 14 fuentes públicas",
        "Redacción | 11/10/2025 - 18:40 | Lectura: 2 min",
        *body,
    ]
    assert list(feed_boundaries(page, CONFIG)) == [5]
    # A schedule's subheadings over one paragraph each start no article.
    schedule = [*page[:4], "", "Segunda semana", "Teresa Ribera | 21/10/2025 - 12:00", body[0]]
    assert feed_boundaries(schedule, CONFIG) == {}


def test_feed_boundaries_need_the_layout_in_the_whole_file() -> None:
    # One URL line in a body: not a trailer layout.
    one_url = "Title\n\nSee the report:\n\nhttps://example.com/r\n\nMore text."
    assert feed_boundaries(one_url.split("\n"), CONFIG) == {}
    # A date line in the body of an article whose header has no date.
    dated_body = "Title\n\nText.\n\nTimeline\n7 March 2021\n\nEvents began."
    assert feed_boundaries(dated_body.split("\n"), CONFIG) == {}
    # A header printing the title and the date twice is one article.
    twice = "Title\n7 May 2024\n\nTitle\n7 May 2024\n\nThe first paragraph of the story.\n\nMore."
    assert feed_boundaries(twice.split("\n"), CONFIG) == {}
    # A byline between the title and the date is part of the header.
    header = "Title\n\nBy Jane Doe\n7 May 2024\n\nText.\n\nMore."
    assert feed_boundaries(header.split("\n"), CONFIG) == {}


def test_feed_split_by_separator_lines() -> None:
    # A long rule is drawn between documents; a short ornament ("* * *")
    # only with a header (a byline, a date) under the title after it.
    text = (
        "First Story Title\n\nText one.\n\n* * *\n\nSecond Story Title\nBy Jane Doe\n\n"
        "Text two.\n\n--------------------\n\nThird Story Title\nText three."
    )
    docs = clean_text(text)
    assert [(d.title, d.body) for d in docs] == [
        ("First Story Title", "Text one."),
        ("Second Story Title", "Text two."),
        ("Third Story Title", "Text three."),
    ]
    # The separator ends the article before the next one, where it is debris.
    edits = [(e.stage, e.text, e.reason) for e in docs[0].edits if e.stage == "drop_ui_lines"]
    assert edits == [("drop_ui_lines", "* * *", "UI debris (separator)")]


@pytest.mark.parametrize(
    "text",
    [
        # A scene break followed by a paragraph: every separator is one.
        "A Long Walk Home\n\nShe left at dawn.\n\n* * *\n\nBy noon it rained.\n\n* * *\n\n"
        "What Came Next\n\nShe arrived at night.",
        # A file that does not start with a title.
        "She left at dawn, he said.\n\n* * *\n\nWhat Came Next\n\nShe arrived at night.",
        # A separator with nothing after it but a line.
        "A Long Walk Home\n\nShe left at dawn.\n\n* * *\n\nThe End",
    ],
)
def test_separators_that_are_scene_breaks_do_not_split(text: str) -> None:
    assert feed_boundaries(text.split("\n"), CONFIG) == {}


def test_repeat_window_counts_only_lines_still_there() -> None:
    """Found by the idempotence property: a caption pair taken out between a
    paragraph and its copy must not keep the copy out of reach, or cleaning
    the output again would remove it then."""
    fill = "\n".join(f"Short line {n}" for n in range(6))
    text = f"{PARA}\n{fill}\nA view (AFP)\nA view (AFP)\n{PARA}"
    d = drop_repeated_blocks(draft(text), CONFIG)
    assert d.lines.count(PARA) == 1
    assert drop_repeated_blocks(draft(d.text), CONFIG).lines == d.lines


def test_a_title_ending_in_a_quote_does_not_end_the_header() -> None:
    """Found by the idempotence property: curly and straight quotes alike."""
    for title in ("The \u2018single\u2019 Word", "The 'single' Word"):
        d = extract_metadata(draft(f"{title} \u2018x\u2019\nBy Jane Doe\n\nBody text."), CONFIG)
        assert d.byline == "By Jane Doe"


# Article text that looks like debris (found by trying cleanse on such pages) --


@pytest.mark.parametrize(
    "text",
    [
        # A URL paragraph in a body, and the source URL at the end: one article.
        "Where to Get Help\n\nResidents can apply online.\n\nhttps://housing.example.gov\n\n"
        "Paper forms are at the town hall.\n\nhttps://example.gov/source-article\n",
        # A result between two sentences is no gallery counter.
        "Vote Result\n\nThe survey asked 2,000 adults whether they backed the plan.\n\n3 of 10\n\n"
        "That is how many said yes.\n",
        # One-word lines of a list in the body.
        "Penalties Decide It\n\nThe final went to penalties after a goalless draw.\n\nPenalties:\n"
        "Home\n4 of 5\nAway\n3 of 5\n\nThe home side won the cup.\n",
        # A hard-wrapped sentence whose first word is a marker.
        "Inflation Falls\n\nPrices rose 2.1 percent.\n\nEmail\nus your questions and our editor"
        " will answer them.\n",
        # A sentence ending in an acronym, printed twice on purpose, is no caption.
        "Allies Agree to Raise Spending\n\nLeaders agreed on Thursday to raise spending.\n\n"
        "The target was set by the North Atlantic Treaty Organization (NATO).\n\n"
        '"This is a historic day," the secretary general said.\n\n'
        "The target was set by the North Atlantic Treaty Organization (NATO).\n\nMore followed.\n",
    ],
)
def test_article_text_that_looks_like_debris_stays(text: str) -> None:
    (doc,) = clean_text(text)
    body = [line for line in text.split("\n")[1:] if line.strip()]
    kept = " ".join(doc.body.split())
    assert all(" ".join(line.split()) in kept for line in body if "source-article" not in line)
    assert not [e for e in doc.edits if e.kind == "removed"]


# Page furniture in the forms of other scrapers and sites --------------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("   [3]: https://example.vn/kinh-te", "link_list"),
        ("**Chia sẻ:** Facebook | Zalo | Sao chép liên kết", "share_links"),
        ("  * [Tin liên quan: The coastal road will be paved by 2026][5]", "read_more_teaser"),
        ("Teilen: Facebook X WhatsApp E-Mail Link kopieren", "share_links"),
        ("Impressum Datenschutz Barrierefreiheit © 2024 Radio Talfeld", "copyright_notice"),
        ("Copyright © Example Times. 무단전재 및 재배포 금지", "copyright_notice"),
        ("214 Likes · 31 Comments", "gallery_counter"),
        ("See BRIDGE, Page A9", "page_furniture"),
        ("[1/2]", "gallery_counter"),
        ("Leer en español", "language_switcher"),
        ("Sign up for The Ledger's free morning newsletter to get local news daily.",
         "subscribe_prompt"),
        ("Support local journalism. Subscribe today for as little as $1 a week.",
         "subscribe_prompt"),
        ("Have a news tip? Email newsroom@example.com.", "page_furniture"),
    ],
)  # fmt: skip
def test_ui_rule_in_other_scrapers_forms(line: str, rule: str) -> None:
    assert ui_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "© Jane Doe/AFP",  # a photo credit, part of a caption
        "See the report, page 4.",
        "Sign up for the clinic opens on Monday, officials said.",
        "Harlow Grid Systems said profits rose »",  # a closing guillemet, no arrow
    ],
)
def test_look_alikes_of_other_scrapers_forms_stay(line: str) -> None:
    assert ui_rule(line) is None


def test_menus_at_the_edges_go_and_lists_between_sentences_stay() -> None:
    text = (
        "Business\nMarkets\nSustainability\nLegal\nTechnology\n\nCopper Mine Strike Ends\n\n"
        "The strike at the mine ended on Monday after three weeks, the union said.\n\n"
        "Workers asked for:\nHousing\nTransport\nSafety gear\nShorter shifts\n\n"
        "The company agreed to two of the demands, a spokeswoman said.\n\n"
        "Site Index\nLatest\nHome\nAuthors\nCareers"
    )
    d = drop_ui_lines(draft(text), CONFIG)
    gone = {e.text for e in d.edits}
    # The first line is the title's place: never a menu item.
    assert {"Markets", "Legal", "Site Index", "Careers"} <= gone
    assert "Business" not in gone
    assert not {"Housing", "Transport", "Safety gear", "Shorter shifts"} & gone


def test_a_long_menu_column_above_the_first_sentence_goes_in_any_language() -> None:
    menu = "Ziņas\nLatvijā\nEkonomika\nPasaulē\nSports\nKultūra\nIzklaide\nVēsture"
    text = (
        f"LSM.lv\n{menu}\n\nNorvēģijā pēc zemes nogruvuma pieci bojāgājušie\n\n"
        "Glābšanas komanda četras dienas pēc nogruvuma atrada vēl vienu bojāgājušo.\n\n"
        "Darbus apgrūtina nestabila grunts, sacīja policija.\n\n"
        "Anna Ūdre\nJānis Bērziņš\nLiene Kalniņa\nPēteris Ozols\nIlze Liepa\n"
        "Māris Krūmiņš\nInga Zariņa\nRoberts Kļaviņš"
    )
    d = drop_ui_lines(draft(text), CONFIG)
    gone = {e.text for e in d.edits}
    assert gone == set(menu.split("\n"))  # the names at the end have no menu word: they stay
    # Seven short lines above the first sentence are a header, not a menu.
    short = draft(text.replace("Kultūra\nIzklaide\n", ""))
    assert drop_ui_lines(short, CONFIG) is short


def test_a_menu_in_chinese_or_japanese_is_no_sentence_and_a_headline_is_no_menu_item() -> None:
    # Short lines of a script without word breaks are menu items, not the
    # page's first sentence; a headline in it is two columns a character.
    menu = "ホーム\n速報\n経済\n政治\n国際\nマーケット\n中東・北アフリカ\n政治のナゼ"
    title = "米朝首脳直通電話 習氏に挑むトランプ戦術の成否"
    text = (
        f"日本経済新聞\n{menu}\n{title}\n\n"
        "北朝鮮の金正恩委員長との首脳会談の後、トランプ米大統領は中国の習近平国家主席に対する"
        "圧力を強めている。\n\n米中の貿易摩擦は長引く可能性がある。"
    )
    d = drop_ui_lines(draft(text), CONFIG)
    assert {e.text for e in d.edits} == set(menu.split("\n"))


_STORY = (
    "Copper Mine Strike Ends\n"
    "The strike at the mine ended on Monday after three weeks, the union said.\n"
    "Workers will get a raise of four percent from January.\n"
    "The company said output would be back to normal within a month.\n"
)


def test_a_list_of_headlines_below_the_text_goes_with_its_label_in_any_language() -> None:
    headlines = (
        "Lo + visto\n"
        "Un juez encierra a un menor de 14 años con más de 2.500 robos\n"
        "Detienen a un joven que robaba cerebros de enfermos mentales\n"
        "Una menor apuñala en la calle Manacor a una amiga\n"
        "Espesos bancos de niebla cubren Palma"
    )
    d = drop_ui_lines(draft(f"{_STORY}© 2014 Ultima Hora\n{headlines}"), CONFIG)
    assert [e.text for e in d.edits] == ["© 2014 Ultima Hora", *headlines.split("\n")]
    assert {e.reason for e in d.edits[1:]} == {"UI debris (headline_list)"}
    # Without a UI line of the page's between them, the list may be the
    # story's own: survivors, a timeline, tips after an ad label.
    own = draft(f"{_STORY}Advertisement\n{headlines}")
    assert not [e for e in drop_ui_lines(own, CONFIG).edits if "headline_list" in e.reason]


def test_the_text_ends_before_a_feedback_form_and_a_footer_menu() -> None:
    # Short sentences of a form below the page do not make it article text:
    # the headlines and the menu above them go.
    headlines = (
        "Most Viewed\n"
        "Police reject actor's request for low-key questioning\n"
        "Defense chief says reactor likely to run next summer\n"
        "Private funeral to be held for actor Lee Sun-kyun\n"
        "KOSPI rises on this year's final session"
    )
    menu = "Home\nNews\nNational\nEconomy\nSports\nWeather"
    form = (
        "How can we improve?\nEnter your feedback here. Do not include personal details.\n"
        "Thanks for your feedback!"
    )
    d = drop_ui_lines(draft(f"{_STORY}{headlines}\n{menu}\n{form}"), CONFIG)
    gone = {e.text for e in d.edits}
    assert gone >= {*headlines.split("\n"), *menu.split("\n")}
    assert not gone & set(_STORY.split("\n"))


# A text browser's dump: links numbered in brackets, the text hard-wrapped.
_LYNX_STORY = (
    "   Flood warnings are in force for the three valleys after another\n"
    "   40mm of rain fell overnight on ground that was already saturated.\n\n"
    "   The agency said river levels at Harrow Bridge had reached their\n"
    "   highest point since 2007 and would peak late on Tuesday.\n\n"
    "   Rest centres have opened in Lowbridge and Penmarrow, and 300 more\n"
    "   sandbags will be delivered to the village on Tuesday morning.\n\n"
)


def test_links_outside_the_text_go_in_lists_and_as_controls() -> None:
    menu = "     * [8]Home\n     * [9]News\n     * [10]Weather\n"
    footer = (
        "   [22]Share\n\nRelated topics\n\n     * [24]Flooding\n     * [25]Lowbridge\n\n"
        "## Most read\n\n    1. [Lorry stuck under bridge](/news/lorry)\n"
        "    2. [Missing sheepdog found](/news/dog)\n\nReferences\n\n"
        "   8. https://www.example.org/\n   9. https://news.example.org/\n"
    )
    d = drop_ui_lines(draft(f"{menu}\n{_LYNX_STORY}{footer}"), CONFIG)
    gone = {e.text.strip() for e in d.edits}
    wanted = {line.strip() for line in (menu + footer).split("\n") if line.strip()}
    assert gone == wanted
    assert not gone & {line.strip() for line in _LYNX_STORY.split("\n")}


def test_a_short_quote_closed_the_german_way_ends_the_text() -> None:
    story = (
        "Lastenrad-Verleih startet\n\nAb Samstag können alle an vier Stationen ein Lastenrad"
        " ausleihen.\nGebucht wird über eine App oder telefonisch in der Stadtbibliothek.\n"
        "Finanziert wurden die Räder mit 38.000 Euro aus dem Klimafonds des Landkreises.\n"
        "„Wir sind gespannt.“\n\nSchlagwörter: Lastenrad, Radverkehr\nEin Kommentar\n"
        "Teilen mit:\nFacebook\nWhatsApp\n"
    )
    gone = {e.text for e in drop_ui_lines(draft(story), CONFIG).edits}
    assert "„Wir sind gespannt.“" not in gone
    assert {"Ein Kommentar", "Teilen mit:", "Facebook", "WhatsApp"} <= gone


def test_a_pagers_numbers_go_and_a_countdown_stays() -> None:
    pager = "<<\n<\n1\n2\n3\n4\n>\n>>"
    gone = {e.text for e in drop_ui_lines(draft(f"{_STORY}\n{pager}"), CONFIG).edits}
    assert gone == set(pager.split("\n"))
    # Numbers that do not count up by one are no pager.
    scores = "Final score\n3\n1\n"
    assert not drop_ui_lines(draft(f"{_STORY}\n{scores}"), CONFIG).edits


def test_a_text_browsers_page_header_goes_and_the_articles_header_is_found() -> None:
    # A cookie banner hard-wrapped over two lines, a bulleted menu, a search
    # box, a row of controls, a breadcrumb: then the article's own header.
    page = (
        "Dagblad Veenoord gebruikt cookies\n\n"
        "Wij en onze partners gebruiken cookies en vergelijkbare technieken om de site\n"
        "te verbeteren, advertenties te tonen en te meten hoe de site wordt gebruikt.\n\n"
        "  • Nieuws\n  • Regio\n  • Sport\n  • 112\n  • Cultuur\n\n"
        "[                    ] [Zoeken]\nAbonneren | Inloggen\nHome › Regio › Ter Welle\n\n"
        "Bewoners stappen naar de rechter tegen windpark\n\nDoor Sanne de Kruijf\n"
        "14 mei 2025, 17:32\n\n"
        "Omwonenden vrezen geluidsoverlast van zes turbines van 200 meter hoog.\n\n"
        "De provincie gaf in maart een vergunning voor het windpark aan de dijk.\n\n"
        "De rechtbank behandelt de zaak naar verwachting in het najaar van 2025.\n"
    )
    (doc,) = clean_text(page)
    assert (doc.title, doc.byline, doc.date, doc.section) == (
        "Bewoners stappen naar de rechter tegen windpark",
        "Door Sanne de Kruijf",
        "14 mei 2025, 17:32",
        "Regio › Ter Welle",
    )
    assert doc.body.startswith("Omwonenden vrezen")


def test_a_list_of_stories_above_the_article_goes_but_not_its_title() -> None:
    title = "The Gear and Apps You Need to Survive the Next Semester"
    top = (
        "Top stories\nA Beautiful Analog Clock for Dummies Who Are Bad at Telling Time\n"
        f"{title}\nScanning Fast Food Makes Fast Food Look Even Worse\n"
        "How Much Does It Really Cost to Be Batman?\nThe Nine Healthiest Alcoholic Drinks\n"
        "Forbes Uses Furry Convention Logo in an Article\nAndrew Tarantola 8/17/13 11:04am\n"
    )
    text = (
        f"{title}\nBack to school, again, and the list of things to carry grows every year.\n"
        "Evernote is the note-taking program most students already have on their phones.\n"
        "A good pair of headphones matters more than most students would ever admit.\n"
    )
    gone = {e.text for e in drop_ui_lines(draft(top + text), CONFIG).edits}
    # The title (printed again below) and the teaser over its byline stay.
    assert gone == set(top.split("\n")[:-1]) - {
        title,
        "Forbes Uses Furry Convention Logo in an Article",
        "Andrew Tarantola 8/17/13 11:04am",
    }


def test_a_kicker_over_the_title_is_no_menu_item() -> None:
    menu = "Politik\nWirtschaft\nKultur\nSport\nGericht\nAbo\nRegion\nWetter\n\n"
    header = (
        "Betrugsprozess\nEhemaliger Geschäftsführer muss ins Gefängnis\n12.03.2025, 16:40 Uhr\n"
    )
    text = (
        "Das Landgericht hat den früheren Geschäftsführer zu vier Jahren Haft verurteilt.\n"
        "Nach Überzeugung der Kammer kassierte der Mann Anzahlungen für Häuser.\n"
        "Die Verteidigung kündigte an, Revision gegen das Urteil einzulegen.\n"
    )
    gone = {e.text for e in drop_ui_lines(draft(menu + header + text), CONFIG).edits}
    assert "Betrugsprozess" not in gone
    assert {"Wirtschaft", "Kultur", "Sport"} <= gone  # the first line is the title's place


def test_a_text_of_a_few_glued_paragraphs_still_bounds_the_page() -> None:
    # Paragraphs glued into two very long lines: no run of three, but the
    # page around them is found all the same.
    glued = " ".join(["The store manager said shoppers can save money by planning ahead."] * 8)
    top = "Beauty & Fashion\nYour Money\nYour Life\nLove & Relationships\nDisney Parks\n"
    tail = (
        "More from Real Simple\nInexpensive Ideas for Holiday Party Food\n"
        "How to Make the Holidays More Affordable\n7 Money-Saving Holiday Shopping Tips\n"
        "How to Save Money Without Giving Up Too Much\n"
    )
    text = f"How to Save Money on Groceries\n{top}{glued}\n{glued}\n{tail}"
    gone = {e.text for e in drop_ui_lines(draft(text), CONFIG).edits}
    assert set(tail.strip().split("\n")) <= gone
    assert glued not in gone


def test_readers_comments_under_a_comments_label_go() -> None:
    comments = (
        "Comments\nbandD_resident\nAnother rise and the bins still not emptied on time.\n"
        "Lyle Park Mum\nAt least the libraries stay open, credit where it is due.\n"
        "Marguerite O. says:\nMarch 5, 2025 at 10:44 am\nWhy does it stop short of the hospital?\n"
        "Reply\n"
    )
    gone = {e.text for e in drop_ui_lines(draft(_STORY + comments), CONFIG).edits}
    assert gone == set(comments.strip().split("\n"))
    # A name with the comment's age beside it.
    aged = (
        "Komentar (2)\nbudi_s · 2 jam lalu\nTiap tahun begini terus.\n"
        "sari · 1 jam lalu\nBetul sekali.\n"
    )
    gone = {e.text for e in drop_ui_lines(draft(_STORY + aged), CONFIG).edits}
    assert gone == set(aged.strip().split("\n"))
    # Without a comments label, readers' words quoted in a story stay.
    quoted = (
        "What readers told us\nJane, Leeds\nThe bins are a disgrace.\nTom, York\nFix the roads.\n"
    )
    assert not drop_ui_lines(draft(_STORY + quoted), CONFIG).edits


def test_links_inside_the_text_stay() -> None:
    # A story's own list of sources, between its paragraphs.
    sources = "     * [12]The agency's flood report\n     * [13]The council's plan\n\n"
    paragraphs = _LYNX_STORY.split("\n\n")
    text = "\n\n".join([*paragraphs[:2], sources, *paragraphs[2:]])
    assert not drop_ui_lines(draft(text), CONFIG).edits


def test_a_short_column_below_the_pages_first_ui_line_is_a_menu_in_any_language() -> None:
    names = "Ana Ferrer\nJoan Vidal\nMarta Puig\nPere Roca"
    footer = "Quiénes somos\nContacto\nContratar Publicidad\nAviso Legal"
    text = f"{_STORY}{names}\nShare this article\n{footer}"
    gone = {e.text for e in drop_ui_lines(draft(text), CONFIG).edits}
    assert gone == {"Share this article", *footer.split("\n")}  # the story's names stay


def test_a_mega_menu_past_a_sentence_of_its_own_goes_above_the_header() -> None:
    menu1 = "News\nSports\nBusiness\nOpinion\nReal Estate\nConsumer Affairs\nTop Workplaces\nJobs"
    menu2 = (
        "Cooking\nHealthy Eating\nWeather\nHome Remodeling\nRentals Home\nFor Sale\nGarage Sales\n"
        "Contact Us\nDrinks\nTraffic\nObituaries\nPuzzles\nNewsletters\nPodcasts\nVideo\nPhotos"
    )
    weather = "Your weather is set to Cleveland. You can change the location at any time."
    header = "Site Name\nSome Headline Here\nBy Jane Doe\nDecember 27, 2014"
    text = f"Site\n{menu1}\n{weather}\n{menu2}\n{header}\n" + _STORY.split("\n", 1)[1]
    gone = {e.text for e in drop_ui_lines(draft(text), CONFIG).edits}
    # The header's place (the last lines above the text) is left to the header rules.
    assert set(menu2.split("\n")[:8]) <= gone
    assert not gone & set(header.split("\n"))
    # Names above the text (a story's survivors) are no menu: no menu words.
    names = "\n".join(f"Name{n} Surname{n}" for n in range(9))
    text = f"Site\n{weather}\n{names}\n{header}\n" + _STORY.split("\n", 1)[1]
    assert not {e.text for e in drop_ui_lines(draft(text), CONFIG).edits} & set(names.split("\n"))


def test_short_lines_of_the_page_below_the_article_go_in_any_language() -> None:
    page = (
        "関連キーワード\nNYダウ(ドル)\n-1.13\nIzklaide\nTweets by prachatai\n"
        "Printer-friendly version"
    )
    text = f"{_STORY}Share this article\n{page}"
    gone = {e.text for e in drop_ui_lines(draft(text), CONFIG).edits}
    assert gone == {"Share this article", *page.split("\n")}


def test_a_consent_banner_wrapped_by_a_text_browser_goes_whole() -> None:
    banner = [
        "We use cookies and similar technologies to run this site, remember your",
        "settings and measure traffic. See our cookie policy.",
    ]
    gone = {e.text for e in drop_ui_lines(draft("\n".join([*banner, _STORY])), CONFIG).edits}
    assert set(banner) <= gone
    # A story's sentence on cookies, wrapped the same way, stays.
    story = [
        "The regulator said the site uses cookies to follow readers across the",
        "web without asking them first.",
    ]
    gone = {e.text for e in drop_ui_lines(draft("\n".join([_STORY, *story])), CONFIG).edits}
    assert not set(story) & gone


def test_a_row_of_links_broken_inside_an_address_is_judged_whole() -> None:
    row = [
        "[Journalism](/tag/journalism) [Climate](/tag/climate) [Local News](/tag/local-",
        "news) [Floods](/tag/floods)",
    ]
    gone = {e.text for e in drop_ui_lines(draft(_STORY + "\n".join(row)), CONFIG).edits}
    assert set(row) <= gone


def test_a_reader_views_chrome_goes_and_its_title_printed_again_splits_nothing() -> None:
    story = "\n\n".join(
        f"Paragraph {n} of the story about the school that opened again in the village."
        for n in range(4)
    )
    text = (
        "Fermer la vue de lecture\n\n-   Type et mise en page\n-   Écouter\n-   Enregistrer\n\n"
        "lemessageralpin.example\n\nÀ Saint-Aubrac, l'école rouvre\n\nPar Mathilde Rouvière\n\n"
        "7-9 minutes\n\n" + "-" * 72 + "\n\nÀ Saint-Aubrac, l’école rouvre\n\n" + story + "\n"
    )
    (doc,) = clean_text(text)
    assert doc.title == "À Saint-Aubrac, l'école rouvre"
    assert doc.body.endswith(story) and "Écouter" not in doc.body
    assert "lemessageralpin.example" not in doc.body


def test_a_tables_lower_border_at_the_end_of_the_text_stays() -> None:
    table = (
        "I numeri della tragedia\n\n  ----------------- ------------------\n  Morti             9\n"
        "  Dispersi          17\n  ----------------- ------------------\n"
    )
    gone = {e.text for e in drop_ui_lines(draft(_STORY + table), CONFIG).edits}
    assert "  ----------------- ------------------" not in gone


def test_a_digests_next_item_after_an_ad_is_no_list_of_headlines() -> None:
    # Under a UI line, an ad's text, then the next item's headline over its
    # source and date: a digest's item, not other stories' headlines.
    tail = (
        "Czytaj w źródle →\nUkryj to źródło\nReklama\n"
        "Kredyt gotówkowy bez zaświadczeń – sprawdź ofertę\n"
        "Raport z 2021 roku ostrzegał przed pęknięciami betonu\n"
        "El Heraldo del Tarrén · 15.10.2025, 08:20\n"
        "Lokalny dziennik dotarł do raportu z inspekcji, który już cztery lata temu ostrzegał.\n"
        "Operator zapory przełożył remont z 2024 roku z powodu kosztów, pisze gazeta.\n"
    )
    gone = {e.text for e in drop_ui_lines(draft(_STORY + tail), CONFIG).edits}
    assert "Raport z 2021 roku ostrzegał przed pęknięciami betonu" not in gone


def test_a_text_browsers_references_label_goes_with_its_list() -> None:
    refs = "References:\n[1] https://rsp.example/privacy\n[2] https://rsp.example/"
    gone = {
        e.text for e in drop_ui_lines(draft(f"{_STORY}Share this article\n{refs}"), CONFIG).edits
    }
    assert set(refs.split("\n")) <= gone


def test_a_short_story_of_two_paragraphs_ends_above_the_page_below_it() -> None:
    # No run of three long sentences: the last of two paragraphs ends the text.
    story = (
        "Council opens its data portal\n"
        "The council has put forty-six data sets online, from spending to bus timetables.\n"
        "The head of IT said the sets would be updated every month from now on.\n"
    )
    footer = [
        "Karacam Belediyesi · Cumhuriyet Meydani No: 1, Karacam",
        "Telefon: 112 | Dyzurny: 47",
    ]
    text = story + "Share this article\n" + "\n".join(footer)
    gone = {e.text for e in drop_ui_lines(draft(text), CONFIG).edits}
    assert gone == {"Share this article", *footer}
    # One paragraph is no text to bound: the lines under it stay.
    one = "Council opens its data portal\nThe council has put forty-six data sets online today.\n"
    gone = {
        e.text for e in drop_ui_lines(draft(one + "Share this article\n" + footer[0]), CONFIG).edits
    }
    assert footer[0] not in gone


def test_below_the_article_lists_subheadings_credits_and_the_next_story_stay() -> None:
    kept = [
        "Victims named",  # above the first UI line: the story's own
        "Ana Ferrer",
        "Joan Vidal",
        "Share this article",
        "Flamingos in the shallows at dawn",  # a caption and its credit
        "Photo: Mert Aydin/Kiyi Daily",
        "The centres still open:",  # ends like a clause
        "Reader comments",  # above a sentence: a subheading, or a name over a comment
        "I grew up near the mine and I am glad the strike is over at last.",
        "Next article",
        "Bus fares to fall for gig workers",  # the next story's header and text
        "Arun Pillai, Transport Correspondent",
        "Delivery riders could get cheaper bus fares under a review announced on Monday.",
        "About 70,000 workers in the platform economy travel long distances every day.",
    ]
    d = drop_ui_lines(draft(_STORY + "\n".join(kept)), CONFIG)
    assert {e.text for e in d.edits} == {"Share this article", "Next article"}


def test_short_lines_of_the_page_above_the_articles_header_go() -> None:
    menu = ["Utah 16", "FOX 13 Frights", "Dota 2", "Remember me", "Kultūrtelpa", "Menu"]
    header = [
        "Sign In",  # UI: the page's last before the header
        "Long Headline Over A Hero Image",  # four words: a headline stays
        "米朝首脳直通電話 習氏に挑むトランプ戦術の成否",  # wider than a menu item
        *(f"Photo {n} of 10" for n in range(1, 11)),  # the header's own lines
    ]
    text = "\n".join(["Site Name", *menu, *header]) + "\n" + _STORY.split("\n", 1)[1]
    gone = {e.text for e in drop_ui_lines(draft(text), CONFIG).edits}
    assert set(menu) <= gone
    assert not {"Site Name", "Long Headline Over A Hero Image", header[2]} & gone
    # Within a header's length of the text, short lines stay.
    short = "\n".join(["Site Name", *menu[:3], "Sign In", "Storm"]) + "\n" + _STORY
    assert not set(menu) & {e.text for e in drop_ui_lines(draft(short), CONFIG).edits}


@pytest.mark.parametrize(
    "tail",
    [
        # a list the text introduces
        "Centres still open on Friday:\nSanta Liwayway Central School\nDulong Bayan covered court"
        "\nSt. Rita parish hall\nThe old municipal gymnasium",
        # scores
        "Westbrook 3, Crescent Lake 1\nPine Hollow 7, Riverside Academy 6\n"
        "Harlan County 5, Sutter Ridge 2\nMill Creek 4, Oak Bend 0",
        # captions with their credits
        "Flamingos in the shallows (Photo by Mert Aydin)\nA chick on the islands © Mert Aydin\n"
        "Visitors at the new hides (Photo by Mert Aydin)\nThe lake at dawn (Photo by Mert Aydin)",
        # three headlines are not yet a list
        "Latest News\nBridge closed until October\nCouncil backs new tram line\n"
        "Harbour wall to be rebuilt",
    ],
)
def test_short_lines_below_the_text_that_are_no_headline_list_stay(tail: str) -> None:
    d = drop_ui_lines(draft(_STORY + tail), CONFIG)
    assert not [e for e in d.edits if "headline_list" in e.reason]


def test_headlines_above_the_last_paragraphs_are_the_articles_own() -> None:
    # Subheadings in a row, then three paragraphs: the list is inside the text.
    inside = (
        "What the deal says\nWhat the union asked for\nWhat the company gave up\n"
        "What happens to the night shift\n"
    )
    d = drop_ui_lines(draft(_STORY + inside + _STORY.split("\n", 1)[1]), CONFIG)
    assert not [e for e in d.edits if "headline_list" in e.reason]


def test_serialized_fields_go_where_a_file_has_several() -> None:
    fields = "siteName: Diario Ejemplo\nhumanLanguage: es\nimages[0].url: https://example.com/a.jpg"
    text = f"A Title\n\n{fields}\nimages[0].title: Fans in the square\n\nThe team won."
    d = drop_ui_lines(draft(text), CONFIG)
    assert [e.text for e in d.edits] == fields.split("\n")  # the caption field stays
    one = draft("Markets Rally\n\neBay: Shares rose 4 percent after sales beat forecasts.")
    assert drop_ui_lines(one, CONFIG) is one


def test_a_records_plain_fields_go_with_its_serialized_ones() -> None:
    """Around a record's camelCase fields, its other "key: value" lines go
    too; its title, text, author and date stay for the fields."""
    text = (
        "type: article\ntitle: Ribera vuelve a Primera\npageUrl: https://e.example/a\n"
        "siteName: Diario El Aljibe\nauthor: Martina Giacosa\nhumanLanguage: es\n"
        "sentiment: 0.412\ntags: Ribera; Fútbol\ntext: La espera terminó en el minuto 88.\n"
    )
    d = drop_ui_lines(draft(text), CONFIG)
    assert [e.text for e in d.edits] == [
        "type: article",
        "pageUrl: https://e.example/a",
        "siteName: Diario El Aljibe",
        "humanLanguage: es",
        "sentiment: 0.412",
        "tags: Ribera; Fútbol",
    ]


def test_export_fields_go_where_a_file_has_several() -> None:
    text = (
        "Harbour Board Delays Vote\n\nThe Courier\nSection: NEWS; Pg. 7\nLength: 149 words\n"
        "Byline: Dana Whitcombe\n\nThe harbour board delayed its vote on Tuesday.\n\n"
        "Load-Date: March 15, 2025"
    )
    d = drop_ui_lines(draft(text), CONFIG)
    assert [e.text for e in d.edits] == [
        "Section: NEWS; Pg. 7",
        "Length: 149 words",
        "Load-Date: March 15, 2025",
    ]
    # One "Section:" line in an article is not an export.
    one = draft("A Title\n\nSection: the part of the law that matters.\n\nMore text.")
    assert drop_ui_lines(one, CONFIG) is one


def test_a_press_releases_about_block_stays_and_its_wire_lines_go() -> None:
    """The company's "About" paragraph and its media contact are the
    release's own text; the wire's "SOURCE X" and "View original content"
    lines are the page's."""
    body = "The company opened its new plant on Monday, it said in a statement."
    tail = "About Harlow Grid\nHarlow Grid builds batteries.\n\nMedia Contact:\npress@example.com"
    wire = (
        "SOURCE Harlow Grid\n\nView original content: https://wire.example/harlow\n\n"
        "Copyright © 2024 Wire Inc. All Rights Reserved."
    )
    docs = clean_text(f"A Title\n\n{body}\n\n{tail}\n\n{wire}")
    assert len(docs) == 1
    assert "About Harlow Grid\n\nHarlow Grid builds batteries.\n\nMedia Contact:" in docs[0].body
    assert "SOURCE" not in docs[0].body and "View original" not in docs[0].body


def test_feed_split_after_end_of_document_lines() -> None:
    body = "The board met on Tuesday and put off its decision for a month."
    text = (
        f"First Story\n\n{body}\n\nEnd of Document\n\nSecond Story\n\n{body}\n\nEnd of Document\n"
    )
    docs = clean_text(text)
    assert [(d.title, d.body) for d in docs] == [("First Story", body), ("Second Story", body)]
    # The words in a sentence are no marker.
    one = f"First Story\n\n{body}\n\nIt was the end of document review.\n\nMore text here."
    assert len(clean_text(one)) == 1
    # A wire story's "(END)" on a saved page, then the page's tags and lists.
    tail = "\n".join(["Keywords", "#NK #drills", "Most Viewed", *(f"Story {n}" for n in range(8))])
    page = f"First Story\n\n{body}\n\n(END)\n\n{tail}\n\nAbout Us\nContact Us"
    assert len(clean_text(page)) == 1


def test_files_joined_by_tail_or_with_their_front_matter_split() -> None:
    body = "The board met on Tuesday and put off its decision for a month."
    matter = '---\ntitle: "{}"\nauthor: Jane Doe\ndate: 2026-03-05\n---\n'
    tail = "".join(
        f"==> {n}.txt <==\n{matter.format(title)}{body}\n\n"
        for n, title in enumerate(["First Story", "Second Story"])
    )
    docs = clean_text(tail)
    assert [(d.title, d.byline, d.body) for d in docs] == [
        ("First Story", "Jane Doe", body),
        ("Second Story", "Jane Doe", body),
    ]
    # Front matter blocks appended one after the other, with no name line.
    appended = "".join(f"{matter.format(t)}{body}\n\n" for t in ["First Story", "Second Story"])
    assert [d.title for d in clean_text(appended)] == ["First Story", "Second Story"]
    # A crawler's header ("URL:", "Title:", "Fetched:") over each page's text.
    crawl = "".join(
        f"URL: https://e.org/{n}\nTitle: {t}\nFetched: 2025-09-13 02:14:08 UTC\n\n{body}\n\n"
        for n, t in enumerate(["First Story", "Second Story"])
    )
    assert [(d.title, d.url) for d in clean_text(crawl)] == [
        ("First Story", "https://e.org/0"),
        ("Second Story", "https://e.org/1"),
    ]
    # "---" over a list of "key: value" lines inside a text is no new file.
    one = f"A Title\n\n{body}\n\n---\nTime: 9:00\nPlace: Town hall\n---\n\n{body}"
    assert len(clean_text(one)) == 1


def test_a_wet_file_splits_into_its_pages_records() -> None:
    """A web archive's text (WET): the crawl's own record, then one record
    a page, each with its header fields; the pages' text stays."""
    body = "The board met on Tuesday and put off its decision for a month."
    info = "WARC/1.0\nWARC-Type: warcinfo\nContent-Length: 60\n\nisPartOf: CC-MAIN-2026-11\n\n"
    record = (
        "WARC/1.0\nWARC-Type: conversion\nWARC-Target-URI: https://example.org/{n}\n"
        "Content-Type: text/plain\nContent-Length: 300\n\n{title} | The Gazette\n"
        "{title}\n{body}\nIt will meet again in May, the chair said.\n\n"
    )
    titles = ["Bridge plan put off", "Ferry fares to rise"]
    text = info + "".join(record.format(n=n, title=t, body=body) for n, t in enumerate(titles))
    docs = clean_text(text)
    assert [d.title for d in docs] == titles
    assert [d.body for d in docs] == [f"{body}\n\nIt will meet again in May, the chair said."] * 2


def test_an_archive_below_a_long_page_header_splits_at_its_dated_titles() -> None:
    """An author archive: a bio and menus above the first story, each story
    a title over its date and byline; teasers under it are no articles."""
    body = "The board met on Tuesday and put off its decision for a month."
    header = "Jane Doe\nJane writes about water and the hill villages since 2014.\nFollow her\n"
    story = "{t}\n12 March 2026 · By Jane Doe\n{body}\nIt will meet again in May.\nRead on →\n\n"
    titles = [
        "Reservoir at its lowest in years",
        "Village revives its pilgrimage",
        "Last bank branch in the valley closes",
    ]
    teasers = "More by Jane Doe\nBees stolen in the hills\nKeepers lost 400 hives.\n2 March 2026\n"
    text = header + "".join(story.format(t=t, body=body) for t in titles) + teasers
    assert len(clean_text(text)) == 3
    # With two stories only, the layout is not sure enough: one document.
    two = header + "".join(story.format(t=t, body=body) for t in titles[:2])
    assert len(clean_text(two)) == 1


def test_a_print_pages_short_items_split_at_their_datelines() -> None:
    """Each item: a title over a paragraph that opens with its dateline."""
    items = [
        ("Barn burns down in Oudeweg", "OUDEWEG – A wooden barn burned down on Friday morning."),
        ("Repair cafe at the library", "ZANDWIJK – The library opens a repair cafe in April."),
        ("Cyclist hurt in collision", "MOLENRAK – A cyclist, 72, was hurt on Thursday afternoon."),
    ]
    text = "".join(f"{t}\n{d}\nNobody else was hurt, police said.\n\n" for t, d in items)
    assert [d.title for d in clean_text(text)] == [t for t, _ in items]
    # A dash inside a sentence is no dateline.
    one = "A Title\n\nThe council – which met on Monday – agreed to wait.\n\nIt will meet again."
    assert len(clean_text(one)) == 1


def test_feed_items_with_their_link_and_markdown_headers_split() -> None:
    body = "The board met on Tuesday and put off its decision for a month, the chair said."
    # An RSS dump: title, link, author, date, text.
    item = "{t}\nhttps://e.org/{n}/\nJane Doe\nSat, 28 Jun 2025 16:45:00 +0000\n{body}\n\n"
    titles = ["Runners win the hill race", "County passes its budget", "Market hall to reopen"]
    dump = "".join(item.format(t=t, n=n, body=body) for n, t in enumerate(titles))
    assert [d.title for d in clean_text(dump)] == titles
    # A blog's category page in Markdown: linked titles over linked dates.
    post = (
        "## [{t}](https://e.org/{n}/)\n\nPosted on [October 3, 2025](https://e.org/{n}/)"
        " by [Dana Reed](https://e.org/a/)\n\n{body}\n\n"
    )
    page = "".join(post.format(t=t, n=n, body=body) for n, t in enumerate(titles))
    assert [d.title for d in clean_text(page)] == titles


def test_a_newsletter_digest_splits_after_each_storys_link() -> None:
    body = "The board met on Tuesday and put off its decision for a month, the chair said."
    story = (
        "## {t}\n\n{body}\n\nIt will meet again in May.\n\n"
        "[Read the full story →](https://e.org/{n})\n\n* * *\n\n"
    )
    titles = ["Port board approves dredging", "Rent vote pushed back", "Rowing club takes the cup"]
    head = "View this email in your browser\n\nGood morning. Here's what you need to know.\n\n"
    foot = "You are receiving this email because you signed up at e.org.\n"
    text = head + "".join(story.format(t=t, body=body, n=n) for n, t in enumerate(titles)) + foot
    docs = clean_text(text)
    assert [d.title for d in docs][1:] == titles[1:]
    assert not any("Read the full story" in d.body for d in docs)
    # The link wrapped by html2text inside its address goes whole.
    wrapped = "[Read the full story →](https://e.org/news/port-board-\nchannel-dredging)"
    d = drop_ui_lines(draft(f"A Title\n\n{body}\n\n{wrapped}\n"), CONFIG)
    assert [e.reason for e in d.edits] == ["UI debris (read_more_teaser)"] * 2
    # "Read more" links inside one article, its text going on after the last:
    # teasers, not the ends of stories.
    teaser = "Read more\nBridge plan goes to court\n\n"
    one = f"A Title\n\n{body}\n\n{teaser}{body}\n\n{teaser}" + "\n\n".join([body] * 3)
    assert len(clean_text(one)) == 1


def test_feed_split_after_the_same_copyright_line_under_each_article() -> None:
    body = "The board met on Tuesday and put off its decision for a month."
    notice = "© RIPRODUZIONE RISERVATA"
    text = f"First Story\n\n{body}\n\n{notice}\n\nSecond Story\n\n{body}\n\n{notice}\n"
    docs = clean_text(text)
    assert [(d.title, d.body) for d in docs] == [("First Story", body), ("Second Story", body)]
    # One notice is the page's footer; text after it starts no article.
    footer = f"First Story\n\n{body}\n\n© 2024 The Gazette. All rights reserved.\n\n{body}"
    assert len(clean_text(footer)) == 1


@pytest.mark.parametrize("end", ["。", "，", "।", "۔"])
def test_a_first_line_ending_like_a_sentence_in_any_script_is_no_title(end: str) -> None:
    first = "新华社北京11月17日电 记者17日从国家卫生健康委获悉，相关部门持续优化短缺药品监测" + end
    (doc,) = clean_text(f"{first}\n第二段内容也在这里。\n")
    assert doc.title is None and doc.body.startswith(first)


# Article text that the rules for files of several articles first took, found
# by a review: each stays one document and keeps its lines.
_P = [
    "The council met on Tuesday evening and argued for three hours about the budget.",
    "Residents filled the public gallery, and several spoke against the cuts at length.",
    "The vote was put off until next month, when the auditors will have reported back.",
    "The mayor said she expected a decision before the summer holidays begin in July.",
]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A photo's credit under two photos is no end-of-article line.
        (
            f"A Title\nBy Jane Doe\n\n{_P[0]}\n\n![a](https://e.org/a.jpg)\n© 2024 Jane Doe\n\n"
            f"{_P[1]}\n\n{_P[2]}\n\n![b](https://e.org/b.jpg)\n© 2024 Jane Doe\n\n{_P[3]}",
            _P,
        ),
        # Teasers with their headlines ("READ MORE: ...") inside one article.
        (
            f"A Title\nBy Jane Doe\n\n{_P[0]}\n\n{_P[1]}\n\n"
            "READ MORE: Airport passenger numbers hit record high\n\nCost and funding\n\n"
            f"{_P[2]}\n\n{_P[3]}\n\nREAD MORE: Bus fares to rise by ten percent in April\n\n"
            "The first trams would run in 2030.",
            [*_P, "Cost and funding", "The first trams would run in 2030."],
        ),
        # A link closed on its line: the next line is text.
        (
            f"A Title\n\n{_P[0]}\n\n{_P[1]}\n\n{_P[2]}\n\n[Read more](https://e.org/d.pdf) in the"
            " board papers, which also list\nthe vote: 7 to 2, and the chair said it was final.",
            ["the vote: 7 to 2, and the chair said it was final."],
        ),
        # The text's own numbered list at its end, introduced by a sentence.
        (
            f"A Title\nBy Sam Green\n\n{_P[0]}\n\n{_P[1]}\n\n{_P[2]}\n\n"
            "Its six tips for the coming days are these.\n"
            + "\n".join(
                f"{n}. {tip}"
                for n, tip in enumerate(
                    [
                        "Water early in the morning",
                        "Mulch the beds with bark",
                        "Leave the lawn to grow longer",
                        "Move pots into the shade",
                        "Skip the fertiliser this month",
                        "Collect grey water from the kitchen",
                    ],
                    1,
                )
            ),
            ["1. Water early in the morning", "6. Collect grey water from the kitchen"],
        ),
        # An interview's last line, and a book's fact box at the end.
        (
            f"A Title\n\n{_P[0]}\n\n{_P[1]}\n\nReporter: Thank you for your time.",
            ["Reporter: Thank you for your time."],
        ),
        (
            f"A Title\nBy Anna Bell\n\n{_P[0]}\n\n{_P[1]}\n\n{_P[2]}\n\n"
            "Title: The Salt Path\nAuthor: Raynor Winn\nPublished: 2018\nCategory: Memoir\n",
            ["Title: The Salt Path", "Author: Raynor Winn"],
        ),
        # Readers' comments under an article: a name over a date over a comment.
        (
            f"{_P[0]}\n\n{_P[1]}\n\n{_P[2]}\n\n3 comments\n\n"
            + "\n\n".join(
                f"{name}\n12 March 2024\nI think the council got this one wrong, sadly."
                for name in ["Sarah Jones", "Dave Patel", "Mo Khan"]
            ),
            [_P[2]],
        ),
        # A chant printed twice is no title.
        (
            f"{_P[0]}\nThey chanted as they walked:\nWe will not be moved\n{_P[1]}\n"
            f"We will not be moved\n{_P[2]}\n{_P[3]}",
            ["We will not be moved"],
        ),
        # A subheading that names the archive.
        (f"A Title\n\n{_P[0]}\n\nThe Wayback Machine\n\n{_P[1]}", ["The Wayback Machine"]),
    ],
)
def test_text_that_looks_like_several_articles_stays_one(text: str, kept: list[str]) -> None:
    docs = clean_text(text)
    assert len(docs) == 1, [d.title for d in docs]
    body = docs[0].body.split("\n")
    for line in kept:
        assert any(line in b for b in body), line


def test_a_pull_quote_printed_twice_goes_in_one_pass() -> None:
    quote = "the buses will run every ten minutes from the first of May"
    text = (
        f"A Title\n\nThe mayor said {quote}, and the council agreed.\n\n"
        f"> {quote.capitalize()}\n\nMore text of the story here.\n\n> {quote.capitalize()}\n"
    )
    once = clean_text(text)[0]
    assert ">" not in once.body
    assert clean_text(once.body)[0].body == once.body


_FLOOD = (
    "The river rose above its banks on Wednesday afternoon after two days of rain.\n"
    "Several roads were closed and some twenty houses are surrounded by water.\n"
    "The fire brigade evacuated two people as a precaution, and nobody was hurt.\n"
)


def _gone(text: str) -> list[str]:
    d = drop_ui_lines(draft(text), CONFIG)
    before = draft(text).lines
    return [before[e.line - 1] for e in d.edits]


def test_the_site_name_from_the_page_title_goes_outside_the_text() -> None:
    page = f"Floods: river bursts its banks - Valley Radio\nValley Radio\n{_FLOOD}Valley Radio\n"
    assert _gone(page) == ["Valley Radio", "Valley Radio"]
    # A title with a dash in it names no site when no line repeats the part.
    assert _gone(f"Floods - what now\n{_FLOOD}") == []


def test_a_menu_column_of_section_names_in_the_sites_language_goes() -> None:
    menu = "Accueil\nTerritoire\nPolitique\nÉconomie\nSciences\nLoisirs\n"
    assert _gone(f"Le lac raconte 3 000 ans de crues\n{menu}{_FLOOD}") == menu.split("\n")[:-1]


def test_a_list_its_sentence_introduces_stays_below_the_text() -> None:
    tail = "The budget goes to:\nHealth\nCulture\nSport\nEducation\n"
    assert _gone(f"Budget vote\n{_FLOOD}{tail}") == []


def test_a_sign_up_box_below_the_text_goes_with_its_pitch() -> None:
    box = (
        "\nNewsletter Sciences\n"
        "Every Thursday, the best of the region's science news.\n"
        "Subscribe now\n"
    )
    assert _gone(f"Lake study\n{_FLOOD}{box}") == [
        "Newsletter Sciences",
        "Every Thursday, the best of the region's science news.",
        "Subscribe now",
    ]
    # A story's last paragraph under a subheading, over a button, stays.
    last = "\nWhat happens next\nThe council will vote on the final plan in June.\nSubscribe now\n"
    assert _gone(f"Lake study\n{_FLOOD}{last}") == ["Subscribe now"]
    # A text browser's form: the e-mail field and its button under the pitch.
    form = (
        "\nVeja também\n  * Classificação da Série B\n  * Ipiranga do Sul anuncia novo técnico\n"
        "Receba as notícias do seu time\n"
        "Cadastre seu e-mail e receba gratuitamente o resumo da rodada.\n"
        "____________________ (BUTTON) Quero receber\n"
    )
    assert set(form.strip().split("\n")[-3:]) <= set(_gone(f"Lake study\n{_FLOOD}{form}"))
    # A search field under a story's last line asks for no address: it stays.
    search = (
        "\nWhat happens next\nThe council will vote on the final plan in June.\n____ [Search]\n"
    )
    assert "The council will vote on the final plan in June." not in _gone(
        f"Lake study\n{_FLOOD}{search}"
    )


@pytest.mark.parametrize(
    "comments",
    [
        # A counted label over comments whose names an extractor dropped.
        "3 comentarios\nCatorce meses dicen.\nEl mercado necesita la obra, eso nadie lo discute.\n"
        "Por fin alguien se acuerda de la calle Tejedores.\nPara comentar debes estar registrado.",
        # "X wrote on DATE:" over each comment.
        "Kommentare (2)\nKarl M. schrieb am 12.06.2025 um 18:30:\nEndlich passiert etwas.\n"
        "steuerzahlerin_hessen schrieb am 12.06.2025 um 19:12:\nUnd wer soll das bezahlen?",
        # No label: user names over the comments, or before them on one line,
        # under the page's own lines.
        "Sign up to our free daily newsletter here.\n"
        "Bryn_W\nClose the libraries and keep paying consultants.\nhasklass62\n"
        "The 47 bus is the only way my mum gets to the surgery.\nIvor Penhale\nFair enough.",
        "© 2025 KDRN-TV. All Rights Reserved.\n"
        "farmgirl_1977: Same thing they said last January.\nKevin R.: Roads are slick already.\n"
        "dorrance_dad: Thanks to the whole storm team.",
        # A user name and the comment's time on one line.
        "© Järviseudun Sanomat 2025\n"
        "Karhufani77 12.10. 22:11\nTuomarit vihelsivät taas kotijoukkueen eduksi.\n"
        "Pirjo K. 12.10. 22:40\nHieno ilta hallilla, tunnelma oli huikea.\n"
        "vanha_pelimies 13.10. 07:02\nOksman on tehnyt joukkueesta taistelijan.",
        # Names with the time under them, under a counted label; a Greek
        # question ends with ";".
        "Σχόλια (2)\nΓιώργος Π.\n11.06.2024 στις 20:04\n"
        "Κάθε καλοκαίρι τα ίδια. Πότε θα γίνει η αφαλάτωση;\n"
        "Μαρία Λ.\n11.06.2024 στις 21:30\nΜπράβο στους εθελοντές που κουβαλάνε νερό.",
        # No label: a name with its date beside it or under it makes a reader.
        "© 2025 Kranë News\nReza Tehrani - 14 August 2024\nThanks to these young men.\n"
        "Anonymous\n14.08.2024 10:12\nOur village has a qanat too, dry for years.",
    ],
)
def test_readers_comments_below_the_text_go(comments: str) -> None:
    gone = _gone(f"Flood warning\n{_FLOOD}{comments}\n")
    assert set(comments.split("\n")) <= set(gone)


def test_comments_with_the_name_on_the_same_line_go_under_their_label() -> None:
    for comments in (
        "Comentários\nFaça login para comentar.\nestrelense_roxo — QUE JOGO!!! Líder!\n"
        "serrano_sempre — Juiz deu 6 minutos.",
        "### Comments\nLog in to comment\n**sandyshores82** Good for her!\n**BillyT** Who?",
        # a moderation notice in Spanish over user names
        "Comentarios (214)\nLos comentarios de nuestros suscriptores están moderados.\n"
        "marta_v\nLlevo seis años de alquiler en Valencia.\nJLópez1970\nNadie querrá alquilar.",
    ):
        gone = _gone(f"Flood warning\n{_FLOOD}{comments}\n")
        assert set(comments.split("\n")) <= set(gone), comments
    # People quoted by name under a subheading of that word stay, and so do a
    # forum's posts quoted under it with no count, prompt or notice of its own.
    for quoted in (
        "Comments\nMaria Lopez: I think the plan is fine.\nJohn Smith: It will cost too much.",
        "Comments\nbryn_w: Close the libraries.\nfarmgirl_1977: Keep the buses running.",
    ):
        assert not set(quoted.split("\n")[1:]) & set(_gone(f"Flood warning\n{_FLOOD}{quoted}\n"))


def test_comments_on_a_japanese_portal_with_their_reactions_go() -> None:
    comments = (
        "コメント（128件）\nコメントは投稿者の個人の見解であり、ひかりニュースの見解ではありません。\n"
        "tak*****　10時間前\n補修を延期した理由が予算と許認可というのが切ない。\n"
        "共感した 412　なるほど 35　うーん 6\n"
        "mar*****　9時間前\nダム本体ではなく洪水吐が壊れたというのがポイント。\n"
        "共感した 288　なるほど 97　うーん 3"
    )
    gone = _gone(f"Flood warning\n{_FLOOD}{comments}\n")
    assert set(comments.split("\n")) <= set(gone)
    # A table's row of labels and numbers is no comment's reactions.
    table = "Standings:\nWon 3 Lost 2 Drawn 1\n"
    assert "Won 3 Lost 2 Drawn 1" not in _gone(f"Flood warning\n{_FLOOD}{table}")


def test_comments_under_a_short_story_broken_by_subheads_go() -> None:
    """No three long sentences run in a row (subheads, a list), and the names
    are in bold with the comment's age beside them, or the first one is lost
    (its text, then the next comment's name and time)."""
    story = (
        "Police in the province have broken up a ring that stole motorbikes across three "
        "districts.\n\nHelp for traders\n\nThe council opened a kitchen at the market on "
        'Tuesday, and traders queued from six in the morning.\n\n"Never again!"\n\nThe '
        "market will be cleaned and reopened next week, the head of the trade office said."
    )
    named = (
        "### Comments (2)\n\n**Nguyen Thi Hang** 2 hours ago\n\n"
        "My bike went missing in May at the night market, I hope they find it.\n\n"
        "Reply Like\n\n**tuan\\_dongha** 1 hour ago\n\nThanks to the police!\n\nReply Like"
    )
    headless = (
        "Komentarze (3)\nThe detour through the village is a nightmare, two cars cannot pass.\n"
        "Olszanka\n1 godz. temu\nGood that they are finally doing it, the bridge creaked.\n"
        "Gość\n45 min. temu\nCould they not have done it last autumn, when nobody drove?"
    )
    for comments in (named, headless):
        (doc,) = clean_text(f"Motorbike ring broken up\n\n{story}\n\n{comments}\n")
        assert doc.body == story
    # A share row's count under the dek labels nothing: the story stays.
    top = f"Motorbike ring broken up\n\nComments (2)\n\nThe vote\n\n{story}\n"
    (doc,) = clean_text(top)
    assert "The vote" in doc.body


def test_people_quoted_below_the_text_are_no_comments() -> None:
    # Names of people, not user names, over what they said: a vox pop.
    vox = "Maria Lopez\nI think the plan is fine.\nJohn Smith\nIt will cost too much.\n"
    assert _gone(f"Flood warning\n{_FLOOD}{vox}") == []
    # A count that does not match the lines under the label.
    wrong = "2 comments\nThe first line is here.\nThe second one.\nThe third one.\n"
    assert not set(wrong.split("\n")[1:]) & set(_gone(f"Flood warning\n{_FLOOD}{wrong}"))


@pytest.mark.parametrize(
    "line",
    [
        "Want the latest Eastmoor news in your inbox? Sign up to our free daily newsletter here.",
        "Cet article vous a été utile ? Abonnez-vous pour 1 € le premier mois.",
        "The Ledger is reader-funded. If this story was useful, become a member for $5 a month.",
        "Enjoying the Morning Brief? Forward it to a friend.",
    ],
)
def test_a_call_to_subscribe_after_a_question_is_ui(line: str) -> None:
    assert ui_rule(line) == "subscribe_prompt"


@pytest.mark.parametrize(
    "line",
    [
        "The club is growing. Sign up opens on Monday for the new season.",
        "The race returns in June. Sign up for it today at the town hall.",
        "Interested? Subscribe to the council's alerts, the mayor said.",
    ],
)
def test_a_story_that_tells_readers_to_sign_up_keeps_it(line: str) -> None:
    assert ui_rule(line) is None


def test_a_table_between_a_read_also_box_and_more_text_stays() -> None:
    box = "READ ALSO:\nHospital opens 20 new beds for children\nCold weather due next week\n"
    table = "Where to get vaccinated\nPlace Hours\n14 clinics Monday to Friday, 8am to 5pm\n"
    more = (
        "Children getting vaccinated for the first time need two doses a month apart.\n"
        "The health department asks residents to share the information with older neighbours.\n"
    )
    gone = _gone(f"Flu vaccine for all\n{_FLOOD}{box}\n{table}{more}")
    assert not set(table.split("\n")) & set(gone)
    assert "READ ALSO:" in gone


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Der Beitrag Neue Brücke für Lindau erschien zuerst auf Lindauer Zeitung.", "feed_footer"),
        (
            "Článek Pivovar zdvojnásobí výrobu se poprvé objevil na webu Obchodní listy.",
            "feed_footer",
        ),
        (
            "We value your privacy. We and our 143 partners use cookies to store information on a",
            "cookie_notice",
        ),
        ("**Čtěte také:** Ceny chmele letos vzrostly o třetinu", "read_more_teaser"),
        ("Meest gelezen", "read_more_teaser"),
        ("Tag: banjir  pasar induk  sukamerta  sungai cikerti", "tag_list"),
        ("Ascolta questo articolo ora...", "media_player"),
        ("Listen to this article (4 min)", "media_player"),
        ("Listen to the mayor explain the plan.", None),
        ("You're receiving this email because you signed up at example.com.", "subscribe_prompt"),
        ("That's all for today. Tips, complaints and kind words to", "subscribe_prompt"),
        # A live blog's last line, and a minister's words.
        ("That's all for today", None),
        ("That's all for today, the minister said after the vote.", None),
        ("SOURCE Hollin Foods LLC", "press_release_boilerplate"),
        ("Tilaa Urheilun uutiskirje – saat viikon tulokset joka maanantai.", "subscribe_prompt"),
        ("Recibe las noticias del Altiplano en tu correo", "subscribe_prompt"),
        ("Suscríbete a nuestro boletín diario. Es gratis.", "subscribe_prompt"),
        ("#jääkiekko #LaKi #Lahtisaari", "tag_list"),
        ("▶ Ouvir este artigo 00:00 / 04:31", "media_player"),
        ("Partilhar no Facebook Partilhar no X Enviar por e-mail Guardar", "share_links"),
        ("# Title here", None),
        ("HomeNewsCrime", "navigation"),
        (
            "Téléchargez l'application L'Écho des Vallées : l'info locale en temps réel",
            "app_prompt",
        ),
        ("La publicité se terminera dans 5 secondes", "media_player"),
        ("Jetzt läuft: Die Morgenrunde mit Benno Saller", "media_player"),
        ("Audio abspielen (1:32 Min)", "media_player"),
        ("Lecture en cours", "media_player"),
        (
            "Szanowni Państwo, w związku z RODO informujemy, że korzystamy z plików cookies w",
            "cookie_notice",
        ),
        ("📲 Receba as notícias do Jornal no seu WhatsApp. Clique aqui.", "follow_links"),
        ("Entendi", "cookie_notice"),
        ("Updated ", "updated_timestamp"),
        ("Aktualisiert", "updated_timestamp"),
        ("From: Sauti ya Pwani <jarida@sautiyapwani.example>", "page_furniture"),
        ("From: the council said it would act", None),
        ("AdvertisementSave 20% on garden sheds this autumn", "ad_label"),
        ("NewsWeek", None),
        ("  Comparteix Facebook X WhatsApp Telegram Correu", "share_links"),
        ("Notícies relacionades", "read_more_teaser"),
        ("Inicia sessió per comentar", "comment_prompt"),
        ("  Accepto Configura Rebutjo", "cookie_notice"),
        ("  Temps de lectura: 3 min", "page_furniture"),
        (
            "Aquest web utilitza galetes pròpies i de tercers per oferir-te una experiència.",
            "cookie_notice",
        ),
        ("Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости", "follow_links"),
        (
            "Press releases are provided by our content partner and are not edited by us.",
            "disclaimer",
        ),
        # A book's publisher and date (a review's last line) is text.
        ("Published by Faber on 14 March 2024.", None),
        # Look-alikes: a sentence that reports a notice, a story on privacy.
        ("The publisher said all rights reserved for the name.", None),
        ("Our privacy policy changed last year. The council said it would publish one.", None),
    ],
)
def test_ui_rule_in_more_languages(line: str, rule: str | None) -> None:
    assert ui_rule(line) == rule


def test_a_summary_over_its_paragraph_is_a_repeat() -> None:
    whole = "Rodinný pivovar Lesná postaví novou varnu a během dvou let zvýší výrobu o polovinu."
    text = f"Pivovar Lesná\n\n{whole[:70]} […]\n\n{whole}\n\nDruhý odstavec textu.\n"
    d = clean_text(text)[0]
    assert [e.reason for e in d.edits if e.stage == "drop_repeated_blocks"] == [
        "an excerpt of line 5 (a summary over the text)"
    ]
    assert whole in d.body
    # An ellipsis that ends a quote cut short, with no paragraph it begins, stays.
    cut = (
        "Pivovar Lesná\n\nThe mayor began: “We will not give up the brewery, because...”\n\nEnd.\n"
    )
    assert not [e for e in clean_text(cut)[0].edits if e.stage == "drop_repeated_blocks"]


def test_a_byline_in_italics_or_with_a_role() -> None:
    assert byline_line("*By Callum Rees*")
    assert byline_line("By Leah Fennimore, business reporter")
    assert not byline_line("By the river, business went on")


def test_a_title_in_headline_case_after_a_scene_break_starts_an_article() -> None:
    two = (
        "Bakers Strike Over Night Shifts\n\nBakers at the city's largest bakery went on strike.\n\n"
        "* * *\n\nZoo Welcomes Two Snow Leopard Cubs\n\nThe city zoo said two cubs were born.\n"
    )
    assert list(feed_boundaries(two.split("\n"), CONFIG)) == [6]
    # A feature's subheading after a scene break is written as a sentence.
    one = two.replace("Zoo Welcomes Two Snow Leopard Cubs", "A long night at the ovens")
    assert feed_boundaries(one.split("\n"), CONFIG) == {}


def test_a_newsletters_greeting_and_weather_widget_go() -> None:
    top = (
        "Morning Briefing\n\n[View this email in your browser](https://e.org/v)\n\n"
        "![The Post](https://e.org/img/logo.png)\n\n"
        "Good morning. It's a busy one: the port gets its channel, the rent\n"
        "vote slips again.\n\n**Weather:** Bright spells. High 14°C, low 7°C.\n\n"
    )
    gone = _gone(f"{top}## Port board approves dredging\n\n{_FLOOD}")
    assert gone == [
        "[View this email in your browser](https://e.org/v)",
        "![The Post](https://e.org/img/logo.png)",
        "Good morning. It's a busy one: the port gets its channel, the rent",
        "vote slips again.",
        "**Weather:** Bright spells. High 14°C, low 7°C.",
    ]
    # In the text, a sentence about the heat stays.
    heat = "It was 34° in the shade on Friday, the hottest day of the year.\n"
    assert _gone(f"Heatwave\n{_FLOOD}{heat}{_FLOOD}") == []


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Tags: Harwick Borough Council Libraries Council tax Budget 2025", "tag_list"),
        ("[                    ]Sign up", "subscribe_prompt"),
        ("   ____________________ (BUTTON) Zapisz się", "subscribe_prompt"),
        ("[          ] [Search]", "page_furniture"),
        (
            "By signing up you agree to our Privacy Notice. You can unsubscribe at any time.",
            "subscribe_prompt",
        ),
        (
            "Comments are moderated. Please read our community guidelines before posting.",
            "comment_prompt",
        ),
        ("Reply Report", "comment_prompt"),
        ("Topics: the council will decide next week.", None),
    ],
)
def test_ui_rule_for_forms_tags_and_comment_sections(line: str, rule: str | None) -> None:
    assert ui_rule(line) == rule


def test_comments_under_the_sections_notice_with_wrapped_text_go() -> None:
    comments = (
        "Comments (38)\n\nComments are moderated. Please read our guidelines.\n\n"
        "EastfoldDave 2 hours ago\n\nClosing libraries while allowances went up. Says it all.\n\n"
        "Reply Report\nmargaret_h61 1 hour ago\n\n"
        "I've used Mill Lane every week for 30 years. Where are the kids supposed to\n"
        "do their homework now?\n"
    )
    gone = _gone(f"Libraries to close\n{_FLOOD}\n{comments}")
    assert {"EastfoldDave 2 hours ago", "do their homework now?"} <= set(gone)


def test_a_ranked_list_a_blank_line_under_its_label_below_the_text_goes() -> None:
    ranked = "\nMost Read\n\n 1. Road closures announced for half marathon\n 2. Bakery sold\n"
    gone = _gone(
        f"Libraries to close\n{_FLOOD}\nShare this article\n{ranked}\n© 2025 Courier Ltd.\n"
    )
    assert {"Most Read", " 1. Road closures announced for half marathon"} <= set(gone)


def test_pagers_on_one_line_and_their_buttons() -> None:
    for line in ("« Anteriores 1 2 3 … 48 Siguientes »", "1 | 2 | 3 | Next ›", "Następna strona »"):
        assert ui_rule(line) == "page_furniture", line
    assert ui_rule("Scores were 1 2 3 in the first round") is None


def test_a_caption_credited_in_lower_case_and_its_far_copy() -> None:
    caption = (
        "Il manifesto per l'Amaro Valmorino (1931), uno dei più celebri di Ferrucci"
        " (foto Museo civico di Castelvaro)"
    )
    assert CONFIG.credit_regex.search(caption)
    assert not CONFIG.credit_regex.search("We saw the photos (photos that were never published).")
    body = "\n\n".join(
        f"Paragrafo numero {n} della storia, con una frase intera." for n in range(12)
    )
    d = clean_text(f"La mostra\n\n{caption}\n\n{body}\n\n{caption}\n")[0]
    assert list(d.captions) == [caption]
    assert caption not in d.body


def test_a_bulleted_menu_in_the_header_goes_and_a_bulleted_list_in_the_text_stays() -> None:
    menu = "Lakeshore 4\n\n  * News\n  * Weather\n  * 4 Investigates\n  * Watch Live\n\n"
    header = "# Water main break floods downtown\n\nBy Dana Whitlock\n\n"
    gone = _gone(f"Water main break\n\n{menu}{header}{_FLOOD}")
    assert {"  * News", "  * 4 Investigates", "  * Watch Live"} <= set(gone)
    listed = "Roads closed:\n  * Front Street\n  * Cedar Street\n  * Mill Lane\n  * Second Street\n"
    assert _gone(f"Water main break\n\nBy Dana Whitlock\n{listed}{_FLOOD}") == []


def test_a_sites_tagline_under_its_name_goes() -> None:
    top = "The Canal Street Ledger\nIndependent news for the Canal District since 2016\n\n"
    assert _gone(f"{top}Tram extension approved\n\n{_FLOOD}") == [
        "Independent news for the Canal District since 2016"
    ]
    # A headline about news, with its byline under it, is the title.
    title = "Ledger\nLocal news site closes after 40 years\nBy Ann Lee\n\n"
    assert _gone(f"{title}{_FLOOD}") == []


def test_a_quote_on_its_own_line_that_the_text_repeats_is_a_pull_quote() -> None:
    para = (
        'Okonkwo said the pipe dates from 1931. "It was like a river coming down the'
        ' sidewalk," said Teresa Gault, who owns a shop.'
    )
    pull = '"It was like a river coming down the sidewalk."'
    text = f"Main break\n\n{_FLOOD}\n{pull}\n\n{para}\n"
    d = clean_text(text)[0]
    assert [e.text for e in d.edits if e.stage == "drop_repeated_blocks"] == [pull]
    # Under the headline, a quote is the dek; and a quote said nowhere else stays.
    dek = f"Main break\n{pull}\n\n{para}\n\n{_FLOOD}"
    assert not [e for e in clean_text(dek)[0].edits if e.stage == "drop_repeated_blocks"]
    alone = f'Main break\n\n{_FLOOD}\n"We will rebuild the whole street by the summer."\n\n{para}\n'
    assert not [e for e in clean_text(alone)[0].edits if e.stage == "drop_repeated_blocks"]


def test_a_publishers_reserved_rights_line_without_a_sign_goes() -> None:
    notice = "Dagblad Veenland is onderdeel van Veenland Media B.V. Alle rechten voorbehouden."
    assert _gone(f"Spoor dicht\n{_FLOOD}Meest gelezen\n{notice}\n") == ["Meest gelezen", notice]
    reported = "The publisher said all rights reserved for the name would stay with the family."
    assert reported not in _gone(f"Spoor dicht\n{_FLOOD}{reported}\n")


def test_photo_by_and_cyrillic_photo_credits() -> None:
    for caption in (
        "A high-speed ferry moored at Cau Ninh pier. Photo by Lotus Post/Tran Minh Khoa",
        "Хор «Берегиня» під час запису в студії. Фото: Радіо Заріччя",
    ):
        assert CONFIG.credit_regex.search(caption), caption
    assert not CONFIG.credit_regex.search("She showed us a photo by the lake.")


def test_an_ad_printed_as_a_paragraph_goes_and_a_story_paragraph_after_an_ad_label_stays() -> None:
    ad = "_Supported by Wrenfield Building Society_ Saving for a home? Our\nsaver pays 4%.\n"
    assert _gone(f"Port vote\n{_FLOOD}\n{ad}\n{_FLOOD}") == ad.split("\n")[:2]
    sold = "SPONSORED\n\n**Brinmoor Building Society** – Fix a rate.\n\n[Find out more](#)\n"
    body = clean_text(f"Port vote\n\n{_FLOOD}\n{sold}\n{_FLOOD}")[0].body
    assert "Fix a rate" not in body and "Find out more" not in body
    story = "Advertisement\n\nThe council will meet again in June to decide on the fees.\n"
    body = clean_text(f"Port vote\n\n{_FLOOD}\n{story}")[0].body
    assert "The council will meet again in June" in body and "Advertisement" not in body


def test_video_players_lines_and_a_tag_list_after_the_text() -> None:
    for line in (
        "Per visualizzare il video è necessario attivare JavaScript.",
        "Vidéo - 1 min 48 s",
        "Video (2:31)",
    ):
        assert ui_rule(line) == "media_player", line
    assert ui_rule("Video shows the fire spreading") is None
    tags = "\n\nArgomenti:\nmostre\nCastelvaro\narte\n\n"
    promo = "L'edizione di oggi della Gazzetta è in edicola. Sfoglia anche la copia digitale.\n"
    assert {"Argomenti:", "mostre", "arte"} <= set(_gone(f"La mostra\n{_FLOOD}{tags}{promo}"))


def test_a_table_drawn_with_box_characters_and_a_list_a_sentence_introduces_stay() -> None:
    table = (
        "Sarjataulukon kärki:\n\n┌──┬──────────────────┬─┬──┐\n│  │     Joukkue      │O│P │\n"
        "├──┼──────────────────┼─┼──┤\n│1.│Kallioniemi       │8│19│\n└──┴──────────────────┴─┴──┘\n"
    )
    assert _gone(f"Ottelu\n{_FLOOD}{table}Lue myös: Airaksinen jatkaa\n") == [
        "Lue myös: Airaksinen jatkaa"
    ]
    streets = "Sunt afectate următoarele străzi:\nstrada Viilor\nstrada Morii\naleea Castanilor\n"
    gone = _gone(f"Apa oprită\nȘtiri\nSport\nRegiune\nVreme\n{streets}\n{_FLOOD}")
    assert not set(streets.split("\n")[1:]) & set(gone)


def test_a_feeds_summary_over_the_story_is_the_copy_that_goes() -> None:
    para = "A yellow warning for heavy rain has been issued for the whole of Northvale from Friday."
    text = f"Rain warning\n\n{para}\n\nThe river at Kelby. Photo: Daily Press\n\n{para}\n\n{_FLOOD}"
    d = clean_text(text)[0]
    assert [(e.line, e.reason) for e in d.edits if e.stage == "drop_repeated_blocks"] == [
        (3, "copy of line 7 (repeated_paragraph, a summary over the text)")
    ]
    assert para in d.body


def test_a_newsletters_masthead_over_its_first_story_is_no_article() -> None:
    story = "Text of the story goes here.\n\nMore text of it.\n\n"
    text = (
        "# The Morning Briefing\n\nTuesday 14 October 2025\n\n"
        "Good morning. Here's what you need to know today.\n\n"
        f"## First story\n\nBy Leah Fenn\n\n{story}## Second story\n\nBy Callum Rees\n\n{story}"
    )
    starts = feed_boundaries(text.split("\n"), CONFIG)
    assert [text.split("\n")[i] for i in starts] == ["## Second story"]


def test_the_authors_bio_box_at_the_end_goes() -> None:
    bio = "Ruth Khan\nRuth covers courts and crime across Harwick and the Edenford valley.\n"
    d = clean_text(f"Treasurer jailed\n\nBy Ruth Khan\n\n{_FLOOD}\n{bio}")[0]
    assert "Ruth covers" not in d.body and "Ruth Khan" not in d.body
    assert d.byline == "By Ruth Khan"


def test_a_separator_over_an_ad_at_the_end_goes_with_it() -> None:
    ad = "_Supported by Wrenfield Building Society_ Saving for a home? Our\nsaver pays 4%.\n"
    assert _gone(f"Port vote\n{_FLOOD}\n* * *\n\n{ad}") == ["* * *", *ad.split("\n")[:2]]


def test_a_byline_and_date_line_below_the_dek() -> None:
    text = (
        "Nos petites gares ne sont pas un luxe\n\n"
        "Fermer la halte serait une erreur qui coûterait plus qu'elle ne rapporte.\n\n"
        "Par Élise Vautrin, le 6 mai 2025 à 8h00\n\n"
        "La région a annoncé, presque en passant, que la halte pourrait fermer en décembre.\n\n"
        "Les voyageurs de la ligne ont appris la nouvelle par un communiqué de trois lignes.\n"
    )
    d = clean_text(text)[0]
    assert (d.byline, d.date) == ("Par Élise Vautrin", "le 6 mai 2025 à 8h00")


def test_a_byline_broken_at_its_links_goes_whole() -> None:
    text = (
        "Copper climbs to a nine-month high\n\nBy \nTomas Reyna\n and \nIngrid Vaal\n\n"
        "March 4, 2025\n6:12 PM UTC\n\n"
        "Copper prices rose on Tuesday after a strike halted the Andes mine.\n\n"
        "Traders said supply worries would keep prices high for weeks.\n"
    )
    d = clean_text(text)[0]
    assert d.byline == "By Tomas Reyna and Ingrid Vaal"
    assert d.date == "March 4, 2025 6:12 PM UTC"  # its time on the next line
    assert "Tomas" not in d.body and "Ingrid" not in d.body


def test_a_feeds_own_header_over_its_items_is_no_article() -> None:
    rule = "-" * 60
    item = "Thu, 16 Oct 2025 07:12:00 +0000\nby Callum Brierley\n\nThe river rose overnight.\n"
    text = (
        "Weather & Travel – Northvale Daily Press\nhttps://news.example/weather/\n"
        "Forecasts, warnings, roads and ferries for Northvale.\n\n"
        f"{rule}\nYellow warning for heavy rain\n{item}\n{rule}\nFerry sailings cancelled\n{item}"
    )
    docs = clean_text(text)
    assert [d.title for d in docs] == ["Yellow warning for heavy rain", "Ferry sailings cancelled"]
    assert "Forecasts" not in docs[0].body


def test_a_live_pages_entries_with_their_time_and_credit_are_articles() -> None:
    entry = (
        "{time}\n{title}\nRedacción | Almendral\n\n"
        "El pleno del Ayuntamiento aprobó este martes la nueva ordenanza municipal.\n\n"
        "La medida entrará en vigor el próximo mes de enero, según el concejal.\n\n"
        "Compartir en Facebook\n\n"
    )
    page = "El Noticiero\nMartes, 17 de junio de 2025\n\n" + "".join(
        entry.format(time=t, title=h)
        for t, h in (
            ("13:25", "Controlado el incendio de la Sierra de Olmeda"),
            ("12:50", "Desconvocada la huelga de autobuses urbanos"),
        )
    )
    starts = feed_boundaries(page.split("\n"), CONFIG)
    assert [page.split("\n")[i] for i in starts] == ["12:50"]
    # A live blog's updates with a time and no credit are one article.
    blog = page.replace("Redacción | Almendral\n", "")
    assert feed_boundaries(blog.split("\n"), CONFIG) == {}


def test_an_indonesian_newsletter_s_furniture_goes_and_its_first_story_keeps_its_title() -> None:
    """An e-mail digest in Indonesian: a "view in browser" link html2text
    broke over two lines, the masthead with the date, a greeting, then the
    first story with its byline and date in italics; a follow row and "you
    received this e-mail because ..." at the end."""
    story = (
        "Banjir rob merendam sedikitnya 800 rumah di empat desa pesisir sejak Minggu malam.\n\n"
        "Sekolah di Muara Lebak diliburkan sampai air surut.\n\n"
    )
    text = (
        "[Lihat email ini di\nbrowser](https://mail.example/view/1)\n\n"
        "**Kabar Pagi** | Selasa, 9 Juli 2024\n\n"
        "Selamat pagi, pembaca setia! Berikut tiga berita pilihan redaksi untuk\n"
        "menemani kopi Anda hari ini.\n\n* * *\n\n"
        "## Banjir rob rendam 800 rumah di pesisir Tanjung Sampir\n\n"
        "_Oleh Rina Kusumawardhani | Senin, 8 Juli 2024 21.40 WIB_\n\n"
        f"{story}"
        "Ikuti kami: [Instagram](https://instagram.example/kp) ·\n\n"
        "Anda menerima email ini karena berlangganan Kabar Pagi dari Warta Kepulauan.\n"
    )
    (doc,) = clean_text(text)
    assert doc.title == "Banjir rob rendam 800 rumah di pesisir Tanjung Sampir"
    assert doc.body.split("\n\n")[:2] == [
        "Banjir rob merendam sedikitnya 800 rumah di empat desa pesisir sejak Minggu malam.",
        "Sekolah di Muara Lebak diliburkan sampai air surut.",
    ]
    assert doc.byline == "Oleh Rina Kusumawardhani"
    assert "Ikuti" not in doc.body and "Anda menerima" not in doc.body


@pytest.mark.parametrize(
    "sentence",
    [
        "Ikuti kami ke pasar, kata pedagang itu kepada wartawan.",
        "Seguici, disse il sindaco ai cronisti davanti al municipio.",
    ],
)
def test_a_sentence_that_opens_like_a_follow_row_stays(sentence: str) -> None:
    assert ui_rule(sentence) is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("ShareFacebookXWhatsAppEmailComments", "share_links"),  # buttons glued together
        ("Reply Like (12)", "comment_prompt"),  # a comment's controls
        ("Balas · Suka 14", "comment_prompt"),
        ("[24]Responder · 12 curtidas", "comment_prompt"),  # a text browser's link number
        ("Добавить комментарий", "comment_prompt"),
        ("Yorum Yap", "comment_prompt"),
        ("İlgili Haberler", "read_more_teaser"),  # Turkish capital I with a dot
        ("Te puede interesar: Los agricultores piden ayudas urgentes", "read_more_teaser"),
        ("Từ khóa: chợ nổi, Phước Khê, Rạch Lá", "tag_list"),
        ("Google News'te Takip Et", "follow_links"),
        ("Về đầu trang", "page_furniture"),
        ("Join the conversation - log in or register to comment.", "comment_prompt"),
    ],
)
def test_rows_of_buttons_and_comment_controls(line: str, rule: str) -> None:
    assert ui_rule(line) == rule


@pytest.mark.parametrize("line", ["NewYorkTimes", "SharePrices", "Like it or not", "Reply"])
def test_words_glued_or_opening_like_controls_are_no_row(line: str) -> None:
    # "Reply" alone is a control of its own (the lexicon's), no row.
    assert ui_rule(line) == ("comment_prompt" if line == "Reply" else None)


def test_comments_without_a_stop_over_their_controls_go() -> None:
    story = (
        "Maud Fenwick, 82, won the top prize at the Lower Tilbury village show on Saturday.\n\n"
        "She had tried for forty years, and her marrow weighed 31.4kg on the judges' scales.\n\n"
        "The show's secretary said the marquee went up in cheers when the result was read out."
    )
    text = (
        f"Gran wins the village show\n\n{story}\n\n"
        "Comments (3)\n\nJoin the conversation - log in or register to comment.\n\n"
        "Bramblewood77 2 hours ago\n\nWell done Maud! Proper village news, this.\n\n"
        "Reply Like (12)\nTerryFromTheCoast 1 hour ago\n\n"
        "Comfrey tea is the secret, my nan swore by it\n\nReply Like (5)\n"
        "k_winslade 48 minutes ago\n\nBetter news than anything else on here today\n\n"
        "Reply Like (9)\n"
    )
    (doc,) = clean_text(text)
    assert doc.body == story


def test_a_pull_quote_of_words_a_wrapped_paragraph_prints() -> None:
    text = (
        "Gran wins the village show\n\n"
        '"I have come second more times than I care to count. This\n'
        'year I just talked to it every morning," she said.\n\n'
        "The show's secretary said the marquee went up in cheers.\n\n"
        '    "This year I just talked to it every morning"\n\n'
        "She plans to keep the marrow on her porch until it rots.\n"
    )
    (doc,) = clean_text(text)
    assert '"This year I just talked to it every morning"' not in doc.body
    assert "year I just talked to it every morning," in doc.body


@pytest.mark.parametrize(
    "line",
    ["2024年6月21日 18:30", "2024年6月21日（金）18時30分 更新", "2024년 6월 21일 18:30"],
)
def test_a_cjk_date_line(line: str) -> None:
    assert date_line(line)
    assert not date_line("2024年は大きな年だった")


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("1 godz. temu", "updated_timestamp"),
        ("45 min. temu", "updated_timestamp"),
        ("2 часа назад", "updated_timestamp"),
        ("för 2 timmar sedan", "updated_timestamp"),
        ("2 tuntia sitten", "updated_timestamp"),
        ("2 giờ trước", "updated_timestamp"),
        ("写真 1 / 4", "gallery_counter"),
        ("ポストシェアLINEはてブ", "share_links"),
        ("This is a Premium article available exclusively to our subscribers.", "paywall"),
        (
            "Subscribe now to read the full story and get unlimited access to The Sentinel.",
            "paywall",
        ),
    ],
)
def test_more_kinds_of_ui_in_more_languages(line: str, rule: str) -> None:
    assert ui_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "This is an exclusive story for the paper, the editor said.",
        "ポストする人が増えた",
        "Przyszedł 2 godz. temu i nadal czeka na lekarza.",
    ],
)
def test_sentences_like_those_ui_lines_stay(line: str) -> None:
    assert ui_rule(line) is None


def test_a_japanese_storys_reporter_in_brackets_is_its_byline() -> None:
    body = "汐見市の老舗銭湯「松の湯」が、改修を終えて来月再開する。\n\n常連客は喜んでいる。"
    d = extract_metadata(draft(f"銭湯が再開へ\n\n{body}\n\n（早瀬真琴）\n"), CONFIG)
    assert d.byline == "早瀬真琴"
    assert "（早瀬真琴）" not in d.lines


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("WATCH LIVE: KXPV 7 News at 6", "read_more_teaser"),
        ("VIDÉO. Les images de la grêle tombée sur Brissac", "read_more_teaser"),
        ("Play Video 0:00 / 2:14", "media_player"),
    ],
)
def test_links_to_videos_and_players(line: str, rule: str) -> None:
    assert ui_rule(line) == rule


@pytest.mark.parametrize(
    "line", ["Watch: the birds came back", "WATCHDOG: council spent too much", "Play the game 0:00"]
)
def test_lines_like_video_links_stay(line: str) -> None:
    assert ui_rule(line) is None


def test_a_byline_with_its_outlet_in_brackets() -> None:
    assert byline_line("Author: Dana Whitcomb (KXPV)")
    assert not byline_line("By the river (near town)")


def test_a_bulleted_menu_of_items_up_to_four_words() -> None:
    menu = "\n".join(f"  * {m}" for m in ["News", "Weather", "7 On Your Side", "Contests"])
    body = "\n\n".join(
        [
            "A water main burst beneath Keller Avenue on Tuesday afternoon, the city said.",
            "Crews expect repairs to last into Thursday, and about 1,800 customers are affected.",
            "Businesses on Third Street closed early as water pooled near the intersection.",
        ]
    )
    (doc,) = clean_text(f"{menu}\n\nWater main break closes streets\n\n{body}\n")
    assert "On Your Side" not in doc.body and "Contests" not in doc.body


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("(BUTTON) Accepter (BUTTON) Refuser [1]Paramétrer", "page_furniture"),
        ("____________________ (BUTTON) Je m'inscris", "subscribe_prompt"),
        ("Chia sẻ Facebook Zalo Sao chép link", "share_links"),
        ("Vés al contingut", "page_furniture"),
        ("**O seu consentimento é importante**", "cookie_notice"),
        ("메뉴 검색 로그인 구독하기", "page_furniture"),
    ],
)
def test_a_pages_top_rows_in_more_languages_and_browsers(line: str, rule: str) -> None:
    assert ui_rule(line) == rule


def test_a_vietnamese_sentence_about_sharing_stays() -> None:
    assert ui_rule("Chia sẻ kinh nghiệm trên Facebook và Zalo") is None


@pytest.mark.parametrize(
    "line",
    [
        "Go to Contents Go to Navigation",
        "Back to Main Menu",
        "콘텐츠바로가기",
        "More sharing",
        "Accessibility links",
    ],
)
def test_skip_links_and_menu_buttons_of_real_pages(line: str) -> None:
    assert ui_rule(line) is not None


@pytest.mark.parametrize(
    ("row", "gone"),
    [
        ("News Sport Celebs TV Money Travel Lifestyle", True),
        ("New York Times Sells TV Unit", False),
        # the site's name before its menu
        ("Wendelstädter Kurier Lokales Region Politik Sport Kultur Service", True),
        ("Regional Sport Politics Awards Honour Kurier", False),
    ],
)
def test_a_menu_row_with_an_acronym_in_it(row: str, gone: bool) -> None:
    body = (
        "A great-grandmother has finally won the top prize at her village show.\n\n"
        "She had entered every year since 1984, and came second eleven times."
    )
    d = drop_ui_lines(draft(f"Daily Clarion\n{row}\nGran wins the show\n\n{body}"), CONFIG)
    assert (row in {e.text for e in d.edits}) is gone


@pytest.mark.parametrize(
    ("first", "copy"),
    [
        (
            "Maud Fenwick with her marrow at the village show",
            "Maud Fenwick with her marrow at the village show (Image: Tom Ashby/Daily\nClarion)",
        ),
        (
            "![Dead fish on the banks of the river in June.](https://img.example/fish.jpg)",
            "Dead fish on the banks of the river in June. Photograph: Environment Agency",
        ),
        (
            "改修工事が進む松の湯の浴場＝汐見市港町",
            "改修工事が進む松の湯の浴場＝汐見市港町（撮影・早瀬真琴）",
        ),
        # A Chinese photographer after the caption's full stop.
        ("![修缮后的老街骑楼](https://img.example/laojie.jpg)", "修缮后的老街骑楼。记者 陈志远 摄"),
    ],
)
def test_a_caption_printed_again_with_its_credit_goes(first: str, copy: str) -> None:
    body = "The show drew a record crowd on Saturday, the organisers said."
    d = drop_repeated_blocks(draft(f"A Title\n\n{first}\n{copy}\n\n{body}"), CONFIG)
    assert [line for line in d.lines if line] == ["A Title", first, body]


@pytest.mark.parametrize(
    ("image", "caption"),
    [
        (
            "![People crossing the footbridge](https://img.example/bridge.jpg)",
            "The first walkers cross the repaired bridge on Thursday. Photo: Tom Ashdown",
        ),
        (
            "![Rua Sete de Setembro alagada](https://img.example/rua.jpg)",
            "Rua Sete de Setembro alagada na manhã de terça-feira — Foto: Redes sociais",
        ),
        (
            "![Image 2: Flood water on a road](https://img.example/flood.jpg)",
            "Image source, Getty Images",
        ),
    ],
)
def test_an_images_text_over_its_caption_moves_to_the_captions(image: str, caption: str) -> None:
    body = "The bridge had been closed for eight months after an inspection found cracks."
    alt = image[2 : image.index("]")].removeprefix("Image 2: ")
    for gap in ("\n", "\n\n"):
        d = drop_repeated_blocks(draft(f"A Title\n\n{image}{gap}{caption}\n\n{body}"), CONFIG)
        assert [line for line in d.lines if line] == ["A Title", caption, body]
        assert d.captions == (alt,)


@pytest.mark.parametrize(
    "below",
    [
        "The bridge had been closed for eight months after an inspection found cracks.",
        "\n\nThe first walkers cross the repaired bridge on Thursday. Photo: Tom Ashdown",
    ],
)
def test_an_image_with_no_caption_right_under_it_stays(below: str) -> None:
    """An image's text is its only caption when no credited line stands right
    under it (a paragraph, or a caption two blank lines away)."""
    text = f"A Title\n\n![People crossing the footbridge](https://img.example/b.jpg)\n\n{below}\n"
    d = drop_repeated_blocks(draft(text), CONFIG)
    assert d.lines == draft(text).lines


def test_a_line_that_goes_on_after_the_line_above_is_no_caption_copy() -> None:
    text = (
        "A Title\n\nThe mayor said the bridge would close\n"
        "The mayor said the bridge would close (AP) for a month, and then reopen.\n"
    )
    d = drop_repeated_blocks(draft(text), CONFIG)
    assert d.lines == draft(text).lines


def test_an_atom_feeds_own_header_over_its_first_entry_goes() -> None:
    """get_text of an Atom file: the feed's title, description, link, date
    and generator, then the first entry's title, link, date and author."""
    text = (
        "Weserland-Bote – Lokales\n\nNachrichten aus Bad Lindenau\n\n"
        "https://www.weserland-bote.example/lokales/\n\n2024-05-14T18:42:10+02:00\n\n"
        "PressWerk CMS\n\n\nStadtrat beschließt Tempo 30 in der Altstadt\n\n"
        "https://www.weserland-bote.example/lokales/tempo-30/\n\n2024-05-14T18:30:00+02:00\n\n"
        "Henrike Dallmann\n\n"
        "Ab dem Herbst gilt in der Altstadt flächendeckend Tempo 30, beschloss der Stadtrat.\n\n"
        "Betroffen sind neben der Langen Straße auch der Marktplatz und die Brunnengasse.\n"
    )
    (doc,) = clean_text(text)
    assert doc.title == "Stadtrat beschließt Tempo 30 in der Altstadt"
    assert doc.url == "https://www.weserland-bote.example/lokales/tempo-30/"
    assert doc.date == "2024-05-14T18:30:00+02:00"
    assert "Weserland-Bote" not in doc.body and "PressWerk" not in doc.body


def test_a_story_with_two_links_and_a_sentence_between_keeps_its_top() -> None:
    text = (
        "Council publishes its budget\n\nhttps://council.example/budget\n\n"
        "The council published its draft budget on Monday.\n\n"
        "Spending plans for the library\n\nhttps://council.example/library\n\n"
        "3 March 2025\n\nThe library would get a new roof, the document says.\n"
    )
    (doc,) = clean_text(text)
    assert "The council published its draft budget on Monday." in doc.body


@pytest.mark.parametrize(
    ("line", "loose", "strict"),
    [
        ("By Jane Doe | 21 Sep 2023", True, True),
        ("Maya Okonkwo, The Northern Ledger", True, True),
        ("Jordi Ametller Casals", True, True),
        # One name alone that is no person's: a menu's item under a headline.
        ("Shop the TIME Store", True, False),
        # A date with its time after a dash, a reading time, a newsroom's name.
        ("Lucía Bermejo Solana | 14/10/2025 - 09:12 | Lectura: 3 min", True, True),
        ("Redacción | 11/10/2025 - 18:40 | Lectura: 2 min", True, True),
        ("Redacción", False, False),
        # Chinese: a reporter and a section beside the date.
        ("Mon, 09 Jun 2025 10:32:00 +0800 | 记者 林晓雯 | 城建", True, True),
        ("Contact the Editors", True, False),
    ],
)
def test_a_credit_line_strictly_is_a_persons_name_or_more_than_one_part(
    line: str, loose: bool, strict: bool
) -> None:
    assert (credit_line(line), credit_line(line, strict=True)) == (loose, strict)


def test_a_web_archives_toolbar_over_the_capture_goes() -> None:
    toolbar = (
        "38 captures\n15 Nov 2023 - 02 Feb 2025\nOCT NOV DEC\n16\n2022 2023 2024\n"
        "About this capture\nCOLLECTED BY\nCollection: Regional News Crawl 2023\n"
        "TIMESTAMPS\nHelp Close\n"
    )
    page = "Water tower to become a museum\n\nThe brick tower on Factory Street will open in 2025."
    d = drop_ui_lines(draft(toolbar + page), CONFIG)
    assert [line for line in d.lines if line] == page.replace("\n\n", "\n").split("\n")
    # Without its "N captures" line at the top, a "Close" line is no toolbar's.
    alone = "Help Close\n\n" + page
    assert "Help Close" in drop_ui_lines(draft(alone), CONFIG).lines


def test_readers_comments_with_their_time_beside_the_name_go() -> None:
    comments = (
        "Комментарии (4)\nСергей_В 15.11.2023 14:02\n"
        "Наконец-то! Лишь бы не затянули, как с парком.\n"
        "Ольга 15.11.2023 16:47\nА садики когда?\nДобавить комментарий\n"
    )
    gone = _gone(f"Flood warning\n{_FLOOD}{comments}")
    assert set(comments.strip().split("\n")) <= set(gone)


def test_a_headline_ending_with_a_quote_under_the_pages_title_is_a_copy() -> None:
    """A portal's page title ("Headline : Site"), then the headline ending
    with a quote, then its date: the date is the header's."""
    title = '청람시립도서관, 24시간 열람실 문 열어…"밤에도 불 켜진 도서관"'
    text = (
        f"{title} : 모아뉴스\n\n{title}\n\n입력 2025.02.19. 오전 11:04\n\n"
        "청람시립도서관이 24시간 운영하는 열람실을 19일 처음으로 열었다. 좌석은 모두 84석이다."
    )
    d = extract_metadata(draft(text), CONFIG)
    assert d.date == "입력 2025.02.19. 오전 11:04"


def test_a_chinese_feed_in_markdown_splits_into_its_items() -> None:
    """markdownify of an RSS feed: each item a heading, its link, its date
    with the reporter and section, an excerpt, then the story; sentences
    written without spaces, no rule between the items."""

    def item(title: str, day: int, text: str) -> str:
        return (
            f"## {title}\n\n<https://news.example/bendi/{day}.html>\n"
            f"Sun, 0{day} Jun 2025 19:05:00 +0800 | 记者 许嘉明 | 体育\n\n"
            f"{text}\n\n{text}\n\n赛事由市文体旅局主办，明年将邀请周边城市的队伍参赛。\n\n"
        )

    feed = "# 鹭汀新闻网 - 本地新闻\n\n鹭汀新闻网本地新闻频道，每日更新最新资讯。\n\n" + "".join(
        (
            item(
                "鹭汀老街改造完工 百年骑楼重新开放", 9, "历时十四个月，鹭汀老街改造工程日前完工。"
            ),
            item("龙舟邀请赛落幕 渔港村队夺冠", 8, "鹭汀市第三届龙舟邀请赛在汀溪城区段举行。"),
            item(
                "夏季用电高峰将至 供电公司发布提示", 7, "随着气温持续升高，我市即将进入用电高峰。"
            ),
        )
    )
    starts = feed_boundaries(feed.split("\n"), CONFIG)
    assert [feed.split("\n")[i] for i in starts] == [
        "## 龙舟邀请赛落幕 渔港村队夺冠",
        "## 夏季用电高峰将至 供电公司发布提示",
    ]


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("#Chợ nổi #Du lịch sông nước #Nắng nóng", True),
        ("#1 seed beats #2 seed", False),
        ("#Election night #results are in and the mayor won.", False),
    ],
)
def test_a_row_of_topic_tags_of_several_words(line: str, tags: bool) -> None:
    assert (ui_rule(line) == "tag_list") is tags


_MARKET = (
    "Hơn 60 ghe thuyền đã tề tựu ở ngã ba Rạch Lá sáng 7/4, lần đầu sau ba năm chợ nổi "
    "ngừng họp.\n\nÔng Phạm Quốc Bảo cho biết địa phương sẽ hỗ trợ tiểu thương trong năm "
    "đầu tiên chợ họp lại.\n\n"
)


def test_the_authors_name_under_the_text_over_a_share_row_is_the_byline() -> None:
    text = f"Chợ nổi Rạch Lá họp lại\n\n{_MARKET}Lê Thị Hồng Vân\n\nChia sẻ: Facebook Zalo\n"
    (doc,) = clean_text(text)
    assert doc.byline == "Lê Thị Hồng Vân"
    assert "Lê Thị Hồng Vân" not in doc.body


@pytest.mark.parametrize(
    "tail",
    [
        # A name over what they said (a vox pop), a name alone at the end.
        "Nguyễn Văn An\n\nTôi rất vui vì chợ đã họp lại sau ba năm chờ đợi.\n\nChia sẻ: Facebook\n",
        "Nguyễn Văn An\n",
    ],
)
def test_a_name_under_the_text_with_more_text_or_nothing_under_it_stays(tail: str) -> None:
    (doc,) = clean_text(f"Chợ nổi Rạch Lá họp lại\n\n{_MARKET}{tail}")
    assert doc.byline is None
    assert "Nguyễn Văn An" in doc.body


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Je m'abonne - 1€ le premier mois", "subscribe_prompt"),
        ("View Plans Starting at ₹99/month", "subscribe_prompt"),
        ("Subscribe to The Riverside Daily digital edition from $0.99", "subscribe_prompt"),
        ("Apri la gallery", "gallery_control"),
        # The text's sentences about prices.
        ("Subscribers pay €9.99 a month.", None),
        ("Subscribe for $5 a month, the company said.", None),
    ],
)
def test_an_offer_to_subscribe_with_its_price_and_gallery_buttons(
    line: str, rule: str | None
) -> None:
    assert ui_rule(line) == rule


@pytest.mark.parametrize(
    ("header", "byline", "date"),
    [
        # A dateline of place and date ending with "h." under the name.
        (
            "Javier Montoro Ruiz\n\nAlmenara, 9 de marzo de 2025 - 21:48 h.",
            "Javier Montoro Ruiz",
            "Almenara, 9 de marzo de 2025 - 21:48 h.",
        ),
        # A role between the name and the date.
        (
            "Nathan Greer\nCrime reporter\nPublished: 16 January 2025, 17:42",
            "Nathan Greer",
            "Published: 16 January 2025, 17:42",
        ),
    ],
)
def test_a_name_over_the_date_is_the_byline(header: str, byline: str, date: str) -> None:
    text = (
        f"Man charged after catalytic converter thefts\n\n{header}\n\n"
        "A man has been charged after catalytic converters worth £80,000 were stolen.\n\n"
        "He will appear before magistrates in Eastport on Monday, police said."
    )
    d = extract_metadata(draft(text), CONFIG)
    assert (d.byline, d.date) == (byline, date)
    assert "Crime reporter" not in d.lines


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("Redacción | Almendral", "Redacción"),
        ("Marta Quiles | Almendral", "Marta Quiles"),
        ("News | Sport", None),  # two menu items
    ],
)
def test_a_name_and_a_place_under_the_title_is_the_byline(credit: str, byline: str | None) -> None:
    text = (
        f"Controlado el incendio de la Sierra de Olmeda\n\n{credit}\n\n"
        "El incendio declarado el domingo por la tarde en la sierra ha quedado controlado.\n\n"
        "Las llamas han recorrido unas 140 hectáreas de pinar y matorral, según la Junta."
    )
    assert extract_metadata(draft(text), CONFIG).byline == byline


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("שתפו בפייסבוק", "share_links"),
        ("Shiriki: Facebook Twitter WhatsApp Barua pepe", "share_links"),
        ("I-share: Facebook X Viber", "share_links"),
        ("Σχόλια (3)", "comment_prompt"),
        ("نظرات (۳)", "comment_prompt"),
        ("הוסיפו תגובה", "comment_prompt"),
        ("Mada: Uvuvi, Ziwa Kiringa, Barabara", "tag_list"),
        ("Na-update: Hulyo 23, 2024 · 11:20 AM", "updated_timestamp"),
        ("ติดตามเรา", "follow_links"),
        ("Pinakabago", "read_more_teaser"),
    ],
)
def test_ui_words_in_greek_hebrew_persian_thai_filipino_swahili(line: str, rule: str) -> None:
    assert ui_rule(line) == rule


def test_a_gallerys_counters_out_of_one_number_go_and_its_credits_stay() -> None:
    """A photo gallery inside the story: "1 / 3" over each caption, the
    photographer's credit under each (one photographer, no copy), then the
    gallery's buttons, and the story goes on with a subheading and a list."""
    photos = "".join(
        f"{k} / 3\nCaption number {k} of the lantern festival gallery\n(צילום: נועה בן־שושן)\n"
        for k in (1, 2, 3)
    )
    text = (
        "Lantern festival\n\n"
        "Thousands of paper lanterns lit the streets of the old village for three nights.\n"
        "The festival drew more than 25,000 visitors, the council estimated on Sunday.\n"
        "Volunteers spent six months making the lanterns in workshops across the region.\n"
        f"{photos}הקודם\nהבא\nמסך מלא\nHow to get there next year\n"
        "The council will run shuttle buses from the southern car park next year, it said.\n"
        "Thursday 20:00-23:00\nFriday 20:30-00:00\n"
        "Residents shared thousands of photos of the festival on social media this week.\n"
    )
    d = drop_ui_lines(draft(text), CONFIG)
    gone = {e.text for e in d.edits}
    assert {"1 / 3", "2 / 3", "3 / 3", "הקודם", "הבא", "מסך מלא"} <= gone
    assert not gone & {
        "(צילום: נועה בן־שושן)",
        "How to get there next year",
        "Thursday 20:00-23:00",
    }


def test_a_market_ticker_over_the_page_goes_and_a_reports_table_stays() -> None:
    ticker = (
        "-   CALLOWAY 40 8,412.6 ▲ 0.4%\n-   BRTL 14.22 ▲ 6.1%\n-   CMUT 3.05 ▼ 1.2%\n"
        "-   GBP/USD 1.3104 ▲ 0.1%\n\nMarket data delayed by at least 15 minutes.\n\n"
    )
    story = (
        "Crane maker to add 200 jobs at Port Calloway\n\n"
        "Brisk & Tollan will hire 200 people at its Port Calloway yard over the next two years.\n\n"
        "Its shares rose on the news, and three other firms in the sector gained too:\n\n"
        "BRTL 14.22 ▲ 6.1%\nCMUT 3.05 ▼ 1.2%\nPCPT 22.80 ▲ 0.3%\n\n"
        "The company said the new jobs would be in welding, design and logistics.\n"
    )
    d = drop_ui_lines(draft(ticker + story), CONFIG)
    gone = [e.text for e in d.edits]
    assert gone == [line for line in ticker.split("\n") if line]


def test_a_headline_with_a_temperature_on_the_first_line_is_no_weather_widget() -> None:
    text = (
        "Hedgerows cool city streets by up to 3°C, study finds | News\n\n"
        "A three-year study shows that dense hedges along city streets lower the heat.\n\n"
        "Researchers placed 120 temperature loggers along streets with and without hedges.\n\n"
        "The effect was largest on the hottest afternoons of the summer, they said.\n"
    )
    assert drop_ui_lines(draft(text), CONFIG).lines == draft(text).lines
    widget = "Bagong Tanaw 26°C · Maulan · Buong forecast\n\n" + text.split("\n", 2)[2]
    assert "weather_widget" in drop_ui_lines(draft(widget), CONFIG).edits[0].reason


def test_an_extractors_record_ends_at_its_text_field() -> None:
    """A JSON-lines dump printed as "key: value": the record's fields over
    "text: <first paragraph>" go to the fields or go; the text stays."""
    text = (
        "url: https://news.example/wilayah/jambatan\n"
        "title: Jambatan gantung baharu hubungkan dua kampung\n"
        "authors: Hafiz Rahman\npublish_date: 2024-06-18T07:30:00+08:00\n"
        "meta_description: Penduduk tidak lagi perlu menaiki sampan.\n"
        "meta_keywords: jambatan gantung, Kuala Serunai\ntop_image: https://news.example/a.jpg\n"
        "text: KUALA SERUNAI: Penduduk dua kampung kini boleh menyeberang sungai.\n\n"
        "Jambatan bernilai RM2.4 juta itu menggantikan perkhidmatan sampan yang lama.\n"
    )
    (doc,) = clean_text(text)
    assert doc.title == "Jambatan gantung baharu hubungkan dua kampung"
    assert (doc.byline, doc.date) == ("Hafiz Rahman", "2024-06-18T07:30:00+08:00")
    assert doc.body.startswith("text: KUALA SERUNAI:")
    assert "meta_keywords" not in doc.body and "top_image" not in doc.body


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Registration on or use of this site constitutes acceptance of our User Agreement "
            "and Privacy Policy",
            "copyright_notice",
        ),
        (
            "The material on this site may not be reproduced, distributed, transmitted, cached "
            "or otherwise used, except with the prior written permission of the publisher.",
            "copyright_notice",
        ),
        ("Using this site for research constitutes a big part of her job, she said.", None),
        # A comments section's policy; a story's sentence about moderation.
        (
            "El contenido de los comentarios es la opinión de los usuarios o internautas.",
            "comment_prompt",
        ),
        (
            "Reader comments do not necessarily reflect the views of the editors.",
            "comment_prompt",
        ),
        (
            "The paper reserves the right to delete comments, its editor said on Monday.",
            None,
        ),
        (
            "Gearloft is reader-supported. When you buy through links on our site, we may "
            "earn an affiliate commission.",
            "page_furniture",
        ),
        ("Licence: Creative Commons (cc) BY-NC", "copyright_notice"),
    ],
)
def test_a_sites_terms_in_its_footer(line: str, rule: str | None) -> None:
    assert ui_rule(line) == rule


def test_a_feed_item_whose_summary_ends_with_an_ellipsis_starts_an_article() -> None:
    """get_text of a WordPress feed: each item's title, link, date, author,
    categories and summary cut short with "[…]", then its footer and text."""

    def item(title: str, n: int) -> str:
        return (
            f"{title}\nhttps://news.example/local/{n}/\nThu, 0{n} Mar 2025 18:30:00 +0000\n"
            "Javier Olmedo\nDeportes\nCon doblete de Romero, el equipo sumó otro triunfo […]\n"
            "La entrada \nse publicó primero en \nEl Vigía\n.\n\n"
            "El equipo local venció por tres goles a uno en el estadio Municipal el miércoles.\n"
            "Con este resultado los Halcones llegan a treinta puntos en la tabla.\n\n"
        )

    feed = item("Nueva ruta de camión unirá el centro con el parque industrial", 6) + item(
        "Halcones de Ocumazal vence 3-1 a Cañeros y se afianza en el liderato", 5
    )
    lines = feed.split("\n")
    assert [lines[i] for i in feed_boundaries(lines, CONFIG)] == [
        "Halcones de Ocumazal vence 3-1 a Cañeros y se afianza en el liderato"
    ]


def test_a_newsletters_masthead_and_letter_start_no_article() -> None:
    """An e-mail newsletter: its name, a "not displayed correctly" line, its
    name again over the issue's date, the editor's letter, then stories,
    each a title over its byline. The masthead and the letter go with the
    first story; the second story starts the second article."""
    story = (
        "Das Freibad startet in diesem Jahr zwei Wochen früher in die Saison als üblich.\n\n"
        "Möglich mache das die neue Solaranlage auf dem Dach, sagte der Bäderchef am Montag.\n\n"
    )
    text = (
        "Der Morgen\n\nWenn dieser Newsletter nicht korrekt angezeigt wird, klicken Sie hier.\n\n"
        "Der Morgen\n\nDienstag, 15. April 2025\n\nGuten Morgen, liebe Leserinnen und Leser,\n\n"
        "der Frühling kommt nach Hesselwangen, und mit ihm die erste gute Nachricht des Jahres.\n\n"
        "Freibad Kladenbrück öffnet schon am 1. Mai\n\nDienstag, 15. April 2025\n\n"
        f"{story}Vollsperrung der Talstraße ab Montag\n\nDienstag, 15. April 2025\n\n{story}"
    )
    lines = text.split("\n")
    assert [lines[i] for i in feed_boundaries(lines, CONFIG)] == [
        "Vollsperrung der Talstraße ab Montag"
    ]


def test_a_broadcasters_with_files_from_credit_and_an_about_the_author_box() -> None:
    text = (
        "Fort Kessingham's grocery store rises from the ashes\n\nBy Jolène Ashkewe-Barrett\n\n"
        "The only grocery store in Fort Kessingham reopened on Friday, a year after a fire.\n\n"
        "Residents lined up before dawn to buy fresh fruit for the first time in months.\n\n"
        "The band council paid for half of the new building, the chief said on Friday.\n\n"
        "With files from Northern Morning\n\nABOUT THE AUTHOR\n"
    )
    (doc,) = clean_text(text)
    assert doc.body.endswith("the chief said on Friday.")
    assert "With files from Northern Morning" in {e.text for e in doc.edits}
