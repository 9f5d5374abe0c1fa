"""Front matter, as web clippers and Markdown exports write it, gives the byline, date and site.

Pages written for the test: an Obsidian web clip (author as a list of "[[wiki links]]", a
"created" date of the clip besides the story's "published" one, the source as an address),
an inline author list, TOML front matter, and a page that only opens with a rule.
"""

from __future__ import annotations

from pathlib import Path

from tui.core.cleaner import REASONS, clean_article
from tui.core.models import Article

BODY = [
    "Russia and China have declared a partnership with no limits, as the two leaders met in Beijing on Friday.",
    "The joint statement opposed any further enlargement of Nato, a central demand of Moscow over Ukraine.",
    "Western leaders stayed away from the opening ceremony in a diplomatic boycott of the Games.",
]
SPACED = [BODY[0], "", BODY[1], "", BODY[2]]  # Markdown's paragraphs
CLIP = ["---", 'title: "Russia and China pledge partnership as Olympics open"',
        'source: "https://www.example.com/world/2022/feb/04/russia-china"', "author:", '  - "[[Jane Roe]]"',
        '  - "[[people/jd|John Doe]]"', "published: 2022-02-04", "created: 2022-02-05",
        'description: "Putin and Xi meet before the opening ceremony of the Winter Games"',
        "tags:", '  - "clippings"', "---"]


def clean(lines: list[str], kind: str = "markdown") -> Article:
    raw = "\n".join(lines)
    path = Path("page.md" if kind == "markdown" else "page.txt")
    return clean_article(Article(id="page", path=path, raw=raw, sha256="", kind=kind))  # type: ignore[arg-type]


def test_a_web_clip_s_front_matter_gives_byline_date_and_site():
    article = clean([*CLIP, "", *SPACED])
    assert article.title == "Russia and China pledge partnership as Olympics open"
    assert article.byline == "Jane Roe, John Doe"
    assert article.published == "2022-02-04"  # the story's date, not the clip's
    assert article.source == "example.com"
    assert article.text.split("\n\n") == BODY
    removed = {r.line: r.reason for r in article.removed}
    assert set(range(1, len(CLIP) + 1)) <= set(removed)  # every line of the block left the text
    assert removed[4] == removed[5] == removed[6] == "byline" and removed[7] == "dateline"
    assert removed[8] == removed[9] == "front-matter"
    assert set(removed.values()) <= REASONS


def test_a_clip_date_alone_is_not_the_story_s_date():
    page = ["---", "title: Russia and China pledge partnership", "created: 2022-02-05", "---", "", *SPACED]
    assert clean(page).published is None


def test_the_page_s_dateline_stands_when_the_front_matter_has_no_publication_date():
    page = ["---", "title: Russia and China pledge partnership", "created: 2022-02-05", "---", "",
            "# Russia and China pledge partnership", "", "4 February 2022", "", *SPACED]
    assert clean(page).published == "2022-02-04"


def test_the_page_s_dateline_stands_where_the_clip_date_was_read_first():
    # (a bold headline under the site's menu of links; its date the page's only other date)
    page = ["---", 'title: "潮見漁港の朝市、3年ぶり再開へ"', "clipped: 2025-03-09", "tags:", "  - 地域", "---", "",
            "- [ニュース](https://example.jp/list/news)", "- [地域](https://example.jp/list/local)", "",
            "**潮見漁港の朝市、3年ぶり再開へ　4月から毎週日曜**", "", "2025年3月8日 18:30", "",
            "潮見市の潮見漁港で、新型コロナウイルス禍や施設の老朽化で休止していた朝市が、4月から3年ぶりに再開される。"
            "市と漁協が8日、発表した。", "",
            "朝市には漁協の組合員や地元の農家など約20店が出店し、その日の朝に水揚げされた魚介類や野菜を販売する。", "",
            "市の担当者は「港ににぎわいを取り戻したい」と話している。"]
    assert clean(page).published == "2025-03-08T18:30"


def test_a_clips_excerpt_of_the_standfirst_above_the_menus_is_not_the_title():
    # (a clipper's template: "# Title | Site", the excerpt quoted, the page's menus, the headline
    # as a heading and the standfirst under it)
    headline = "Thunder Bay council adds $1.4 million to snow-clearing budget after residents\u2019 complaints"
    dek = "Residential streets will be plowed within 36 hours of a major snowfall under the new standard"
    page = ["---", "created: 2025-10-09T07:41:18", "author: ", "---", "", f"# {headline} | Lakehead Journal", "",
            "> ## Excerpt", f"> {dek}", "", "---", "", "- [News](https://example.ca/news/)", "- [Sports](https://example.ca/sports/)",
            "", f"# {headline}", "", dek, "", "Published Oct 07, 2025", "",
            "Thunder Bay city council voted Monday to add $1.4 million to the winter roads budget after a season of "
            "complaints about side streets left unplowed for days.", "",
            "Under the new standard, residential streets will be plowed within 36 hours of a snowfall of more than "
            "ten centimetres, down from 72 hours.", "",
            "The money will pay for two more graders and seasonal staff, the city's roads manager said."]
    assert clean(page).title == headline


