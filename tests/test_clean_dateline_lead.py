"""A lead that opens with its dateline in capitals ("SHAH ALAM: Seramai 240 mangsa ...", as
Malaysian, Indian and Singaporean papers write it) is the story's first paragraph, not a
promo labelled "WATCH:" or "VIDEO:". Page written for the test, in Malay."""

from __future__ import annotations

from tests.pasted import clean

LEAD = ("SHAH ALAM: Seramai 240 mangsa daripada 63 keluarga dipindahkan ke dua pusat pemindahan sementara "
        "selepas banjir kilat melanda beberapa kawasan di sini, petang semalam.")
BODY = [
    "Hujan lebat selama hampir tiga jam bermula jam 4 petang menyebabkan air naik secara mendadak di beberapa "
    "seksyen, dengan paras air di beberapa lokasi mencecah satu meter.",
    "Pengarah pertahanan awam negeri berkata pasukannya dikerahkan sejurus menerima panggilan kecemasan daripada "
    "penduduk yang terperangkap di rumah mereka.",
    "Mangsa ditempatkan di dewan serbaguna dan sekolah berhampiran, manakala bekalan makanan disediakan oleh "
    "pejabat daerah dan pertubuhan sukarela.",
]
PROMOS = ["WATCH: Police Bodycam Shows The Moment The Flood Hit The Town Centre",
          "VIDEO: People In The Valley Are Rebuilding After The Storm. Here Is How."]


def test_a_lead_opening_with_its_dateline_is_the_story_and_labelled_promos_are_not():
    page = ["Berita", "Nasional", "240 mangsa banjir kilat dipindahkan ke PPS di Shah Alam", "Oleh Ahmad Suhael Adnan",
            "April 18, 2024 @ 7:15am", LEAD, *BODY, *PROMOS, "Hakcipta terpelihara"]
    article = clean(page)
    assert article.text.startswith(LEAD)
    for promo in PROMOS:
        assert promo not in article.text


def test_a_lead_opening_with_its_dateline_and_a_name_in_camel_case_is_no_card():
    # "The TransPeshawar company": capitals after small letters inside a word, as a card's
    # headline glued to its summary reads ("...SchoolsThe city council"); the dateline says lead
    lead = ("PESHAWAR: The TransPeshawar company on Monday announced an increase of up to Rs10 in bus fares, citing the "
            "rising cost of fuel and spare parts.")
    body = ["The company said the new fares would take effect from next week on all routes of the rapid bus service in "
            "the city, including the feeder routes.",
            "Passengers and traders criticised the decision, saying the service had become the only affordable way to "
            "travel across the city for many families.",
            "A spokesman said the company had absorbed higher costs for months and could no longer run the buses "
            "without raising the fares."]
    page = ["Home", "Pakistan", "Peshawar bus fares go up by Rs10", "Our Correspondent", "Published March 4, 2025",
            lead, *body, "Copyright 2025 Example News"]
    assert clean(page).text.startswith(lead)
