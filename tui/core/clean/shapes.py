"""The boilerplate shapes a line may have: copyright, share and sign-up prompts, photo credits,
embedded posts, "SEE ALSO:" promos, contact lines..., each a pattern and the reason a line of
that shape is removed; the words (or characters) without which each pattern cannot match,
so that a line is searched only with the patterns its words call for (:func:`shape_of`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_regex import LazyAny, LazyLowered, LazyPattern
from .disclosure import Disclosure
from .promo_labels import (ABOUT_THE_AUTHOR, ABOUT_THE_AUTHOR_LINE, ADVERTISEMENT, ADVERTISEMENT_ALTERNATIVES, APPEARED,
                           FOLLOW_US, FOLLOW_US_ALTERNATIVES, LISTEN, LISTEN_ALTERNATIVES, NEIGHBOUR_STORY,
                           NEIGHBOUR_STORY_LINE, PAYWALL, PAYWALL_ALTERNATIVES, PHOTO_ALTERNATIVES, PHOTO_WORDS, READ_ALSO,
                           READ_ALSO_PATTERN, trigger_words)


# Generic shapes of page furniture. Each names the reason a line is removed.
# A summary's word (English, German, Norwegian, Danish, Swedish, Dutch, French, Spanish, Italian,
# Portuguese, Finnish, Russian), in the note that a machine wrote it
SUMMARY_WORDS = ("summary|summaries|zusammenfassung|oppsummering\\w*|opsummering\\w*|sammanfattning\\w*|samenvatting|"
                 "r\u00e9sum\u00e9|resumen|riassunto|resumo|tiivistelm\\w*|\u0440\u0435\u0437\u044e\u043c\u0435|"
                 "\u043a\u0440\u0430\u0442\u043a\u043e\u0435 \u0441\u043e\u0434\u0435\u0440\u0436\u0430\u043d\u0438\u0435")
# A list of tags' label in other languages (Spanish, Portuguese, Turkish, German, French, Polish,
# Russian, Dutch, Italian)
TAG_LABELS = ("etiquetas|etiketler|schlagw\u00f6rter|stichw\u00f6rter|\u00e9tiquettes|mots-cl\u00e9s|tagi|"
              "\u0442\u0435\u0433\u0438|\u043c\u0435\u0442\u043a\u0438|trefwoorden|argomenti|temas")
SHAPES: list[tuple[str, LazyPattern | LazyAny | LazyLowered | Disclosure]] = [
    ("copyright", LazyPattern(r"(copyright\s*(\u00a9|\(c\)|\d{4})|\u00a9\s*\d{4}|all rights reserved|^\u00a9|^copyright\b|"
                              r"\bno reproduction without permission\b|^disclaimer\s*:)", re.I)),  # (the site's, under the story)
    # (LazyAny: the branches from the line's start, then the others) "pic.twitter.com/", "^#tag",
    # "instagram.com/p/", "^\u2014 ... (@name) May 2, 2019", "^@name", "^A post shared by", "^Embedded video".
    ("embed", LazyAny(r"\u2014\s.*\(@\w+\)\s+\w+ \d{1,2}, \d{4}$|#\w+$|\(?@\w+\)?$|a post shared by\b|"
                      r"view this post on instagram$|embed(?:ded)? (?:video|tweet)$",
                      r"(?-i:[pPiI\u0130\u0131])(?:(?<=[pP])ic\.twitter\.com/|(?<=[iI])nstagram\.com/p/)", flags=re.I)),
    # "^File - ", "^Caption:", "(AP Photo/Name)" at the end, "photo by", "image credit:", "Getty Images";
    # the credit's label in most European languages: "Foto: Name/dpa", "Bild: Name", "Fot\u00f3: Name", "\u0424\u043e\u0442\u043e: Name",
    # Dutch "Beeld ANP".
    ("caption", LazyAny(r"(?:file|photo|image|pictured)\s*[-:\u2013\u2014]\s|caption:|(?:photo|image) shows\s|(?:photo|image|picture)s?\s+courtesy\b|\(?(?:fotos?|fot\u00f3|bild|\u0444\u043e\u0442\u043e|\u0441\u043d\u0438\u043c\u043a[\u0430\u0438]|\u0432\u0438\u0437\u0443\u0430\u043b\u0438\u0437\u0430\u0446\u0438\u044f|"
                        # a graphic's or a map's credit: "Grafik: dpa-infografik", "Grafika: Ranní zpravodaj"
                        r"grafik[a]?|gr[a\u00e1]fico|graphics?|infogra(?:fik|fika|phic)|" + PHOTO_ALTERNATIVES + r")\s*[:\u055d]\s*\S|fot\.\s+\S|"
                        r"^beeld\s*:?\s+(?-i:[A-Z])\S*(?:\s+\S+){0,4}$|"
                        # ...in capitals, Quebec's papers': "PHOTO ROBERT SKINNER, LA PRESSE"
                        r"^(?-i:PHOTOS?\s+[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019.\- ]+\s*,\s*[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019.\- ]+)$|"
                        # a credit's label alone before a few words: "Credit: Instagram/@name", "Picture: PA",
                        # "Courtesy of Gulfside Pictures"
                        r"^(?:credits?|picture|pic)\s*:\s*\S[^.!?]{0,40}$|^courtesy(?: of)?(?: the)? (?-i:[A-Z])[^.!?]{1,50}$|"
                        # ...with a slash after the word: "Photo / NAME", "Photo / Supplied"
                        r"^(?:photos?|images?|pictures?|fotos?)\s+/\s+\S[^.!?/]{0,40}$|"
                        # "NAME / AGENCY", the agency in capitals: "MEHDI FEDOUACH / AFP", "Jan Jansen / ANP"
                        r"^(?-i:[A-Z])[\w'.-]*(?:\s+[\w'.-]+){0,3}\s*/\s*(?-i:AFP|AP|ANP|DPA|EPA|REUTERS|ANSA|EFE|PAP|BELGA|KEYSTONE|IMAGO|SIPA|MAXPPP)$|"
                        r"^\(?(?:foto|photo)\s+(?:di|de|von)\s+(?-i:[A-Z])[\w'.-]+(?:\s+[\w'./-]+){0,3}\)?$|"
                        # the French regional papers' credit: "Photo LVM/C.D.", "Photo Le JSL/Jean Dupont"
                        r"^(?-i:Photos?)\s+(?:(?-i:[A-Z]{2,})[\w'./-]*|(?-i:[A-Z])[\w'-]*[./][\w'./-]*|(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'./-]*){1,2})$",
                        r"(?-i:[pPiI\u0130\u0131])(?:(?<=[pP])(?:hoto|icture(?=s?\s+courtesy))|(?<=[iI])(?:mage|llustration))s?\s*(?:by|:|credits?\s*:?|courtesy\s*:?)\s",
                        r"\((?:ap|afp|reuters|getty|ap photo|photo)[/ :][^)]*\)\s*$",
                        # ...and after the caption's sentence in those scripts, whose vowel signs
                        # no word pattern takes in: "... ਯਾਤਰੀ। -ਫੋਟੋ: NAME"
                        r"[\s\-\u2013\u2014(|](?:" + PHOTO_ALTERNATIVES + r")\s*:\s*[^:]{1,40}$",
                        # "(file photo)" closing a caption, in English, Hindi, Telugu and Bengali
                        r"\((?:file photo|file pic|\u092b\u093e\u0907\u0932 \u092b\u094b\u091f\u094b|"
                        r"\u0c2b\u0c48\u0c32\u0c4d \u0c2b\u0c4b\u0c1f\u0c4b|\u09ab\u09be\u0987\u09b2 \u099b\u09ac\u09bf)\)\s*$",
                        # ...or the picture's source: "(Lakeshore Ledger staff photo)", "(Submitted photo)"
                        r"\((?:[\w'.&-]+\s+){1,4}(?:photo|photograph|pic)\)\s*$",
                        # ...or the word for a picture and a dash, in brackets closing the caption: "... (ဓာတ်ပုံ - NAME)"
                        r"\((?:" + PHOTO_ALTERNATIVES + r")\s*[-\u2013\u2014]\s*[^()]{1,40}\)\s*$",
                        # the credit in a Korean caption: "... [사진=부산시 제공]" (photo = given by)
                        r"[\[(]\s*\uc0ac\uc9c4\s*=",
                        # the credit after a Lithuanian caption: "... Žinių centro nuotr." (photo)
                        r"(?-i:[nN])(?<=\s[nN])uotr\.$",
                        # ...and after a Polish one: "Zdjęcie ilustracyjne. Fot. Adobe Stock", "... fot. NAME"
                        r"(?-i:[Ff])(?<=[.!?] [Ff])ot\.\s+\S[^.!?]{0,40}$",
                        # \b before the name: the character before its first is no word character
                        r"(?-i:[gGsS\u017f])(?<!\w.)(?:(?<=[gG])etty images|(?<=[sS])hutterstock)\b", flags=re.I)),
    # (not "Related article" alone: one story's link between paragraphs, a "read also" label)
    ("related", LazyPattern(r"^(related(?! (?:article|story)\s*:?$)(?!\s*:)( stories| articles| content| coverage| topics| roundup| links)?|more (from|on|stories|news|by)\b.*|"
                           r"recommended( for you)?|trending( now)?|most (read|popular|viewed|shared)|popular (now|stories)|"
                           r"you (may|might) (also )?like|tags?|topics?|filed under|what to read next|up next|latest (news|stories))\s*:?.{0,40}$|"
                           # (tags listed: "Topics: A | B | C", "Etiquetas: sismo, Arequipa", "Schlagwörter: ...")
                           r"^(tags?|topics?|filed under|" + TAG_LABELS + r")\s*:.{0,120}$|"
                           + ABOUT_THE_AUTHOR_LINE + "|" + NEIGHBOUR_STORY_LINE + r"|^###$", re.I)),  # (a press release's end)
    ("promo", LazyPattern(r"^([A-Z\u00c0-\u00de][A-Z\u00c0-\u00de ]{2,20}|Related|Read|Read [Mm]ore|Read [Aa]lso|See also|Watch|Listen|More|Recommended|"
                          # a video player's title, left in the copy: "Click to play video: 'Snowstorm hits Calgary'"
                          r"Also read|Video|(?:Click to )?[Pp]lay video|Watch video)\s*:\s*\S|"
                          # ...or a bar after the label: "READ | <headline>", "WATCH | <headline>"
                          r"^(?i:read|watch|listen|also read|read more|related|see also)\s+\|\s+\S", 0)),
    # "Read also: <headline>" in the languages of .promo_labels: a promo for another story,
    # with or without the label's colon.
    ("read-also", READ_ALSO_PATTERN),
    ("contact", LazyPattern(r"((?:can|may) be (reached|contacted) at|\bemail (him|her|them|us) at\b|^contact (us|the author)\b|"
                           r"^(send|email) (us )?(a |your )?(tips?|news tips?)\b|^like us on facebook\b|"
                           # a tip line in the Nordic languages: "Har du tips? Mejla oss på ...", "Tips oss"
                           r"^(?:har du (?:et |ett )?tips?|tips oss|tipsa oss)\b.{0,100}$|"
                           # the reporter's address under the story: "Contact Tom Albrecht at (920) 555-0147 or NAME@..."
                           r"^contact (?-i:[A-Z])[\w'.-]+(?:\s+(?-i:[A-Z])[\w'.-]+){0,2} at\b.{0,80}(?:@|\d{3})|\bplease contact \S+@\S+|"
                           # "follow our news on our Telegram channel", in Russian and Ukrainian
                           r"^(?:\u0441\u043b\u0435\u0434\u0438\u0442\u0435 \u0437\u0430|\u043f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c \u043d\u0430|"
                           r"\u0441\u0442\u0435\u0436\u0442\u0435 \u0437\u0430|\u043f\u0456\u0434\u043f\u0438\u0441\u0443\u0439\u0442\u0435\u0441[\u044c\u044f] \u043d\u0430)\b.{0,80}\b(?:telegram|\u0442\u0435\u043b\u0435\u0433\u0440\u0430\u043c|\u043a\u0430\u043d\u0430\u043b|vk|\u0432\u043a\u043e\u043d\u0442\u0430\u043a\u0442\u0435|\u0434\u0437\u0435\u043d)\w*|^follow (him|her|them|us|me) on\b|"
                           # ...and in Indonesian: "Simak breaking news ... langsung di ponselmu", a channel's link
                           r"^simak\b.{0,80}\b(?:ponsel\w*|whatsapp|telegram|google news)\b|"
                           # "Do you have a story for us? Email ...", "... by joining our WhatsApp community here."
                           r"^(?:do you have|have you got|got) a story\b.{0,80}@|^write to (?-i:[A-Z]).{0,80}@|\bjoin(?:ing)? (?:our|\w+['\u2019]s) (?:whatsapp|telegram) (?:community|channel|group)\b|"
                           # ...in other languages, the invitation opening the line: "Únete a nuestro canal de WhatsApp ..."
                           r"^\W{0,3}(?:\u00fanete|unete|s\u00edguenos|siguenos|junte-se|entre no|participe do|unisciti|iscriviti|"
                           r"rejoignez|abonnez-vous|tritt)\b.{0,60}\bwhatsapp\b|"
                           r"^(?:" + FOLLOW_US_ALTERNATIVES + r")\b.{0,60}$|"
                           r"^e-?mail\b.{0,40}\bat \S+@\S|^follow\b.{0,60}\bon (facebook|twitter|instagram|linkedin|tiktok|youtube|x|google news)\b|"
                           # "Follow Rachel Ng" (a button under a columnist's name), "Submit a letter to the editor."
                           r"^follow (?-i:[A-Z])[\w'.-]+(?:\s+(?-i:[A-Z])[\w'.-]+){1,2}$|\bsubmit a letter to the editor\b|"
                           # a reporter's name and address alone: "Jane Roe jroe@example.com"
                           r"^(?-i:[A-Z])[\w'.-]+(?:\s+[\w'.-]+){1,3}\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$)", re.I)),
    ("comments", LazyPattern(r"(^\W*\d*\s*(top rated |top |reader |readers' |user |latest |all )?(comments?|replies|discussion|"
                            r"kommentare|kommentarer|commentaires|comentarios|coment\u00e1rios|commenti|reacties|komentarze|\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0438|yorumlar|"
                            # Romanian, Czech, Finnish, Hungarian, Greek, Ukrainian, Indonesian, Croatian, Vietnamese
                            r"comentarii|koment\u00e1\u0159e|kommentit|hozz\u00e1sz\u00f3l\u00e1sok|\u03c3\u03c7\u03cc\u03bb\u03b9\u03b1|"
                            r"\u043a\u043e\u043c\u0435\u043d\u0442\u0430\u0440\u0456|komentar|komentari|b\u00ecnh lu\u1eadn|"
                            r"postings?|forum(?::\s*\d+\s*postings?)?)\W*\d*\W*$|^posten sie ihre meinung\b|\bcomments?\b.*\b(policy|view|show|hide|post|load|add|join)\b|\b(view|show|hide|load|add|join|post)\b.*\bcomments?\b|"
                            r"^click to (hide|show|read|expand)|^(leave|post) a (comment|reply)|^(sign the |view the )?guest ?book$|^comments (are |have been )?(closed|disabled)\W*$|\bcommenting policy\b|(conversation|comment)\b.*\bcommunity|"
                            r"^(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (thoughts?|responses?|comments?|replies|reactions?) (on|to)\b)", re.I)),
    # (the label in brackets or between dashes too: "[ADVERTISEMENT]", "- Advertisement -")
    ("sponsor", LazyPattern(r"^[\[(\-\u2013\u2014]?\s*(sponsor(ed)? content|sponsor message|sponsored|advertisement|advertising|"
                           r"paid (content|post)|promoted( content)?|ad|report this ad|" + ADVERTISEMENT_ALTERNATIVES
                           + r")\s*[\])\-\u2013\u2014:]?$|"  # (and with a colon: "Реклама:")
                           # an ad's slot by its number, and its placeholder: "Advertisement 2", "This
                           # advertisement has not loaded yet, but your article continues below."
                           r"^advertisement \d{1,2}$|^this advertisement has not loaded yet\b|"
                           r"\bpaid partner\b|\bpresented by\b|^sponsored by\b.{0,40}$|"
                           # Russian law's marking of an ad: "Реклама. ООО «...», ИНН 1234567890. erid: 4CQw..."
                           r"\berid\s*:?\s*\w{6,}", re.I)),
    # The notice a page shows a reader without JavaScript, at any length (a long one had
    # outweighed a short story): "requires JavaScript", "JavaScript aktiverat" ...
    ("script", LazyPattern(r"javascript.{0,80}\b(enabled?|required|disabled|turn(ed)? (it )?on|activ\w*|aktiv\w*|deaktiviert|"
                          r"habilit\w*|abilit\w*|włącz\w*|включ\w*|povol\w*|zapn\w*|inschakel\w*|ingeschakeld|engedélyez\w*|käyttöön)\b|"
                          r"\b(enabled?|requires?|turn on|activ\w*|aktiv\w*|habilit\w*|abilit\w*|włącz\w*|включите|povolte|zapněte|"
                          r"schakel)\b.{0,80}javascript|"
                          # ...and the one for an outdated browser, which asks to update it: the
                          # browser, "outdated" and "update" in one line, in twelve languages (the
                          # three looked for from the line's start only: from every position, each
                          # search took a millisecond on a long line)
                          r"^(?=.*\b(?:browser|navigateur|navegador|przegl\u0105dark\w*|prohl\u00ed\u017ee\u010d\w*|"
                          r"\u0431\u0440\u0430\u0443\u0437\u0435\u0440\w*)\b)"
                          r"(?=.*\b(?:outdated|out of date|veraltet\w*|obsol\u00e8te|desactualizad\w*|desatualizad\w*|obsolet\w*|"
                          r"verouderd\w*|przestarza\u0142\w*|zastaral\w*|\u0443\u0441\u0442\u0430\u0440\u0435\u0432\w*|"
                          r"\u0437\u0430\u0441\u0442\u0430\u0440\u0456\u043b\w*|\u043e\u0441\u0442\u0430\u0440\u044f\u043b\w*)\b)"
                          r"(?=.*\b(?:update|upgrade|aktualisier\w*|mettre \u00e0 jour|actualiz\w*|atualiz\w*|aggiorn\w*|bijwerk\w*|"
                          r"zaktualizuj\w*|aktualizuj\w*|\u043e\u0431\u043d\u043e\u0432\w*|\u043e\u043d\u043e\u0432\w*)\b)", re.I)),
    ("notice", LazyPattern(r"\b(browser|navigateur|navegador)\b.{0,60}\b(out of date|outdated|"
                          r"not supported|no longer supported|veraltet)\b|"
                          # the note on a story read aloud by a machine
                          r"\btext-to-speech\b|\bai narration\b|\b(ai|computer)[- ]generated (audio|voice|narration)\b|"
                          r"\bvoice is ai[- ]generated\b|\bsynth\u00e8se vocale\b|\bvoix de synth\u00e8se\b|\bsynthetic voice\b|"
                          # the print edition's note: "Appeared in the August 15, 2019, print edition as '...'"
                          r"^appeared in the .{1,40}\bprint edition\b|^a version of this article appears in print\b|"
                          # an old story's notice: "This article is more than 8 months old", "Prenez note que
                          # cet article publié en 2024 pourrait contenir des informations qui ne sont plus à jour"
                          r"^this (?:article|story) is more than \w+ \w+ old\b|"
                          r"\b(?:article|story)\b.{0,80}\b(?:no longer (?:be )?(?:up to date|accurate|current)|ne sont plus \u00e0 jour)\b|"
                          r"^you['\u2019]ve read \d+ (?:free )?articles? (?:in the last|this) (?:month|week)\b|\bread by an? (?:automated|artificial|computer[- ]generated|ai[- ]generated) voice\b|"
                          # the day it appeared, said under it: "This article was first published on July 9, 2024"
                          r"^(?:" + APPEARED + r")\b.{0,120}\b(?:19|20)\d\d\b|"
                          # a summary's note: "These takeaways were generated with the help of AI", in any
                          # language ("Summary is AI generated, newsroom reviewed.", "Oppsummeringen er laget
                          # med hjelp av KI"): the summary's word and the machine's letters, in capitals
                          r"\b(?:generated|written|created|produced) (?:with the (?:help|assistance) of|by) (?:ai|artificial intelligence)\b|"
                          r"\b(?:" + SUMMARY_WORDS + r")\b(?!\s*:).{0,60}\b(?-i:AI|KI|IA|\u0418\u0418)\b|"  # (not a label: "Summary: AI stocks ...")
                          r"\b(?-i:AI|KI|IA|\u0418\u0418)\b.{0,60}\b(?:" + SUMMARY_WORDS + r")\b|"
                          # an opinion piece's disclaimer: "The views expressed in this commentary are the author's own"
                          r"^the views expressed (in this|here)\b|^this (?:article|story|piece) is an? (?:opinion|commentary)\b.{0,20}\bviews\b|"
                          # an audio player's label: "Listen to this article", "Artikel anhören", "Écouter cet article"
                          r"^(?:listen to (?:this|the) (?:article|story)|(?:artikel|beitrag) (?:an)?h\u00f6ren|"
                          r"\u00e9couter (?:cet |l['\u2019])article|escuchar (?:este|el) art\u00edculo|ascolta (?:questo |l['\u2019])articolo)\b.{0,30}$|"
                          r"^(?:" + LISTEN_ALTERNATIVES + r")\s*:?$|"
                          # a widget's placeholder left in the copy: "Loading...", "Wird geladen ..."; a sign-up
                          # form's states: "Submitting...", "Sorry, there seem to be some issues. Please try again later."
                          r"^(?:loading|submitting|wird geladen|chargement|cargando|carregando|caricamento)(?:\s*(?:\.\.\.|\u2026))?$|"
                          r"^(?:sorry|oops)\b.{0,60}\b(?:please )?try again(?: later)?\W*$|"
                          # the request to report a typo, in any language: "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"
                          r"\bctrl\s*\+\s*enter\b", re.I)),
    # A box standing in for an embedded post or video until the reader consents to load it:
    # "I agree that external content is shown to me; personal data may be sent to third
    # parties", in German (most sites that have such boxes are German) and English.
    ("consent", LazyPattern(r"\beinverstanden, dass mir\b|\bdrittplattformen\b|\bexterne[nr]? inhalt\w*\b.{0,80}\b(anzeig\w*|"
                           r"angezeigt|erg\u00e4nzt|anreichert|laden|ausblenden)\b|\ban dieser stelle finde\w* (du|sie) einen\b.{0,60}"
                           r"\binhalt|\b(external|third[- ]party) content\b.{0,80}\b(displayed|loaded|shown|display|load|show)\b|"
                           r"\bi agree to\b.{0,40}\b(external|third[- ]party) content\b|"
                           # the box's heading and button: "Empfohlener externer Inhalt", "Instagram-Inhalte aktivieren"
                           r"^empfohlener externer inhalt\b|\binhalte? (aktivieren|laden|anzeigen)$|"
                           r"\bihre zustimmung\b.{0,120}\b(anzuzeigen|zu laden)\b|"
                           # a newsletter box's small print: "We use your sign-up to provide content in ways you've consented to"
                           r"\bwe use your sign-up to\b", re.I)),
    ("disclosure", Disclosure()),
    # a live blog's entry time on its own line between its marks: "+++ 14:32 Uhr +++" (a bare "06:00 Uhr"
    # under a date is the dateline's time)
    ("timestamp", LazyPattern(r"^\+{2,}\s*\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h))?\s*\+*$", re.I)),
    # (and the note on the print edition under the story: "A version of this article appears in print on ...",
    # "This article appears in the October 2025 print edition ...", "Published in Dawn, December 9th, 2025")
    ("print-headline", LazyPattern(r"^print headline\s*:|^a version of this (?:article|story) appear(?:s|ed) in print\b|"
                                   r"^this (?:article|story) appear(?:s|ed) in the\b.{0,40}\bprint edition\b|"
                                   r"^published in (?:the )?(?-i:[A-Z])[^,]{0,40}, \w+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}\.?$", re.I)),
    # (and the wire's and the desk's: "— With assistance from NAME", "Contributing: NAME", "With files from")
    ("credit", LazyPattern(r"^(information|reporting|additional reporting)\b.*\b(contributed|reporting) by\b|^\(?(additional )?reporting by\b|"
                          r"^[-\u2013\u2014]*\s*(editing|edited|compiled|written) by\b|^[\u2014\u2013-]?\s*with (assistance|files) from\b|^contributing\s*:|"
                          r"\bcontributed to this (report|story)\.?$|"
                          # the desk's editor under the story: "Editor: NAME" (Indonesian, Romanian "Editor : NAME")
                          r"^editor\s*:\s*\w[^:]{0,40}$", re.I)),
    ("share", LazyPattern(r"^(share|tweet|email|print|save|facebook|twitter|linkedin|whatsapp|pinterest|reddit|copy link|"
                         r"share (this|on)|share this (article|story)|click to share)\b.{0,25}$|"
                         r"^republish(?: this (?:article|story))?$|^these are external links and will open in a new window$|"
                         r"^like this (story|article|post)\?|\bshare (it|this( story| article)?) with (a friend|your friends)\b|"
                         r"^share or comment on\b|^enjoyed this (issue|newsletter|post|story|article)\?.{0,60}\bshare\b|"
                         # a save button's prompt: "Save articles to read later and create your own reading list."
                         r"^save\b.{0,60}\b(read(ing)? (it )?later|reading list)\b|\bsave (it |this |articles? )?for later\b", re.I)),
    ("subscribe", LazyLowered(r"\b(subscribe|newsletter|sign up|signup|log ?in|sign in|register|create an account|"
                             r"download (our|the)( [\w&'.-]+){0,4} app\b|cookies|privacy (policy|notice|statement)|terms of (use|service)|"
                             r"(to|in|meets?) your inbox|"
                             # ...in Danish, Norwegian, Swedish, German, Dutch, French, Spanish, Portuguese, Italian
                             r"\bi din (indbakke|innboks|inkorg)\b|\bin (dein|ihr|ihren) (postfach|posteingang)\b|\bin je inbox\b|"
                             r"\bdans votre bo\u00eete (mail|e-mail|de r\u00e9ception)\b|\ben tu bandeja de entrada\b|"
                             r"\bna sua caixa de entrada\b|\bnella tua (casella|inbox)\b|unsubscribe|no spam\b|you are receiving this (e-?mail|newsletter)\b|"
                             r"forward (it|this) to a friend\b|^unlimited (online |digital )?access\b|\breader-supported publication\b|"
                             r"\b(free|paid) subscriber\b|"
                             # a site's cookie by what it names ("Cookie settings", "Cookie-Richtlinie"), not
                             # a quote's "a tough cookie"
                             r"cookie(-\w+|\s(polic(y|ies)|settings|preferences|consent|notice|statement|banner|declaration|choices))|"
                             # the same prompts in German, French, Spanish, Portuguese, Italian, Dutch and the Nordic languages
                             r"abonnieren|abonniere|abonnez|abonnement|abonnent|abonniert|abonnee|abonneer|abonner|"
                             r"suscr\u00edbete|suscribirse|suscripci\u00f3n|assine|assinantes?|iscriviti|abbonati|abbonamento|prenumerera|"
                             r"registrieren|anmelden|einloggen|eingeloggt|inloggen|connectez|accedi|registrati|logg inn|"
                             r"logga in|posteingang|nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje|"
                             # a paywall's offer: "Jetzt weiterlesen mit Z+", "Mit Ihrem Abo ...", "4 Wochen
                             # kostenlos testen", "Jederzeit kündbar", "Cancel anytime"
                             r"weiterlesen mit|digitalabo\w*|(?:ihr(?:em|en)?|unser(?:em|en)?) (?:digital(?:en)? )?abo|"
                             r"kostenlos testen|jederzeit k\u00fcndbar|cancel anytime|"
                             # ...and the French paywall's cut: "La suite est réservée aux abonnés" (not a
                             # story's label "Article réservé aux abonnés" under its byline)
                             r"la suite est r\u00e9serv\u00e9e aux abonn\u00e9s|" + PAYWALL_ALTERNATIVES + r")\b")),
    # (skip links glued by copying: "Accessibility statementSkip to main content")
    ("navigation", LazyPattern(r"^(skip to (main )?content|skip navigation|menu|search|home|back to top|next|previous|"
                              r"close|open|toggle navigation|go to|jump to|scroll to continue)\b.{0,20}$|"
                              r"^.{0,30}skip to (main )?content$|^(?:ad )?feedback$", re.I)),  # (a feedback link, one under an ad)
]


# For each shape, the words (or characters) without which its pattern cannot match: a
# pattern runs only on lines that have one, which spares most lines most patterns.
_TRIGGERS: dict[str, tuple[frozenset[str], str]] = {
    "copyright": (frozenset("copyright reserved reproduction disclaimer".split()), "\u00a9"),
    "embed": (frozenset("pic twitter instagram post embed embedded".split()), "@#"),
    "caption": (frozenset("file photo photos image images pictured illustration illustrations getty shutterstock "
                          "caption ap afp reuters foto fotos bild beeld anp dpa epa ansa efe pap belga keystone imago sipa "
                          "maxppp courtesy credit credits picture pic grafik grafika grafico gr\u00e1fico graphic graphics infografik infografika infographic fot\u00f3 \u0444\u043e\u0442\u043e \u0441\u043d\u0438\u043c\u043a\u0430 \u0441\u043d\u0438\u043c\u043a\u0438 "
                          "\u0432\u0438\u0437\u0443\u0430\u043b\u0438\u0437\u0430\u0446\u0438\u044f fot nuotr".split())
                | frozenset(PHOTO_WORDS) | {"\uc0ac\uc9c4"}, ""),  # (Korean photo: "[사진=NAME]")
    "related": (frozenset("related more recommended trending most popular you tags tag topics topic filed what up "
                          "latest".split()) | trigger_words(ABOUT_THE_AUTHOR) | trigger_words(NEIGHBOUR_STORY)
                | trigger_words(tuple(TAG_LABELS.split("|"))), "#"),
    "promo": (frozenset(), ":|"),
    "read-also": (trigger_words(READ_ALSO), ""),
    "contact": (frozenset("reached contacted email mail contact send follow please submit whatsapp telegram like tips tip tipsa "
                          "\u0441\u043b\u0435\u0434\u0438\u0442\u0435 \u0441\u0442\u0435\u0436\u0442\u0435 simak "
                          "\u043f\u0456\u0434\u043f\u0438\u0441\u0443\u0439\u0442\u0435\u0441\u044c \u043f\u0456\u0434\u043f\u0438\u0441\u0443\u0439\u0442\u0435\u0441\u044f "
                          "\u043f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c".split())
                | trigger_words(FOLLOW_US), "@"),
    "comments": (frozenset("comment comments commenting guestbook guest replies discussion click leave post conversation thought thoughts response "
                           "responses reaction reactions kommentare kommentarer posting postings forum posten "
                           "commentaires comentarios coment\u00e1rios commenti reacties komentarze \u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0438 yorumlar "
                           "comentarii koment\u00e1\u0159e kommentit hozz\u00e1sz\u00f3l\u00e1sok \u03c3\u03c7\u03cc\u03bb\u03b9\u03b1 "
                           "\u043a\u043e\u043c\u0435\u043d\u0442\u0430\u0440\u0456 komentar komentari lu\u1eadn".split()), ""),
    "sponsor": (frozenset("sponsor sponsored advertisement advertising paid promoted ad partner presented erid".split())
                | trigger_words(ADVERTISEMENT), ""),
    "consent": (frozenset("einverstanden drittplattformen externe externen externer stelle external third sign "
                          "aktivieren laden anzeigen zustimmung".split()), ""),
    "print-headline": (frozenset(["print", "published"]), ""),
    "timestamp": (frozenset(["uhr"]), ":"),
    "disclosure": (frozenset("commission commissions compensation provision comisi\u00f3n comision commissione commissie affiliate "
                             "provisionslinks provisionslink d'affiliation d\u2019affiliation affili\u00e9s afiliados "
                             "afiliadas affiliazione affiliati".split()), ""),
    "script": (frozenset("javascript browser navigateur navegador \u0431\u0440\u0430\u0443\u0437\u0435\u0440\u0430 "
                         "\u0431\u0440\u0430\u0443\u0437\u0435\u0440 \u0431\u0440\u0430\u0443\u0437\u0435\u0440\u0456 przegl\u0105darki "
                         "przegl\u0105darka prohl\u00ed\u017ee\u010d prohl\u00ed\u017ee\u010de".split()), ""),
    "notice": (frozenset("ctrl edition browser navigateur navegador speech narration generated views listen loading geladen voice article "
                         "summary summaries zusammenfassung oppsummeringen oppsummering opsummeringen sammanfattningen "
                         "sammanfattning samenvatting r\u00e9sum\u00e9 resumen riassunto resumo tiivistelm\u00e4 "
                         "written created produced originally artikel art\u00edculo artigo articolo entry "
                         "chargement cargando carregando caricamento submitting sorry oops "
                         "anh\u00f6ren h\u00f6ren "
                         "\u00e9couter escuchar ascolta".split()) | trigger_words(LISTEN), ""),
    "credit": (frozenset("information reporting editing edited compiled written assistance files contributing editor "
                         "contributed".split()), ""),
    "share": (frozenset("share tweet email print save facebook twitter linkedin whatsapp pinterest reddit copy republish external".split()), ""),
    "subscribe": (frozenset("subscribe unsubscribe spam newsletter sign signup log login register create download cookie "
                            "receiving forward cookies privacy terms inbox unlimited subscriber reader nieuwsbrief nyhetsbrev "
                            "nyhedsbrev uutiskirje abonnieren abonniere abonnez abonnement abonnent abonniert abonnee "
                            "abonneer abonner suscr\u00edbete suscribirse suscripci\u00f3n assine assinante assinantes iscriviti abbonati abbonamento "
                            "prenumerera registrieren anmelden einloggen eingeloggt inloggen connectez accedi registrati logg "
                            "logga posteingang weiterlesen digitalabo abo testen k\u00fcndbar anytime abonn\u00e9s "
                            "indbakke innboks inkorg postfach bo\u00eete bandeja caixa casella".split())
                  | trigger_words(PAYWALL), ""),
    "navigation": (frozenset("skip menu search home back next previous close open toggle go jump content scroll feedback".split()), ""),
}


# Shapes whose name is not itself a reason of the contract's vocabulary: the reason they
# are removed under. A credit line ("Reporting by ...") is a byline; a sign-up prompt a promo.
REASON_OF_SHAPE = {"credit": "byline", "subscribe": "promo", "notice": "boilerplate", "script": "boilerplate",
                   "consent": "boilerplate",
                   "disclosure": "boilerplate", "read-also": "promo", "timestamp": "dateline"}


def reason_of(shape: str) -> str:
    return REASON_OF_SHAPE.get(shape, shape)


_SHAPES_BY_WORD: dict[str, set[str]] = {}
for _reason, (_words, _chars) in _TRIGGERS.items():
    for _word in _words:
        _SHAPES_BY_WORD.setdefault(_word, set()).add(_reason)
_SHAPES_BY_CHAR = {c: {r for r, (_, chars) in _TRIGGERS.items() if c in chars}
                   for c in dict.fromkeys("".join(chars for _, chars in _TRIGGERS.values()))}
ALL_TRIGGER_WORDS = frozenset(_SHAPES_BY_WORD)
# Words of menus, share bars and prompts: never part of a name (the "read also" and "about
# the author" labels' words are left out: "Lee", "Lea", "Lees" and "Person" are names too;
# and the words a byline is printed with: "Jane Doe | Published 5 hours ago", "NAME, Editor",
# "9. September 2025 um 15:46 Uhr / NAME"; the tip button after it: "Jane Doe Tips meg").
FURNITURE_WORDS = (ALL_TRIGGER_WORDS - _TRIGGERS["read-also"][0] - trigger_words(ABOUT_THE_AUTHOR)
                   - _TRIGGERS["timestamp"][0] - {"published", "editor", "tips", "tip", "tipsa"})


# The head of a reader's comment: "Name on May 2, 2019 at 4:47 pm said:", "Name wrote:".
COMMENT_VERBS = frozenset("said says wrote writes commented replied replies".split())
# (not a count of replies: "Read 14 replies" under an embedded post)
_COMMENT_HEADER = LazyPattern(r"^[^.!?]{0,80}\d[^.!?]{0,40}\b(said|says|wrote|writes|commented|replied|(?<!\d )replies)\s*:?\s*$", re.I)


def comment_header(text: str) -> bool:
    return bool(_COMMENT_HEADER.match(text))


def shape_of(text: str, lowered: Sequence[str], n: int, stop: float) -> str | None:
    """The line's boilerplate shape; asked only of lines with a trigger word or character,
    or ending with a comment verb (:func:`features_of` tells them)."""
    if n <= 20 and lowered and lowered[-1] in COMMENT_VERBS and comment_header(text):
        return "comments"
    mask = 0
    for word in ALL_TRIGGER_WORDS.intersection(lowered):
        mask |= _MASK_BY_WORD[word]
    for char, bits in _MASK_BY_CHAR:
        if char in text:
            mask |= bits
    # Long sentence-like lines are body text that mentions such words, except for
    # shapes that are unambiguous whatever the length.
    if n > 25 and stop > 0.3:
        mask &= _ANY_LENGTH
    if not mask:
        return None
    for reason, pattern in _SEARCHES.get(mask) or _searches(mask):
        if pattern.search(text):
            return reason
    return None


_SHORT_ONLY = frozenset(("notice", "subscribe", "comments", "sponsor", "share", "navigation", "promo", "contact",
                         "read-also"))

# The candidate shapes of a line as bits (one a shape, in SHAPES order): the OR of its
# trigger words' and characters' bits. The patterns to try, in order, are listed once per
# set of candidates seen, rather than a set built and sorted per line.
_BIT = {reason: 1 << i for i, (reason, _) in enumerate(SHAPES)}
_MASK_BY_WORD = {word: sum(map(_BIT.__getitem__, reasons)) for word, reasons in _SHAPES_BY_WORD.items()}
_MASK_BY_CHAR = tuple((char, sum(map(_BIT.__getitem__, found))) for char, found in _SHAPES_BY_CHAR.items() if found)
_ANY_LENGTH = sum(_BIT.values()) & ~sum(map(_BIT.__getitem__, _SHORT_ONLY))
ANY_LENGTH_WORDS = frozenset(word for word, bits in _MASK_BY_WORD.items() if bits & _ANY_LENGTH)
_SEARCHES: dict[int, tuple[tuple[str, LazyPattern | LazyAny | LazyLowered | Disclosure], ...]] = {}


def _searches(mask: int) -> tuple[tuple[str, LazyPattern | LazyAny | LazyLowered | Disclosure], ...]:
    found = _SEARCHES[mask] = tuple((reason, pattern) for reason, pattern in SHAPES if mask & _BIT[reason])
    return found
