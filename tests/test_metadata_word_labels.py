"""Byline labels that are common words too: Swahili "Na NAME" ("by", also "and"), Greek
"Του NAME" / "Της NAME" ("by", literally "of the"), Tagalog "Ni NAME" and Romanian "de NAME" (in lower case); isiZulu's
"Ngu-NAME", the label a prefix glued on.

Pages written for the test: the headline, the byline and the date over the body. Such a
label signs the story only when a person's name, and nothing else, follows it; a sentence
that opens with the same word ("Na Rais Samia alisema ...", "And President Samia said") is
no byline.
"""

from __future__ import annotations

import pytest

from tests.pasted import clean

PAGES = {
    "sw": ("Serikali yaidhinisha msaada mpya kwa wakulima walioathirika na mafuriko", "Na Juma Hamisi", "Juma Hamisi",
           "Na Rais Samia alisema leo", "Agosti 5, 2024", [
               "Baraza la mawaziri limeidhinisha Jumatatu msaada wa shilingi bilioni moja kwa wakulima walioathirika na "
               "mafuriko katika mikoa ya kaskazini.",
               "Waziri mkuu amesema malipo ya kwanza yatawafikia wakulima ndani ya mwezi mmoja, na baadaye serikali "
               "itatangaza mpango wa kukarabati mashamba.",
               "Vyama vya wakulima vimepongeza uamuzi huo, lakini vinaomba ujenzi wa kingo za kudumu ili mafuriko "
               "yasijirudie kila mwaka.",
           ]),
    "el": ("Η κυβέρνηση ενέκρινε νέα μέτρα στήριξης για τους αγρότες μετά τις πλημμύρες", "Της Μαρίας Νικολάου",
           "Μαρίας Νικολάου", "Του πολέμου στην Ουκρανία", "5 Αυγούστου 2024", [
               "Το υπουργικό συμβούλιο ενέκρινε τη Δευτέρα ένα πακέτο στήριξης ύψους εκατό εκατομμυρίων ευρώ για τους "
               "αγρότες που επλήγησαν από τις πλημμύρες στη Θεσσαλία.",
               "Ο πρωθυπουργός δήλωσε ότι οι πρώτες πληρωμές θα γίνουν μέσα στον επόμενο μήνα και ότι θα ακολουθήσουν "
               "μέτρα για την αποκατάσταση των καλλιεργειών.",
               "Οι αγροτικοί σύλλογοι χαιρέτισαν την απόφαση, αλλά ζητούν μόνιμα έργα αντιπλημμυρικής προστασίας για να "
               "μην επαναληφθεί η καταστροφή.",
           ]),
    "ro": ("Spitalul Județean din Suceava închide temporar secția de chirurgie", "de Andrei Popescu", "Andrei Popescu",
           "de la Ministerul Sănătății", "5 august 2024", [
               "Secția de chirurgie generală a spitalului își suspendă activitatea începând de luni, pentru cel puțin o "
               "lună, după ce patru dintre cei șapte medici chirurgi și-au depus demisia.",
               "Pacienții care au nevoie de intervenții programate vor fi redirecționați către spitalele din Iași și "
               "Botoșani, iar urgențele vor fi preluate de o echipă restrânsă.",
               "Managerul spitalului a declarat că instituția caută soluții pentru a aduce medici din alte județe și că "
               "posturile au fost scoase din nou la concurs.",
           ]),
    "tl": ("Presyo ng bigas sa Metro Manila, bumaba ng tatlong piso kada kilo", "Ni Maricel Dela Cruz",
           "Maricel Dela Cruz", "Ni hindi nila alam ang dahilan", "Agosto 5, 2024", [
               "Bumaba ng tatlong piso kada kilo ang presyo ng bigas sa mga pamilihan sa Metro Manila ngayong linggo, "
               "ayon sa pinakahuling monitoring ng kagawaran ng agrikultura.",
               "Sinabi ng kagawaran na ang pagbaba ng presyo ay dahil sa pagdating ng mga inangkat na bigas at sa "
               "magandang ani ng mga magsasaka sa mga lalawigan.",
               "Umaasa ang mga mamimili na magpapatuloy ang pagbaba ng presyo hanggang sa susunod na buwan, lalo na "
               "sa mga pampublikong pamilihan.",
           ]),
    "zu": ("Abafundi abangaphezu kwezinkulungwane eziyishumi bathole imifundaze", "Ngu-Sipho Dlamini",
           "Sipho Dlamini", "Ngumhlangano wabazali", "5 Agasti 2024", [
               "Uhulumeni wesifundazwe umemezele ukuthi abafundi abangaphezu kwezinkulungwane eziyishumi bazothola "
               "imifundaze yokufunda emanyuvesi nasemakolishi kulo nyaka.",
               "UNgqongqoshe wezeMfundo uthe lolu hlelo luzosiza izingane ezivela emindenini ehluphekayo ukuthi "
               "zikwazi ukuqhubeka nezifundo zazo ngaphandle kokukhathazeka ngezimali.",
               "Abazali abaningi bawamukele lo mbiko, bethi bekade bekhathazekile ngokuthi izingane zabo ngeke zikwazi "
               "ukuya enyuvesi ngenxa yezindleko eziphezulu.",
           ]),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_common_word_s_label_before_a_name_signs_the_story(lang):
    headline, byline, name, _, dateline, body = PAGES[lang]
    article = clean(["Home", "Habari", headline, byline, dateline, *body])
    assert article.title == headline
    assert article.byline == name
    assert article.published == "2024-08-05"
    assert byline not in article.text


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_same_word_opening_a_phrase_is_no_byline(lang):
    headline, _, _, phrase, dateline, body = PAGES[lang]
    assert clean(["Home", "Habari", headline, phrase, dateline, *body]).byline is None