def test_a_line_that_is_one_link_is_no_headline_over_the_bold_one():
    headline = "Boil water notice issued for parts of Canyon Springs after main break"
    page = ["- [News](https://example.com/news/)", "- [Weather](https://example.com/weather/)", "",
            "[Watch KVRN 7 News at 10 Live](https://example.com/live/)", "", f"**{headline}**", "",
            "By KVRN Staff", "", "Published October 2, 2025", "",
            "Residents in parts of Canyon Springs are being told to boil their water after a main break on Thursday "
            "afternoon, the city said.", "",
            "The notice covers homes north of 14th Street and will stay in place until tests come back clean, "
            "which could take two days.", "",
            "Crews expect to finish repairs overnight, a city spokesperson said."]
    assert clean(page).title == headline


def test_inline_author_list_and_a_site_name():
    page = ["---", "title: Russia and China pledge partnership", 'authors: ["Jane Roe", "John Doe"]',
            "site_name: The Daily Planet", 'date: "2022-02-04T09:30:00+01:00"', "---", "", *SPACED]
    article = clean(page, "text")
    assert (article.byline, article.source, article.published) == ("Jane Roe, John Doe", "The Daily Planet",
                                                                  "2022-02-04T09:30")


def test_toml_front_matter():
    page = ["+++", 'title = "Russia and China pledge partnership"', 'author = "Jane Roe"', "date = 2022-02-04", "+++",
            "", *SPACED]
    article = clean(page)
    assert (article.title, article.byline, article.published) == ("Russia and China pledge partnership", "Jane Roe",
                                                                 "2022-02-04")
    assert "+++" not in article.text and "author" not in article.text


def test_a_page_that_opens_with_a_rule_keeps_its_text():
    # A rule over prose, and another under it, is no front matter: none of the prose is taken.
    page = ["---", "", BODY[0], "", "Author: Jane Roe", "", BODY[1], "", "---", "", BODY[2]]
    article = clean(page)
    assert BODY[0] in article.text and BODY[1] in article.text and BODY[2] in article.text
    assert "front-matter" not in {r.reason for r in article.removed}


def test_an_inline_list_of_wiki_links_gives_each_name():
    # Obsidian writes a list on one line too; a wiki link's own comma ("Roe, Jane") is no separator.
    for authors, byline in (('["[[Jane Roe]]", "[[people/jd|John Doe]]"]', "Jane Roe, John Doe"),
                            ("[[[Roe, Jane]], [[John Doe]]]", "Roe, Jane, John Doe"),
                            ("[[people/jr|Jane Roe]]", "Jane Roe")):
        page = ["---", "title: Russia and China pledge partnership", f"author: {authors}", "---", "", *SPACED]
        article = clean(page)
        assert article.byline == byline
        assert "[" not in article.byline and article.text.split("\n\n") == BODY


def test_the_site_as_the_front_matters_author_gives_way_to_the_byline_the_page_prints():
    # "author: <the site>" over a page whose byline links its reporter ("... with AAP" after the
    # link); a title that reads as a sentence, with the site's name after a bar, over the
    # headline shown alone; the front matter is none of the story
    clip = ["---", 'title: "Shark sighting shuts Port Harlow beaches. Swimmers told to stay out | Coastwatch News"',
            'source: "https://www.coastwatchnews.com.au/news/local/shark-sighting/103345210"',
            "author: Coastwatch News", "published: 2025-01-22 14:15", "---"]
    headline = "Shark sighting shuts Port Harlow beaches. Swimmers told to stay out"
    article = clean([*clip, "", "- [Home](https://www.coastwatchnews.com.au/)", "", f"# {headline}", "",
                     "By [Liam Brennan](https://www.coastwatchnews.com.au/profile/liam-brennan) with AAP", "",
                     "Posted Wed 22 Jan 2025 at 2:15pm", "", *SPACED])
    assert (article.title, article.published) == (headline, "2025-01-22T14:15")
    assert article.byline.startswith("Liam Brennan")
    assert article.text.split("\n\n") == BODY
    # ...while a person named there stands
    assert clean([*clip[:3], "author: Jane Roe", *clip[4:], "", *SPACED]).byline == "Jane Roe"


