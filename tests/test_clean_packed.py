"""Boxes told by their layout, on small pages written for the test: a copied page puts a blank
line between the story's paragraphs and none between the lines of a fact box, so lines packed
together inside a story that spaces its paragraphs are a box, in any language; a story copied
without blank lines keeps every paragraph, and a paragraph glued to a label or a credit stays."""

from __future__ import annotations

from pathlib import Path

from tui.core.cleaner import clean_article
from tui.core.models import Article


def clean(text: str) -> Article:
    return clean_article(Article(id="t", path=Path("t.txt"), raw=text, sha256="", kind="text"))  # type: ignore[arg-type]


MENU = ["Hopp til innhold", "Nyheter", "Sport", "Kultur", "Søk"]
STORY = [
    "Artisten forteller i en ny podkast at hun følte seg svært ensom etter at hun fødte sitt andre barn midt "
    "under pandemien, da familien ikke kunne komme på besøk og kjæresten jobbet hele dagen.",
    "Etter et besøk på helsestasjonen, der hun ble bedt om å fylle ut et skjema, tydet resultatene på at hun "
    "hadde en fødselsdepresjon, noe hun selv ikke hadde tenkt på før da.",
    "Hun sier at mer hjelp fra familien og god oppfølging fra helsestasjonen gjorde underverker, og at hun i dag "
    "har det bra og ser tilbake på tiden med et smil, men også med litt vemod.",
    "Nå håper hun at flere mødre som kjenner seg igjen, tør å si fra tidlig, fordi hjelpen finnes og det ikke er "
    "noe å skamme seg over å trenge den i en slik periode av livet.",
]
FACTS = [
    "Fakta om fødselsdepresjon",
    "Fødselsdepresjon er en samlebetegnelse for ulike typer depressive plager under svangerskapet og etter fødselen.",
    "Om lag én av ti kvinner opplever depressive symptomer i forbindelse med graviditet og fødsel.",
    "Det er vanlig at tilstanden oppstår allerede i tredje trimester, selv om navnet sier noe annet.",
    "Kilde: Helsenorge",
]
FOOTER = ["Personvern", "Kontakt oss", "\u00a9 2024 Eksempel Medier"]


def test_a_fact_box_packed_between_spaced_paragraphs_leaves():
    text = "\n\n".join(MENU + STORY[:2] + ["\n".join(FACTS)] + STORY[2:] + FOOTER)
    article = clean(text)
    for paragraph in STORY:
        assert paragraph in article.text
    for line in FACTS[1:4]:
        assert line not in article.text


def test_a_story_copied_without_blank_lines_keeps_every_paragraph():
    article = clean("\n".join(MENU + STORY + FOOTER))
    for paragraph in STORY:
        assert paragraph in article.text


def test_a_paragraph_glued_to_an_ad_label_and_a_captioned_picture_stays():
    item, caption = STORY[2], "Artisten under en konsert i Oslo i fjor."
    text = "\n\n".join(MENU + STORY[:2] + [f"Advertisement\n{item}\n{caption}\nFoto: Kari Nordmann/NTB"] + STORY[3:]
                       + FOOTER)
    article = clean(text)
    assert item in article.text
    assert caption not in article.text


MORE = [
    "Byggearbeidene starter etter planen i august og skal etter avtalen med entreprenøren være ferdige innen "
    "utgangen av neste år, opplyser kommunen i en pressemelding.",
    "Kommunen regner med at prosjektet vil koste rundt 140 millioner kroner, noe som er omtrent ti prosent mer "
    "enn det bystyret la til grunn da saken ble vedtatt i fjor.",
    "Naboene er invitert til et informasjonsmøte i rådhuset neste uke, der de kan stille spørsmål om trafikk, "
    "støy og anleggsdrift i perioden arbeidet pågår.",
]


def test_a_story_spaced_now_and_then_keeps_the_paragraphs_it_packs():
    # (a blank line over fewer than half of them: the packing tells no box apart)
    text = "\n\n".join(MENU + STORY[:1] + ["\n".join(STORY[1:])] + ["\n".join(MORE)] + FOOTER)
    article = clean(text)
    for paragraph in STORY + MORE:
        assert paragraph in article.text



def test_three_paragraphs_packed_in_a_spaced_story_stay():
    # (most paragraphs spaced; three of them packed together, each a long sentence: no box's lines)
    text = "\n\n".join(MENU + STORY[:1] + ["\n".join(STORY[1:])] + MORE + FOOTER)
    article = clean(text)
    for paragraph in STORY + MORE:
        assert paragraph in article.text

def test_a_list_the_story_introduces_stays_with_the_paragraph_after_it():
    # (its items printed without bullets, a phrase each with no full stop: a box's headlines in shape)
    lead_in = ("Since precise forecasts are unlikely any time soon, researchers and disaster managers focus on "
               "reducing the damage. Measures that have shown promise include:")
    items = ["Denser networks of automatic rain gauges in hill districts, so that intense rain is detected within minutes",
             "Doppler radars positioned to see into the valleys where most damage occurs",
             "Keeping new construction away from stream banks and the paths of old debris flows",
             "Village-level warning systems, such as sirens linked to upstream gauges"]
    last = ("None of these will stop a cloudburst. But together they can buy people the few minutes that separate a "
            "frightening night from a fatal one.")
    story = ["When a hillside village is swept by a sudden flood during the monsoon, the event is often described as "
             "a cloudburst, a term that is used loosely but has a precise meaning for forecasters.",
             "Most cloudbursts in India happen in hilly terrain, where moist air is forced upward by the slopes and "
             "cools quickly, and the rain falls on a small area within an hour or less."]
    text = "\n\n".join(["Home", "Science", "What we know about cloudbursts", *story, lead_in, "\n".join(items), last,
                        "Tags:", "Monsoon", "Cloudburst"])
    kept = clean(text).text.split("\n\n")
    assert all(line in kept for line in [lead_in, *items, last])


def test_a_list_with_bullets_ending_the_story_stays():
    # (short items, each under the length of a paragraph, then the page's furniture)
    story = ["A forte chuva que atingiu a cidade entre a noite de segunda-feira e a manhã desta terça deixou mais de mil "
             "pessoas fora de casa, segundo o último boletim da Defesa Civil municipal.",
             "Em 24 horas, o pluviômetro instalado no Centro registrou 187 milímetros, quase o volume esperado para "
             "todo o mês de janeiro, e o rio subiu mais de quatro metros acima do nível normal."]
    lead_in = "De acordo com a Defesa Civil, os bairros com mais famílias fora de casa são:"
    items = ["- Vila Nova – cerca de 420 pessoas;", "- Baixada do Rio – cerca de 310 pessoas;",
             "- São Cristóvão – cerca de 260 pessoas;", "- Jardim Itaquari – cerca de 210 pessoas."]
    text = "\n\n".join(["Início", "Cidades", "Temporal deixa mil desalojados", *story, lead_in, "\n".join(items),
                        "Publicidade", "LEIA TAMBÉM:", "Frente fria traz mais chuva para toda a Serra até quinta-feira"])
    kept = clean(text).text.split("\n\n")
    assert all(line in kept for line in [*story, lead_in, *items])
