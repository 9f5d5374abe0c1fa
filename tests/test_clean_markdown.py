"""Markdown read as Markdown: the cleaned text is prose (no emphasis, heading or link marks),
link addresses go to `links` with offsets into the text, the "# " heading is the title and
an italic byline is the byline."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tui.core.clean.markdown import join_markdown, plain_line
from tui.core.cleaner import clean_article
from tui.core.models import Article

PAGE = """[Skip to main content](https://example.com/#main)
[World](https://example.com/world) [Business](https://example.com/business) [Markets](https://example.com/markets)

# Leaders pledge closer ties after video call

*By Jane Doe and John Roe*

February 4, 2022 at 4:20 a.m.

The two leaders spoke for more than an hour by **video link** on Wednesday, officials in both capitals said.
They agreed to expand trade and to coordinate their positions at the [United Nations](https://un.org) in the coming months.

Analysts said the call was meant as a signal to _Washington_, which has been trying to isolate both governments.

![The two leaders on screens](https://example.com/photo.jpg)

"We have always maintained close communication," one of them said, according to the state broadcaster.

[Read more](https://example.com/more)
"""


def clean_md(text: str) -> Article:
    return clean_article(Article(id="t", path=Path("t.md"), raw=text, sha256="", kind="markdown"))


def test_markdown_marks_leave_the_text_and_links_keep_their_text():
    article = clean_md(PAGE)
    assert "video link" in article.text and "**" not in article.text
    assert "Washington," in article.text and "_Washington_" not in article.text
    assert "](" not in article.text and "https://" not in article.text
    assert "United Nations" in article.text
    assert article.links == [{"text": "United Nations", "url": "https://un.org",
                              "start": article.text.index("United Nations"),
                              "end": article.text.index("United Nations") + len("United Nations")}]
    assert "Read more" not in article.text
    assert article.to_json()["links"] == article.links


def test_markdown_heading_is_the_title_and_italic_byline_the_byline():
    article = clean_md(PAGE)
    assert article.title == "Leaders pledge closer ties after video call"
    assert article.byline == "Jane Doe and John Roe"
    assert article.published == "2022-02-04T04:20"
    assert not article.text.startswith("#")


def test_plain_line_forms():
    assert plain_line("## A **bold** and *italic* `code` ~~gone~~ heading ##")[0] == "A bold and italic code gone heading"
    assert plain_line("> - quoted [item](http://x.org \"title\")") == ("quoted item", [("item", "http://x.org", 7, 11)])
    assert plain_line("---") == ("", [])
    assert plain_line("snake_case_name and 2*3*4 stay")[0] == "snake_case_name and 2*3*4 stay"


WORD = st.text(alphabet="abcdefgh ", min_size=1, max_size=12).filter(lambda w: w.strip() == w and w)


@given(st.lists(st.tuples(WORD, st.one_of(st.none(), WORD)), min_size=1, max_size=6), st.integers(1, 3))
def test_link_offsets_point_at_the_link_text(parts, gap):
    raws = []
    for i, (text, link) in enumerate(parts):
        raws.append((i * gap + 1, f"{text} [{link}](https://e.org/{i})" if link else text))
    body, links = join_markdown(raws)
    for link in links:
        assert body[link["start"]:link["end"]] == link["text"]


def test_a_reference_link_in_the_heading_leaves_the_title_as_text():
    page = PAGE.replace("# Leaders pledge closer ties after video call", "# Leaders pledge closer ties after [UN] call")
    article = clean_md(page + "\n[UN]: https://un.org\n")
    assert article.title == "Leaders pledge closer ties after UN call"
    assert clean_md(page).title == "Leaders pledge closer ties after [UN] call"  # no definition: a bracket, kept


def test_a_links_address_counts_no_words_of_a_related_link_between_paragraphs():
    # (a long address made a promo line of two dozen "words", furniture heavy enough to cut
    # the story's last two paragraphs off under it)
    story = ["Yalıkent Belediyesi, Yalıkent İskelesi ile Çamlıbel Mahallesi arasındaki sahil şeridinde 4 kilometrelik "
             "yeni bir bisiklet yolu yapımına başladı. Proje kapsamında mevcut yürüyüş yolu genişletilecek.",
             "Çalışmaları yerinde inceleyen Belediye Başkanı Nurcan Akgül, sahilde özellikle akşam saatlerinde yayalar "
             "ile bisikletliler arasında sık sık kazalar yaşandığını söyledi.",
             "Yaklaşık 38 milyon liraya mal olacak projede sahil boyunca 12 bisiklet park alanı, 6 içme suyu çeşmesi ve "
             "yeni aydınlatma direkleri de yer alacak. Çalışmalar sırasında sahil yolunun bazı bölümleri dönüşümlü "
             "olarak trafiğe kapatılacak.",
             "Belediye yetkilileri, hava koşullarına bağlı olarak çalışmaların 2024 yılı haziran ayında tamamlanmasının "
             "planlandığını belirtti."]
    page = "\n\n".join(["[Ana Sayfa](https://www.egeekspres.com.tr/) [Yerel](https://www.egeekspres.com.tr/yerel)",
                        "**Yalıkent sahiline 4 kilometrelik yeni bisiklet yolu**", "Elif Demirtaş / DHA",
                        "28.11.2023 - 11:24", *story[:2],
                        "**İlgili Haber:** [Yalıkent'te sahil düzenlemesi için ihale yapıldı]"
                        "(https://www.egeekspres.com.tr/yalikent/sahil-duzenlemesi-ihale-h47590.html)",
                        "Reklam", *story[2:],
                        "Etiketler: [bisiklet yolu](https://www.egeekspres.com.tr/etiket/bisiklet-yolu)",
                        "### Yorumlar"])
    assert clean_md(page).text.split("\n\n") == story