def test_a_stated_title_with_the_site_after_a_bar_gives_way_to_the_headline_shown_alone():
    # The site's name is also the town's, which the story names: the headline the page shows
    # alone under its stated "Headline | Site" tells them apart. The quoted title reads as a
    # sentence, and the front matter stays out of the story.
    story = ["El Ayuntamiento de Almenara ha decretado este viernes la fase de alerta por sequ\u00eda, que proh\u00edbe "
             "regar jardines y llenar piscinas privadas hasta nuevo aviso.",
             "Los embalses que abastecen a Almenara est\u00e1n a menos de un tercio de su capacidad despu\u00e9s de un "
             "invierno con la mitad de la lluvia habitual en la comarca.",
             "La Polic\u00eda Local y los t\u00e9cnicos de la empresa municipal de aguas har\u00e1n inspecciones en las "
             "urbanizaciones y podr\u00e1n imponer multas a quienes incumplan las restricciones."]
    headline = "Almenara proh\u00edbe regar jardines y llenar piscinas por la sequ\u00eda"
    clip = ["---", f'title: "{headline} | La Voz de Almenara"',
            'source: "https://www.lavozdealmenara.es/almenara/2025/03/07/sequia-10293847.html"',
            "published: 2025-03-07T10:25:00+01:00", "---"]
    article = clean([*clip, "", "[La Voz de Almenara](https://www.lavozdealmenara.es/)", "", "MEDIO AMBIENTE", "",
                     f"# {headline}", "", "Almenara | 07/03/2025 - 10:25h", "", *"\n\n".join(story).split("\n")])
    assert article.title == headline
    assert article.text.split("\n\n") == story


def test_a_magazine_clip_its_credits_and_its_authors_box():
    # "Words by [NAME](...) · Photographs by NAME" under the headline, the site quoted as the
    # front matter's author; a bold "read also" label over a link and "### About the author" over
    # her bio under the story
    clip = ["---", 'title: "Russia and China pledge partnership as Olympics open"',
            'source: "https://www.thefieldfare.co.uk/features/russia-china"', 'author: "The Fieldfare"', "---"]
    bio = "Jane Roe is a writer based in west Cornwall. Her book about tidal islands is published by Example Press."
    article = clean([*clip, "", "# Russia and China pledge partnership as Olympics open", "",
                     "Words by [Jane Roe](https://www.thefieldfare.co.uk/contributors/jane-roe) \u00b7 Photographs by Tom Aske",
                     "", "13 February 2022", "", *SPACED[:2], "", "**READ ALSO:** [The Games open under a boycott]"
                     "(https://www.thefieldfare.co.uk/boycott)", "", *SPACED[2:], "", "### About the author", "", bio])
    assert (article.byline, article.published) == ("Jane Roe", "2022-02-13")
    assert article.text.split("\n\n") == BODY


def test_the_site_as_the_clips_author_gives_way_to_the_byline_its_copyright_line_tells_apart():
    # (the author field holds the site's name in a script no address spells; the page prints
    # the reporter's byline, and its copyright line names the site)
    clip = ["---", 'title: "东湖街道老旧小区加装电梯提速，年内计划新增120部"',
            'source: "https://www.jcwb.com.cn/bendi/2024-03/12/content_887341.html"', 'author: "江城晚报"',
            "published: 2024-03-12T08:15:00+08:00", "created: 2024-03-14", "---"]
    body = ["记者从东湖街道获悉，今年街道计划为辖区老旧小区新增加装电梯120部，目前已有46部完成审批。",
            "街道相关负责人表示，加装电梯工作将优先考虑老年住户较多的楼栋，并简化审批流程。",
            "据介绍，去年全街道共完成加装电梯78部，惠及住户一千余户。"]
    page = [*clip, "", "# 东湖街道老旧小区加装电梯提速，年内计划新增120部", "", "记者 王晓燕", "",
            "2024-03-12 08:15　来源：江城晚报", "", *"\n\n".join(body).split("\n"), "",
            "Copyright © 2024 江城晚报社 版权所有 未经书面授权禁止转载"]
    assert clean(page).byline == "王晓燕"
    # ...and a person named as the author stays the author
    named = [line.replace('author: "江城晚报"', 'author: "王晓燕"') for line in page]
    assert clean(named).byline == "王晓燕"


def test_a_chinese_stated_title_leaves_the_site_glued_on_by_an_underscore():
    # "Headline_Site", as Chinese pages title themselves; the clip states it, the heading shows the headline alone
    headline = "前5个月新能源汽车出口同比增长31.6%，东南亚市场成新增长点"
    body = ["海关总署6月17日发布的数据显示，今年前5个月，我国新能源汽车出口量达到96.4万辆，同比增长31.6%。",
            "从市场结构看，欧洲仍是我国新能源汽车最大的出口目的地，但占比已从去年同期的38%下降到29%。",
            "业内人士分析，部分车企调整了海外布局，将更多车型投向东南亚和中东市场。"]
    clip = ["---", f'title: "{headline}_华信财经网"', 'source: "https://www.example.com.cn/auto/content_88213457.html"',
            "published: 2025-06-18", "---", "", "[华信财经网](https://www.example.com.cn/) | [手机版](https://m.example.com.cn/)",
            "", f"# {headline}", "", "2025-06-18 10:26:41　来源：华信财经网", ""]
    article = clean([*clip, *"\n\n".join(body).split("\n")])
    assert article.title == headline
