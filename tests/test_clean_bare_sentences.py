"""A long sentence with none of its language's listed stop words is still prose, where a
language glues its function words on (Turkish, Finnish, Hungarian): a lead paragraph was cut
off as navigation, scored like a menu's row of names. Pages written for the test."""

from __future__ import annotations

import pytest

from tests.pasted import clean

TURKISH = [
    "Yüzlerce çiftçi pazartesi günü traktörleriyle Brüksel'in merkezine girerek AB tarım bakanlarının toplandığı binanın çevresindeki yolları kapattı.",
    "Birçoğu gece boyunca Fransa, Belçika ve Hollanda'dan yola çıkan protestocular, artan maliyetler ve ucuz ithalat nedeniyle zor durumda olduklarını söylüyor.",
    "Polis, Avrupa Parlamentosu yakınında lastik yakan bir grubu dağıtmak için tazyikli su kullandı ve birkaç kişi gözaltına alındı.",
    "Bakanlar, eleştirmenlere göre büyük işletmeleri küçük aile çiftliklerine karşı kayıran destek kurallarındaki değişiklikleri görüşüyor.",
]
FINNISH = [
    "Sadat maanviljelijät ajoivat maanantaina traktoreillaan Brysselin keskustaan ja tukkivat EU:n maatalousministerien kokouspaikan ympäröivät kadut.",
    "Mielenosoittajat, joista monet olivat matkustaneet yön aikana Ranskasta, Belgiasta ja Alankomaista, sanovat kustannusten nousun ja halvan tuonnin ajavan heidät ahdinkoon.",
    "Poliisi käytti vesitykkejä hajottaakseen ryhmän, joka sytytti renkaita palamaan Euroopan parlamentin lähellä, ja useita ihmisiä otettiin kiinni.",
    "Ministerit keskustelevat tukisääntöjen muutoksista, joiden arvostelijat sanovat suosivan suuria maatiloja pienten perhetilojen kustannuksella.",
]


@pytest.mark.parametrize("head, body, tail", [
    (["Gündem", "Dünya", "Ekonomi", "Spor", "Çiftçiler traktörlerle Brüksel'i kilitledi", "Ayşe Yılmaz",
      "26 Şubat 2024 18:25", "Paylaş"], TURKISH, ["İlgili Haberler", "Avrupa'da çiftçi protestoları yayılıyor"]),
    (["Uutiset", "Kotimaa", "Ulkomaat", "Talous", "Maanviljelijät tukkivat Brysselin kadut traktoreilla", "Matti Virtanen",
      "26.2.2024 18:25", "Jaa"], FINNISH, ["Lue myös", "Viljelijöiden mielenosoitukset leviävät Euroopassa"]),
])
def test_the_lead_without_a_listed_stop_word_stays(head, body, tail):
    article = clean([*head, *body, *tail])
    assert article.text.startswith(body[0])
    for paragraph in body:
        assert paragraph in article.text
    assert tail[-1] not in article.text
