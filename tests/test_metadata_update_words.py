"""The date a page prints after "updated" in its own language is a revision's, not the
publication's: a header with the publication date over an "Atnaujinta 2024-10-03 14:40" line
(an LRT-style Lithuanian page) gave the revision time. Pages written for the test: the two
dates above the headline, then the standfirst, the byline and the body."""

from __future__ import annotations

import pytest

from tests.pasted import clean

PAGES = {
    "lt": ("2024-10-03 12:17", "Atnaujinta 2024-10-03 14:40",
           "Vilniuje nuo lapkričio brangs viešasis transportas", "Autorius: Tomas Jankauskas", [
               "Nuo lapkričio 1 dienos vienkartinis bilietas Vilniaus viešajame transporte kainuos 1,30 euro vietoj "
               "dabartinio 1 euro, nusprendė sostinės savivaldybės taryba.",
               "Mėnesio bilieto kaina padidės nuo 29 iki 35 eurų, o moksleiviams ir studentams taikomos nuolaidos "
               "išliks tokios pačios kaip iki šiol.",
               "Savivaldybės duomenimis, už papildomas pajamas bus įsigyta penkiasdešimt naujų elektrinių autobusų ir "
               "atnaujinta bilietų sistema.",
           ]),
    "nl": ("3 oktober 2024, 12:17", "Aangepast 3 oktober 2024, 14:40",
           "Dijk bij Zwolle versterkt na ontdekking van lekkage", "Door Jorien van der Meer", [
               "Het waterschap heeft vannacht zandzakken gelegd langs een stuk dijk bij Zwolle, nadat medewerkers een "
               "lekkage hadden ontdekt tijdens een controle.",
               "Volgens het waterschap is er geen direct gevaar voor de bewoners van de wijk, die niet hoeven te "
               "vertrekken maar wel worden gevraagd alert te blijven.",
               "De dijk wordt de komende weken verder versterkt, en het waterschap onderzoekt hoe de lekkage kon "
               "ontstaan bij het hoge water van deze week.",
           ]),
    "pl": ("3 października 2024, 12:17", "Aktualizacja: 3 października 2024, 14:40",
           "Rada miasta zatwierdziła nowe ceny biletów komunikacji miejskiej", "Autor: Anna Kowalska", [
               "Od pierwszego listopada bilet jednorazowy w komunikacji miejskiej będzie kosztował więcej, "
               "zdecydowali w czwartek radni po długiej dyskusji.",
               "Cena biletu miesięcznego wzrośnie o kilka złotych, a zniżki dla uczniów i studentów pozostaną takie "
               "same jak do tej pory.",
               "Według urzędu miasta dodatkowe wpływy pozwolą kupić pięćdziesiąt nowych autobusów elektrycznych w "
               "ciągu najbliższych dwóch lat.",
           ]),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_revision_date_after_updated_is_not_the_publication_date(lang):
    published, updated, headline, byline, body = PAGES[lang]
    article = clean(["Menu", "Naujienos", published, updated, headline, byline, *body])
    assert article.title == headline
    assert article.published == "2024-10-03T12:17"
