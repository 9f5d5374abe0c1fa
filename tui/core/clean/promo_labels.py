"""The words news pages label furniture with, in many languages: "Read also" over another
story's headline, "Advertisement" over an ad, "About the author" over the author's box, "Photo:"
before a picture's credit. One list each, and the patterns made from them.

A label's trigger word (the one without which its pattern cannot match, see :mod:`.shapes`) is
its longest word as the tokeniser splits it: a label in a script without spaces between words
("延伸閱讀") is one word, found only when the label stands apart from the text after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_regex import LazyPattern
from .vocabulary import tokens

READ_ALSO = (
    # German, French, Spanish (Argentina's "Mirá"), English as Indian sites print it, Italian,
    # Nordic, Dutch, Portuguese, Finnish
    "lesen sie auch", "lesen sie mehr", "lies auch", "mehr zum thema", "zum artikel", "das k\u00f6nnte sie auch interessieren",
    "das k\u00f6nnte dich auch interessieren", "das k\u00f6nnte dich auch noch interessieren", "\u00e0 lire aussi", "a lire aussi",
    "lire aussi", "voir aussi", "lea tambi\u00e9n", "lea adem\u00e1s", "lee tambi\u00e9n", "leer m\u00e1s", "mir\u00e1 tambi\u00e9n",
    "lisez aussi", "le puede interesar", "te puede interesar", "also read", "related article", "related story", "related:",
    "read more", "read next",
    "leggi anche", "les ogs\u00e5", "l\u00e4s ocks\u00e5", "l\u00e4s mer", "l\u00e6s ogs\u00e5", "l\u00e6s mere", "lees ook",
    "lees meer", "leia tamb\u00e9m", "leia mais", "veja tamb\u00e9m", "lue my\u00f6s",
    # Czech, Slovak, Polish, Romanian, Croatian/Serbian/Bosnian, Indonesian/Malay, Vietnamese, Swahili
    "\u010dt\u011bte tak\u00e9", "\u010dt\u011bte t\u00e9\u017e", "\u010d\u00edtajte tie\u017e", "\u010d\u00edtajte aj",
    "czytaj tak\u017ce", "czytaj te\u017c", "czytaj wi\u0119cej", "cite\u0219te \u0219i", "citeste si",
    "pro\u010ditajte jo\u0161", "pro\u010ditajte i", "baca juga", "xem th\u00eam", "\u0111\u1ecdc th\u00eam",
    "tin li\u00ean quan", "soma pia",
    # Slovak, Czech, Polish, Hungarian, Estonian, Latvian, Lithuanian, Slovenian, Romanian (cedilla)
    "pre\u010d\u00edtajte si tie\u017e", "pre\u010d\u00edtajte si aj", "p\u0159e\u010dt\u011bte si tak\u00e9", "zobacz tak\u017ce",
    "zobacz te\u017c", "ez is \u00e9rdekelheti", "olvassa el ezt is", "loe ka", "loe lisaks", "vair\u0101k lasi", "lasi v\u0113l",
    "lasiet ar\u012b", "skaitykite taip pat", "taip pat skaitykite", "skaitykite ir", "preberite tudi", "preberite \u0161e", "cite\u015fte \u015fi",
    # Khmer, Lao, Georgian, Nepali, Sinhala, Kazakh, Uzbek, Kinyarwanda, Amharic, isiXhosa
    "\u17a2\u17b6\u1793\u1794\u1793\u17d2\u1790\u17c2\u1798", "\u0ead\u0ec8\u0eb2\u0e99\u0ec0\u0e9e\u0eb5\u0ec8\u0ea1\u0ec0\u0e95\u0eb5\u0ea1",
    "\u10d0\u10e1\u10d4\u10d5\u10d4 \u10ec\u10d0\u10d8\u10d9\u10d8\u10d7\u10ee\u10d4\u10d7",
    "\u092f\u094b \u092a\u0928\u093f \u092a\u0922\u094d\u0928\u0941\u0939\u094b\u0938\u094d",
    "\u0db8\u0dd9\u0dba\u0dad\u0dca \u0d9a\u0dd2\u0dba\u0dc0\u0db1\u0dca\u0db1",
    "\u043e\u049b\u0438 \u043e\u0442\u044b\u0440\u044b\u04a3\u044b\u0437", "shuningdek o\u2018qing", "shuningdek o'qing",
    "soma nanone", "\u1270\u1328\u121b\u122a \u12eb\u1295\u1265\u1261", "funda nokho",
    # Catalan (and Valencian), Galician, Italian ("go deeper"), Polish
    "llegeix tamb\u00e9", "llegiu tamb\u00e9", "llig tamb\u00e9", "le tam\u00e9n", "lea tam\u00e9n", "approfondisci", "przeczytaj te\u017c",
    "przeczytaj tak\u017ce",
    # Russian, Ukrainian, Bulgarian, Greek, Hebrew
    "\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u0436\u0435", "\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u043e\u0436\u0435",
    "\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u043e\u0436", "\u0441\u043c\u043e\u0442\u0440\u0438\u0442\u0435 \u0442\u0430\u043a\u0436\u0435",
    "\u043f\u0440\u043e\u0447\u0435\u0442\u0435\u0442\u0435 \u043e\u0449\u0435", "\u043f\u0440\u043e\u0447\u0438\u0442\u0430\u0458\u0442\u0435 \u0458\u043e\u0448",
    "\u043f\u0440\u043e\u0447\u0438\u0442\u0430\u0458\u0442\u0435 \u0438",
    "\u03b4\u03b9\u03b1\u03b2\u03ac\u03c3\u03c4\u03b5 \u03b5\u03c0\u03af\u03c3\u03b7\u03c2", "\u03b4\u03b9\u03b1\u03b2\u03ac\u03c3\u03c4\u03b5 \u03b1\u03ba\u03cc\u03bc\u03b7",
    # (Greek in capitals drops its accents: "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ")
    "\u03b4\u03b9\u03b1\u03b2\u03b1\u03c3\u03c4\u03b5 \u03b5\u03c0\u03b9\u03c3\u03b7\u03c2",
    "\u05e7\u05e8\u05d0\u05d5 \u05e2\u05d5\u05d3", "\u05e7\u05e8\u05d0\u05d5 \u05d2\u05dd",
    # Arabic, Persian, Urdu, Hindi, Bengali, Thai
    "\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627", "\u0625\u0642\u0631\u0623 \u0623\u064a\u0636\u0627",
    "\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u064b\u0627",  # (the tanween before the alef)
    "\u0627\u0642\u0631\u0623 \u0627\u0644\u0645\u0632\u064a\u062f",
    "\u0628\u06cc\u0634\u062a\u0631 \u0628\u062e\u0648\u0627\u0646\u06cc\u062f", "\u06cc\u06c1 \u0628\u06be\u06cc \u067e\u0691\u06be\u06cc\u06ba",
    "\u092f\u0939 \u092d\u0940 \u092a\u0922\u093c\u0947\u0902", "\u092f\u0947 \u092d\u0940 \u092a\u0922\u093c\u0947\u0902",
    "\u092f\u0947 \u0916\u092c\u0930 \u092d\u0940 \u092a\u0922\u093c\u0947\u0902", "\u092f\u0939 \u0916\u092c\u0930 \u092d\u0940 \u092a\u0922\u093c\u0947\u0902",
    "\u0986\u09b0\u0993 \u09aa\u09a1\u09bc\u09c1\u09a8", "\u0e2d\u0e48\u0e32\u0e19\u0e02\u0e48\u0e32\u0e27\u0e17\u0e35\u0e48\u0e40\u0e01\u0e35\u0e48\u0e22\u0e27\u0e02\u0e49\u0e2d\u0e07",
    "\u0e2d\u0e48\u0e32\u0e19\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e40\u0e15\u0e34\u0e21",
    # Korean, Chinese (traditional and simplified), Japanese
    "\ud568\uaed8 \ubcf4\ub294 \uae30\uc0ac", "\uad00\ub828\uae30\uc0ac", "\uad00\ub828 \uae30\uc0ac",
    "\u5ef6\u4f38\u95b1\u8b80", "\u5ef6\u4f38\u9605\u8bfb", "\u76f8\u95dc\u65b0\u805e", "\u76f8\u5173\u65b0\u95fb",
    "\u76f8\u95dc\u95b1\u8b80", "\u76f8\u5173\u9605\u8bfb", "\u63a8\u85a6\u95b1\u8b80", "\u63a8\u8350\u9605\u8bfb",
    "\u95a2\u9023\u8a18\u4e8b",
    # Catalan, Basque, Galician, Welsh, Albanian, Maltese, Tagalog, Azerbaijani, Swahili, Kazakh,
    # Armenian, Georgian, Tamil, Amharic
    "llegeix tamb\u00e9", "llegiu tamb\u00e9", "irakurri ere", "le tam\u00e9n", "lea tam\u00e9n", "darllen mwy",
    "darllenwch hefyd", "lexo edhe", "lexoni edhe", "aqra wkoll", "basahin din", "basahin rin", "oxu", "h\u0259m\u00e7inin oxuyun",
    "soma zaidi", "\u0441\u043e\u043d\u0434\u0430\u0439-\u0430\u049b \u043e\u049b\u044b\u04a3\u044b\u0437",
    "\u056f\u0561\u0580\u0564\u0561\u0581\u0565\u0584 \u0576\u0561\u0587",
    "\u10d0\u10e1\u10d4\u10d5\u10d4 \u10ec\u10d0\u10d8\u10d9\u10d8\u10d7\u10ee\u10d4\u10d7",
    "\u0b87\u0ba4\u0bc8\u0baf\u0bc1\u0bae\u0bcd \u0baa\u0b9f\u0bbf\u0b95\u0bcd\u0b95",
    "\u0b87\u0ba4\u0bc8\u0baf\u0bc1\u0bae\u0bcd \u0baa\u0b9f\u0bbf\u0baf\u0bc1\u0b99\u0bcd\u0b95\u0bb3\u0bcd",
    "\u1270\u12db\u121b\u1305 \u12dc\u1293",
    # "Related news" over a box of headlines: Turkish, Spanish, Portuguese, Italian, French, German,
    # Polish, Czech, Russian
    "ilgili haberler", "ilgili haber", "ilginizi \u00e7ekebilir", "la r\u00e9daction vous conseille", "sur le m\u00eame sujet", "noticias relacionadas", "not\u00edcias relacionadas", "notizie correlate",
    "articles li\u00e9s", "\u00e4hnliche artikel", "powi\u0105zane artyku\u0142y", "souvisej\u00edc\u00ed \u010dl\u00e1nky",
    "\u043f\u043e\u0445\u043e\u0436\u0438\u0435 \u043d\u043e\u0432\u043e\u0441\u0442\u0438",
    "\u0441\u0432\u044f\u0437\u0430\u043d\u043d\u044b\u0435 \u043d\u043e\u0432\u043e\u0441\u0442\u0438",
    # Marathi, Gujarati, Punjabi, Malayalam, Telugu, Kannada, Somali, Hausa, Yoruba
    "\u0939\u0947\u0939\u0940 \u0935\u093e\u091a\u093e", "\u0939\u0947 \u092a\u0923 \u0935\u093e\u091a\u093e", "\u0a86 \u0aaa\u0aa3 \u0ab5\u0abe\u0a82\u0a9a\u0acb", "\u0a07\u0a39 \u0a35\u0a40 \u0a2a\u0a5c\u0a4d\u0a39\u0a4b",
    "\u0d07\u0d24\u0d41\u0d15\u0d42\u0d1f\u0d3f \u0d35\u0d3e\u0d2f\u0d3f\u0d15\u0d4d\u0d15\u0d3e\u0d02", "\u0d07\u0d24\u0d41\u0d02 \u0d35\u0d3e\u0d2f\u0d3f\u0d15\u0d4d\u0d15\u0d41\u0d15", "\u0c07\u0c26\u0c3f \u0c15\u0c42\u0c21\u0c3e \u0c1a\u0c26\u0c35\u0c02\u0c21\u0c3f", "\u0c07\u0c35\u0c3f \u0c15\u0c42\u0c21\u0c3e \u0c1a\u0c26\u0c35\u0c02\u0c21\u0c3f",
    "\u0c87\u0ca6\u0ca8\u0ccd\u0ca8\u0cc2 \u0c93\u0ca6\u0cbf", "akhri sidoo kale", "karanta kuma", "\u1eb9 tun ka",
)

# An ad's label standing alone on its line, beyond English's ("Advertisement", in shapes of
# .lines), and the line saying the story goes on under it.
ADVERTISEMENT = (
    "anzeige", "werbung", "publicit\u00e9", "publicidad", "publicidade", "pubblicit\u00e0", "pub", "advertentie",
    "anuncio", "an\u00fancio",
    "annons", "annonse", "annonce", "mainos", "reklama", "reklame", "reklam", "hirdet\u00e9s", "iklan",
    "qu\u1ea3ng c\u00e1o", "\u0440\u0435\u043a\u043b\u0430\u043c\u0430", "\u03b4\u03b9\u03b1\u03c6\u03ae\u03bc\u03b9\u03c3\u03b7",
    "\u05e4\u05e8\u05e1\u05d5\u05de\u05ea", "\u0625\u0639\u0644\u0627\u0646", "\u0627\u0639\u0644\u0627\u0646",
    "\u0935\u093f\u091c\u094d\u091e\u093e\u092a\u0928", "\u0e42\u0e06\u0e29\u0e13\u0e32", "\u5e83\u544a", "\uad11\uace0",
    "\u5e7f\u544a", "\u5ee3\u544a", "pr", "rekl\u0101ma", "reklaam", "oglas", "publicitate", "mainos p\u00e4\u00e4ttyy",
    # Catalan, Basque, Welsh, Icelandic, Albanian, Afrikaans, Swahili, Hausa, Tagalog, Urdu,
    # Persian, Bengali, Tamil, Sinhala, Amharic, Georgian, Armenian, Kazakh
    "publicitat", "publizitatea", "hysbyseb", "augl\u00fdsing", "reklam\u00eb", "advertensie", "tangazo", "talla",
    "patalastas", "\u0627\u0634\u062a\u06c1\u0627\u0631", "\u0622\u06af\u0647\u06cc", "\u09ac\u09bf\u099c\u09cd\u099e\u09be\u09aa\u09a8",
    "\u0bb5\u0bbf\u0bb3\u0bae\u0bcd\u0baa\u0bb0\u0bae\u0bcd", "\u0dc0\u0dd9\u0dc5\u0dd9\u0daf \u0daf\u0dd0\u0db1\u0dca\u0dc0\u0dd3\u0db8",
    "\u121b\u1235\u1273\u12c8\u1242\u12eb", "\u10e0\u10d4\u10d9\u10da\u10d0\u10db\u10d0", "\u0563\u0578\u057e\u0561\u0566\u0564",
    "\u0436\u0430\u0440\u043d\u0430\u043c\u0430",
    # Marathi, Gujarati, Punjabi, Malayalam, Telugu, Kannada, Somali, Yoruba
    "\u091c\u093e\u0939\u093f\u0930\u093e\u0924", "\u0a9c\u0abe\u0ab9\u0ac7\u0ab0\u0abe\u0aa4", "\u0a07\u0a38\u0a3c\u0a24\u0a3f\u0a39\u0a3e\u0a30", "\u0d2a\u0d30\u0d38\u0d4d\u0d2f\u0d02",
    "\u0c2a\u0c4d\u0c30\u0c15\u0c1f\u0c28", "\u0c9c\u0cbe\u0cb9\u0cc0\u0cb0\u0cbe\u0ca4\u0cc1", "xayeysiis", "\u00ecpol\u00f3w\u00f3",
    # "the article goes on under the ad" in English, German, French, Spanish, Portuguese, Italian,
    # Czech, Slovak, Polish, Estonian, Hungarian, Romanian
    "article continues below", "article continues below advertisement", "story continues below advertisement",
    "story continues below", "story continues", "artikel wird nach der anzeige fortgesetzt", "weiterlesen nach der anzeige",
    "l'article continue apr\u00e8s la publicit\u00e9", "l\u2019article continue apr\u00e8s la publicit\u00e9",
    "el art\u00edculo contin\u00faa despu\u00e9s del anuncio", "continua ap\u00f3s a publicidade",
    "l'articolo continua dopo la pubblicit\u00e0", "l\u2019articolo continua dopo la pubblicit\u00e0",
    "\u010dl\u00e1nek pokra\u010duje pod reklamou", "\u010dl\u00e1nok pokra\u010duje pod reklamou",
    "\u010dl\u00e1nok pokra\u010duje pod video reklamou", "dalszy ci\u0105g artyku\u0142u pod materia\u0142em wideo",
    "dalsza cz\u0119\u015b\u0107 artyku\u0142u pod materia\u0142em wideo", "artikkel j\u00e4tkub p\u00e4rast reklaami",
    "a cikk a hirdet\u00e9s ut\u00e1n folytat\u00f3dik", "articolul continu\u0103 dup\u0103 reclam\u0103",
    # ...and more of the same: English, German, French, Portuguese, Dutch, Polish, Czech, Slovak,
    # Swedish, Norwegian, Danish, Finnish, Croatian/Serbian, Slovenian, Russian, Ukrainian, Turkish
    "advertisement - scroll to continue", "scroll to continue with content", "continue reading below",
    "content continues below", "article continues after advertisement", "story continues after advertisement",
    "weiter nach der anzeige", "lesen sie nach der anzeige weiter", "fortsetzung nach der anzeige",
    "la suite apr\u00e8s cette publicit\u00e9", "la suite apr\u00e8s la publicit\u00e9", "suite apr\u00e8s la publicit\u00e9",
    "continua ap\u00f3s publicidade", "continua depois da publicidade",
    "lees verder na de advertentie", "het artikel gaat verder onder de advertentie",
    "dalsza cz\u0119\u015b\u0107 artyku\u0142u pod reklam\u0105", "dalszy ci\u0105g artyku\u0142u pod reklam\u0105",
    "pokra\u010dov\u00e1n\u00ed \u010dl\u00e1nku pod reklamou", "pokra\u010dovanie \u010dl\u00e1nku pod reklamou",
    "artikeln forts\u00e4tter under annonsen", "artikeln forts\u00e4tter efter annonsen",
    "artikkelen fortsetter under annonsen", "saken fortsetter under annonsen",
    "artiklen forts\u00e6tter under annoncen", "artiklen forts\u00e6tter efter annoncen",
    "artikkeli jatkuu mainoksen j\u00e4lkeen", "\u010dlanak se nastavlja ispod oglasa", "tekst se nastavlja ispod oglasa",
    "\u010dlanek se nadaljuje pod oglasom",
    "\u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0435\u043d\u0438\u0435 \u043f\u043e\u0441\u043b\u0435 \u0440\u0435\u043a\u043b\u0430\u043c\u044b",
    "\u043f\u0440\u043e\u0434\u043e\u0432\u0436\u0435\u043d\u043d\u044f \u043f\u0456\u0441\u043b\u044f \u0440\u0435\u043a\u043b\u0430\u043c\u0438",
    "haberin devam\u0131",
    # ...and the button that skips the ad: French, English, German, Spanish, Italian
    "passer la publicit\u00e9", "skip ad", "skip advertisement", "anzeige \u00fcberspringen", "werbung \u00fcberspringen",
    "saltar publicidad", "saltar anuncio", "salta la pubblicit\u00e0",
)


# A label that says what follows is paid for: a sponsor's card or content. (Not an ad slot's,
# "Advertisement", "Anzeige": it marks where an ad stood, and the story goes on under it.) A
# longer label before its own beginning ("sponsored content" before "sponsored"): some
# patterns take the first that fits.
SPONSORED_LABELS = ("sponsored content", "sponsored post", "sponsored story", "sponsored", "paid content", "paid post",
                    "paid partnership", "promoted content", "promoted", "partner content", "contenido patrocinado",
                    "contenu sponsoris\u00e9", "gesponsert")


# The heading of the author's box under the story ("Sobre la firma" over the name and a bio):
# the story ends over it. The whole line only.
ABOUT_THE_AUTHOR = (
    "about the author", "about the authors", "about the writer", "sobre la firma", "sobre el autor", "sobre la autora",
    "sobre o autor", "sobre a autora", "\u00e0 propos de l'auteur", "\u00e0 propos de l\u2019auteur", "\u00fcber den autor",
    "\u00fcber die autorin", "die autorin", "der autor", "zur person", "sull'autore", "sull\u2019autore", "l'autore",
    "l\u2019autore", "over de auteur", "om skribenten", "om f\u00f6rfattaren", "om forfatteren", "o autorze", "o autorce",
    "o autorovi", "\u043e\u0431 \u0430\u0432\u0442\u043e\u0440\u0435", "yazar hakk\u0131nda",
    # Japanese "the person who wrote this article", "the writer's profile"; Chinese "about the author"
    "\u3053\u306e\u8a18\u4e8b\u3092\u66f8\u3044\u305f\u4eba", "\u7b46\u8005\u30d7\u30ed\u30d5\u30a3\u30fc\u30eb",
    "\u4f5c\u8005\u7b80\u4ecb", "\u4f5c\u8005\u7c21\u4ecb",
)


# Words an English prompt addresses its reader with ("your inbox", "our newsletter", "I agree
# that ... can send me"): an English sentence without one that mentions logging in or
# registering is the story's ("He urged everyone to hang up if a caller asks them to log in").
# (Other languages' prompts speak to the reader in too many ways: "Salva questo articolo e
# leggilo quando vuoi", "Mit meiner Anmeldung zum Newsletter stimme ich ... zu".)
READER_WORDS = frozenset("you your yours we our us i me my".split())
# ...and words of no story's sentence but a sign-up box's or a consent banner's
BOX_WORDS = frozenset("cookie cookies privacy newsletter newsletters inbox unsubscribe spam "
                      # newsletter in Spanish, Portuguese, Dutch, the Nordic languages, Polish, Czech, Russian
                      "bolet\u00edn boletim nieuwsbrief nyhetsbrev nyhedsbrev uutiskirje newsletteru "
                      "\u0440\u0430\u0441\u0441\u044b\u043b\u043a\u0443 \u0440\u0430\u0441\u0441\u044b\u043b\u043a\u0430".split())


# A rights notice in Japanese and Chinese ("無断転載を禁じます", "未经许可，禁止转载"; not "未经许可擅自改建",
# built without a permit), asked of lines written without spaces; and the editor's credit under a
# Chinese story ("责任编辑：NAME | 版面编辑：NAME").
# editor, editor in charge (and its short form), reviewer, proofreader
CJK_EDITORS = ("\u8d23\u4efb\u7f16\u8f91", "\u8cac\u4efb\u7de8\u8f2f", "\u7f16\u8f91", "\u7de8\u8f2f", "\u8d23\u7f16", "\u8cac\u7de8",
               "\u5ba1\u6838", "\u5be9\u6838", "\u6821\u5bf9", "\u6821\u5c0d")
CJK_EDITOR_FIRST = frozenset(label[0] for label in CJK_EDITORS) | {"\uff08", "("}  # (a sign-off in brackets)
CJK_FURNITURE = LazyPattern(r"(\u7121\u65ad(?:\u3067)?(?:\u8907\u88fd|\u8ee2\u8f09)[^\u3002]{0,12}\u7981|"
                             r"[\u672a\u975e][\u7ecf\u7d93][^\u3002\uff0c]{0,6}?(?:\u8bb8\u53ef|\u6388\u6743|\u8a31\u53ef|\u6388\u6b0a)[^\u3002]{0,12}?"
                             r"(?:\u8f6c\u8f7d|\u8f49\u8f09|\u590d\u5236|\u8907\u88fd|\u6458\u7f16)|\u7248\u6743\u6240\u6709|\u7248\u6b0a\u6240\u6709|"
                             # "转载请注明出处" / "轉載請註明出處" (say where it is from when reprinting)
                             r"[\u8f6c\u8f49][\u8f7d\u8f09][\u8bf7\u8acb][\u6ce8\u8a3b]\u660e)|"
                             # a picture's credit: "图片来源：NAME" (image source), "＝..., NAME撮影" (photographed), "写真・図版"
                             # ...and a Japanese caption closed by when and where: "...（2日午後4時、木曽町福島で）"
                             r"(?P<picture>[\u56fe\u5716]\u7247[\u6765\u4f86]\u6e90|\uff1d[^\u3002]{0,40}\u64ae\u5f71\s*$|^\u5199\u771f\u30fb\u56f3\u7248$|"
                             r"\uff08[^\uff09\u3002]{0,20}[\u65e5\u6642][^\uff09\u3002]{0,20}\u3067\uff09$|"
                             # ...or by "＝" and the day: "...と妻の和子さん＝29日午後10時ごろ、潮見市本町"
                             r"\uff1d\d{1,2}\u65e5[^\u3002]{0,30}$)|"
                             # the editor's sign-off, maybe in brackets: "（編輯：NAME）1130522"
                             r"^[\uff08(]?(?:" + "|".join(CJK_EDITORS) + r")\s*[:\uff1a]")


# A sign-up box's call to the reader: an imperative in German, French, Spanish, Italian; in English
# "subscribe" or "sign up" with a word for the reader ("Sign up for our newsletter ... your inbox").
_SIGN_UP_ASK = LazyPattern(r"\b(?:iscriviti|abbonati|abonnez-vous|inscrivez-vous|suscr[i\u00ed]bete|abonniere|abonnieren sie|"
                           r"melden sie sich|melde dich|"
                           # Spanish, Portuguese, Dutch, Swedish, Polish, Czech, Russian
                           r"date de alta|reg[i\u00ed]strate|inscr[i\u00ed]bete|cadastre-se|inscreva-se|assine j\u00e1|"
                           r"schrijf je in|meld je aan|prenumerera|zapisz si\u0119|zaprenumeruj|p\u0159ihlaste se|"
                           r"\u043f\u043e\u0434\u043f\u0438\u0448\u0438\u0442\u0435\u0441\u044c)\b", re.I)
_SIGN_UP_EN = LazyPattern(r"\b(?:subscribe|sign(?:ing)? up)\b", re.I)


def signs_reader_up(text: str, lowered_words: Sequence[str]) -> bool:
    return bool(_SIGN_UP_ASK.search(text)) or (not READER_WORDS.isdisjoint(lowered_words) and bool(_SIGN_UP_EN.search(text)))


_UNLIMITED_ACCESS = r"unlimited (?:online |digital )?access"  # (a pitch's phrase, in both patterns below)
_UNLIMITED = LazyPattern(rf"\b{_UNLIMITED_ACCESS}\b", re.I)


def pitches_subscription(text: str, lowered_words: Sequence[str]) -> bool:
    """A box's long pitch to the reader: "Did you know with a Digital Subscription to NAME, you
    can get unlimited access to ..." (a story's reader may sign up for a trial in a sentence),
    "Subscribe to NAME PLUS to get access to ... titles"."""
    if lowered_words[:1] == ("subscribe",) and _SUBSCRIBE_FOR_ACCESS.match(text):
        return True
    return "subscription" in lowered_words and not READER_WORDS.isdisjoint(lowered_words) and bool(_UNLIMITED.search(text))


_SUBSCRIBE_FOR_ACCESS = LazyPattern(r"subscribe (?:now |today )?to .{1,60}? to (?:get|gain|enjoy) (?:full |unlimited |digital )?access\b", re.I)


# A sentence telling the reader to sign up or get the app: "... require a Premium subscription. Subscribe
# now to listen.", "Download The Chronicle App to get Daily Market Updates.", "Unlimited online access to ..."
SIGN_UP_START = LazyPattern(r"(?:^|[.!?]\s+)(?:subscribe|sign up|sign in|log in|register|download (?:our|the)|"
                            + _UNLIMITED_ACCESS + r")\b", re.I)


# The player that reads the story aloud, its label a whole line (English, German, French,
# Spanish and Italian have their own pattern in .shapes): Dutch, Polish, Czech, Swedish,
# Norwegian, Danish, Finnish, Hungarian, Romanian, Russian, Ukrainian, Turkish, Indonesian,
# Vietnamese, and Spanish without "el" or "este". (Not "lees voor": Lees is a name.)
LISTEN = (
    "artikel voorlezen", "voorlezen", "pos\u0142uchaj artyku\u0142u", "ods\u0142uchaj artyku\u0142",
    "poslechn\u011bte si \u010dl\u00e1nek", "poslechnout \u010dl\u00e1nek", "lyssna p\u00e5 artikeln",
    "lytt til saken", "lytt til artikkelen", "lyt til artiklen", "kuuntele artikkeli", "hallgassa meg a cikket",
    "ascult\u0103 articolul", "\u0441\u043b\u0443\u0448\u0430\u0442\u044c \u0441\u0442\u0430\u0442\u044c\u044e",
    "\u043f\u0440\u043e\u0441\u043b\u0443\u0448\u0430\u0442\u044c \u0441\u0442\u0430\u0442\u044c\u044e",
    "\u043f\u043e\u0441\u043b\u0443\u0445\u0430\u0442\u0438 \u0441\u0442\u0430\u0442\u0442\u044e", "makaleyi dinle",
    "haberi dinle", "dengarkan artikel", "dengarkan berita", "nghe b\u00e0i vi\u1ebft", "escuchar art\u00edculo",
    "escuchar noticia",
)
# "Follow us on <network>", opening a short line
FOLLOW_US = (
    "folgen sie uns auf", "folge uns auf", "suivez-nous sur", "s\u00edguenos en", "seguici su", "volg ons op",
    "obserwuj nas na", "sledujte n\u00e1s na", "f\u00f6lj oss p\u00e5", "f\u00f8lg oss p\u00e5", "f\u00f8lg os p\u00e5",
    "seuraa meit\u00e4", "k\u00f6vessen minket", "urm\u0103ri\u021bi-ne pe", "bizi takip edin", "ikuti kami di",
    "theo d\u00f5i ch\u00fang t\u00f4i tr\u00ean", "pratite nas na",
)

# A paywall's prompt where the story is cut ("for subscribers only", "already a subscriber?",
# "subscribe to read on"), in the languages whose prompts the subscribe shape's own words miss: Czech, Slovak, Polish, Hungarian, Romanian, Bulgarian, Croatian/Serbian/
# Bosnian, Slovenian, Ukrainian, Russian, Lithuanian, Latvian, Greek, Turkish, Finnish,
# Estonian, Icelandic, Swedish, Norwegian/Danish, Dutch, Spanish, German, French.
# Phrases, not the bare word: a story may be about subscriptions.
PAYWALL = (
    "pouze pro p\u0159edplatitele", "jen pro p\u0159edplatitele", "exkluzivn\u011b pro p\u0159edplatitele",
    "s p\u0159edplatn\u00fdm", "p\u0159edpla\u0165te si", "m\u00e1te p\u0159edplatn\u00e9",
    "len pre predplatite\u013eov", "iba pre predplatite\u013eov", "s predplatn\u00fdm", "predpla\u0165te si",
    "m\u00e1te predplatn\u00e9",
    "tylko dla prenumerator\u00f3w", "tylko dla subskrybent\u00f3w", "wykup prenumerat\u0119", "wykup subskrypcj\u0119",
    "masz ju\u017c prenumerat\u0119", "masz ju\u017c subskrypcj\u0119",
    "csak el\u0151fizet\u0151knek", "el\u0151fizet\u0151ink sz\u00e1m\u00e1ra", "fizessen el\u0151", "m\u00e1r el\u0151fizet\u0151",
    "doar pentru abona\u021bi", "numai pentru abona\u021bi", "aboneaz\u0103-te", "ai deja abonament", "ai deja un abonament",
    "\u0441\u0430\u043c\u043e \u0437\u0430 \u0430\u0431\u043e\u043d\u0430\u0442\u0438",
    "\u0430\u0431\u043e\u043d\u0438\u0440\u0430\u0439\u0442\u0435 \u0441\u0435",
    "samo za pretplatnike", "pretplatite se", "ve\u0107 ste pretplatnik", "ve\u0107 imate pretplatu",
    "\u0441\u0430\u043c\u043e \u0437\u0430 \u043f\u0440\u0435\u0442\u043f\u043b\u0430\u0442\u043d\u0438\u043a\u0435",
    "\u043f\u0440\u0435\u0442\u043f\u043b\u0430\u0442\u0438\u0442\u0435 \u0441\u0435",
    "samo za naro\u010dnike", "naro\u010dite se", "ste \u017ee naro\u010dnik",
    "\u043b\u0438\u0448\u0435 \u0434\u043b\u044f \u043f\u0435\u0440\u0435\u0434\u043f\u043b\u0430\u0442\u043d\u0438\u043a\u0456\u0432",
    "\u0442\u0456\u043b\u044c\u043a\u0438 \u0434\u043b\u044f \u043f\u0435\u0440\u0435\u0434\u043f\u043b\u0430\u0442\u043d\u0438\u043a\u0456\u0432",
    "\u043e\u0444\u043e\u0440\u043c\u0456\u0442\u044c \u043f\u0435\u0440\u0435\u0434\u043f\u043b\u0430\u0442\u0443",
    "\u043e\u0444\u043e\u0440\u043c\u0456\u0442\u044c \u043f\u0456\u0434\u043f\u0438\u0441\u043a\u0443",
    "\u0442\u043e\u043b\u044c\u043a\u043e \u0434\u043b\u044f \u043f\u043e\u0434\u043f\u0438\u0441\u0447\u0438\u043a\u043e\u0432",
    "\u043e\u0444\u043e\u0440\u043c\u0438\u0442\u0435 \u043f\u043e\u0434\u043f\u0438\u0441\u043a\u0443",
    "tik prenumeratoriams", "u\u017esiprenumeruokite", "tikai abonentiem", "k\u013c\u016bsti par abonentu",
    "\u03bc\u03cc\u03bd\u03bf \u03b3\u03b9\u03b1 \u03c3\u03c5\u03bd\u03b4\u03c1\u03bf\u03bc\u03b7\u03c4\u03ad\u03c2",
    "\u03b3\u03af\u03bd\u03b5\u03c4\u03b5 \u03c3\u03c5\u03bd\u03b4\u03c1\u03bf\u03bc\u03b7\u03c4\u03ae\u03c2",
    "abonelere \u00f6zel", "sadece abonelere", "abone olun",
    "vain tilaajille", "ainult tellijatele", "hakka tellijaks", "a\u00f0eins fyrir \u00e1skrifendur", "gerast \u00e1skrifandi",
    "f\u00f6r prenumeranter", "bli prenumerant", "redan prenumerant", "for abonnenter", "bli abonnent", "bliv abonnent",
    "alleen voor abonnees", "word abonnee", "al abonnee",
    "exclusivo para suscriptores", "solo para suscriptores", "s\u00f3lo para suscriptores", "hazte suscriptor",
    "ya eres suscriptor", "nur f\u00fcr abonnenten", "exklusiv f\u00fcr abonnenten",
    "d\u00e9j\u00e0 abonn\u00e9",
)


# Greek in capitals drops its accents ("ΔΙΑΦΗΜΙΣΗ" for "Διαφήμιση"): a label's accented vowel
# matches its bare one too, and its trigger word is had both ways.
_GREEK_ACCENTED, _GREEK_PLAIN = "\u03ac\u03ad\u03ae\u03af\u03cc\u03cd\u03ce", "\u03b1\u03b5\u03b7\u03b9\u03bf\u03c5\u03c9"
_GREEK_BARE = str.maketrans(_GREEK_ACCENTED, _GREEK_PLAIN)
_GREEK_EITHER = {ord(a): f"[{a}{b}]" for a, b in zip(_GREEK_ACCENTED, _GREEK_PLAIN)}


def _alternatives(labels: tuple[str, ...]) -> str:
    return "|".join(re.escape(label).replace(r"\ ", r"\s+").translate(_GREEK_EITHER) for label in labels)


# The links to the site's story before and after this one, under it (a blog's or a small
# outlet's theme): the story ends over them. The whole line only, with its arrow.
NEIGHBOUR_STORY = (
    "previous article", "next article", "previous story", "next story", "previous post", "next post", "older post",
    "newer post", "vorheriger artikel", "n\u00e4chster artikel", "article pr\u00e9c\u00e9dent", "article suivant",
    "art\u00edculo anterior", "art\u00edculo siguiente", "siguiente art\u00edculo", "artigo anterior", "pr\u00f3ximo artigo",
    "articolo precedente", "articolo successivo", "articolul anterior", "articolul urm\u0103tor", "vorig artikel",
    "volgend artikel", "poprzedni artyku\u0142", "nast\u0119pny artyku\u0142", "p\u0159edchoz\u00ed \u010dl\u00e1nek",
    "dal\u0161\u00ed \u010dl\u00e1nek", "el\u0151z\u0151 cikk", "k\u00f6vetkez\u0151 cikk", "\u00f6nceki haber", "sonraki haber",
    "forrige artikel", "n\u00e6ste artikel", "f\u00f6reg\u00e5ende artikel", "n\u00e4sta artikel",
    "\u043f\u0440\u0435\u0434\u044b\u0434\u0443\u0449\u0430\u044f \u0441\u0442\u0430\u0442\u044c\u044f",
    "\u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0430\u044f \u0441\u0442\u0430\u0442\u044c\u044f",
    "\u043f\u043e\u043f\u0435\u0440\u0435\u0434\u043d\u044f \u0441\u0442\u0430\u0442\u0442\u044f",
    "\u043d\u0430\u0441\u0442\u0443\u043f\u043d\u0430 \u0441\u0442\u0430\u0442\u0442\u044f",
)

# A read-also label opens the line (a Korean one may sit in brackets: "[함께 보는 기사]", a
# Taiwanese one after a pointer: "►延伸閱讀：").
# (?!\w) rather than \b after it: a label may end in a vowel sign ("पढ़ें"), no word character.
READ_ALSO_PATTERN = LazyPattern(r"^[\[\u3010(\u25ba\u25b6\u25a0\u25cf]?\s*(?:" + _alternatives(READ_ALSO) + r")(?!\w)", re.I)
ADVERTISEMENT_ALTERNATIVES = _alternatives(ADVERTISEMENT)
ABOUT_THE_AUTHOR_ALTERNATIVES = _alternatives(ABOUT_THE_AUTHOR)
# the whole line (under re.I), or the label and the author's name: "About the Author: NAME"
ABOUT_THE_AUTHOR_LINE = (r"^(?:" + ABOUT_THE_AUTHOR_ALTERNATIVES
                         + r")\s*(?::\s*(?-i:[A-Z\u00c0-\u00de])[\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,3}|:?)$")
NEIGHBOUR_STORY_LINE = r"^[\u2190\u00ab\u2039<]?\s*(?:" + _alternatives(NEIGHBOUR_STORY) + r")\s*[\u2192\u00bb\u203a>]?$"  # (re.I)
LISTEN_ALTERNATIVES, FOLLOW_US_ALTERNATIVES = _alternatives(LISTEN), _alternatives(FOLLOW_US)
PAYWALL_ALTERNATIVES = _alternatives(PAYWALL)


def trigger_words(labels: tuple[str, ...]) -> frozenset[str]:
    """The longest word of each label, as :func:`.vocabulary.tokens` splits and lowers it (a
    Greek one with its accents and without)."""
    words = frozenset(max(tokens(label), key=len) for label in labels)
    return words | {word.translate(_GREEK_BARE) for word in words}


# A sentence that says when the article appeared: "This article was first published on ...", a blog's
# "This entry was posted in NEWS and tagged ... on Saturday, April 19, 2025.",
# "Dit artikel verscheen op dinsdag 9 juli 2024 om 17:25.", "Dieser Artikel erschien am ..."
APPEARED = (r"this (?:article|story) (?:was )?(?:first |originally )?(?:published|appeared|ran)|this entry was posted|"
            r"dit artikel (?:verscheen|is (?:eerder )?gepubliceerd)|dieser (?:artikel|beitrag) (?:erschien|ist .{0,30}erschienen)|"
            r"cet article a \u00e9t\u00e9 (?:initialement )?publi\u00e9|article publi\u00e9 le|este art\u00edculo (?:fue publicado|se public\u00f3)|"
            r"este artigo foi publicado|questo articolo \u00e8 stato pubblicato")


# A picture credit's label, the word for photo in Telugu (two spellings), Hindi and Marathi, Bengali
# (two), Tamil, Malayalam, Gujarati, Punjabi, Kannada, Persian, Urdu ("ఫొటో: NAME", "फोटो: NAME"),
# Arabic ("تصوير: NAME", photography; its yeh is not Persian's)
PHOTO_WORDS = ("\u0c2b\u0c4a\u0c1f\u0c4b", "\u0c2b\u0c4b\u0c1f\u0c4b", "\u092b\u094b\u091f\u094b", "\u099b\u09ac\u09bf", "\u09ab\u099f\u09cb",
               "\u0baa\u0bc1\u0b95\u0bc8\u0baa\u0bcd\u0baa\u0b9f\u0bae\u0bcd", "\u0d2b\u0d4b\u0d1f\u0d4d\u0d1f\u0d4b",
               "\u0aab\u0acb\u0a9f\u0acb", "\u0a2b\u0a4b\u0a1f\u0a4b", "\u0cab\u0ccb\u0c9f\u0ccb", "\u0639\u06a9\u0633",
               "\u062a\u0635\u0648\u06cc\u0631", "\u062a\u0635\u0648\u064a\u0631",
               # Turkish, Greek, Hebrew, Vietnamese
               "foto\u011fraf", "\u03c6\u03c9\u03c4\u03bf\u03b3\u03c1\u03b1\u03c6\u03af\u03b1", "\u05e6\u05d9\u05dc\u05d5\u05dd", "\u1ea3nh",
               # Georgian, Armenian, Bulgarian, Macedonian, Belarusian, Kazakh, Somali, Tagalog, Basque,
               # Welsh, Icelandic, Irish, Sinhala, Burmese, Marathi, Nepali, Khmer, Punjabi, Gujarati, Kannada,
               # Malayalam, South Slavic
               "\u10e4\u10dd\u10e2\u10dd", "\u056c\u0578\u0582\u057d\u0561\u0576\u056f\u0561\u0580\u0568",
               "\u056c\u0578\u0582\u057d\u0561\u0576\u056f\u0561\u0580", "\u0441\u043d\u0438\u043c\u043a\u0430",
               "\u0444\u043e\u0442\u043e\u0433\u0440\u0430\u0444\u0438\u0458\u0430", "\u0444\u043e\u0442\u0430",
               "\u0441\u0443\u0440\u0435\u0442", "sawir", "larawan", "argazkia", "llun", "mynd",
               "grianghraf", "\u0da1\u0dcf\u0dba\u0dcf\u0dbb\u0dd6\u0db4\u0dba",
               "\u1013\u102c\u1010\u103a\u1015\u102f\u1036",
               "\u091b\u093e\u092f\u093e\u091a\u093f\u0924\u094d\u0930", "\u0924\u0938\u094d\u092c\u093f\u0930",
               "\u179a\u17bc\u1794\u1790\u178f", "\u0a24\u0a38\u0a35\u0a40\u0a30", "\u0aa4\u0ab8\u0ab5\u0ac0\u0ab0",
               "\u0c9a\u0cbf\u0ca4\u0ccd\u0cb0", "\u0d1a\u0d3f\u0d24\u0d4d\u0d30\u0d02", "fotografija")

PHOTO_ALTERNATIVES = "|".join(PHOTO_WORDS)  # (in a pattern)
