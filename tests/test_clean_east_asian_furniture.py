"""Captions, credits and promos in Chinese, Japanese, Korean and Turkish pages: a picture's
credit in the script's own form, a reprint notice, a "read also" after a pointer. Pages
written for the test."""

from __future__ import annotations

import pytest

from tests.pasted import clean
from tests.test_clean_furniture_words import JA
from tests.test_metadata_labels_south_east import TURKISH
from tests.test_metadata_scripts import KOREAN_BODY, ZH_BODY


@pytest.mark.parametrize("head, body, furniture", [
    # a caption with its credit in brackets, "[사진=서울시 제공]" (photo = given by)
    (["홈", "사회", "서울시, 심야 자율주행버스 3개 노선 추가"], KOREAN_BODY,
     ["지난 11일 밤 서울 강남역 정류장에서 자율주행버스가 승객을 태우고 있다. [사진=서울시 제공]"]),
    # "image source: ..." after the caption's sentence, and "read also" after a pointer
    (["首页", "新闻", "两国领导人视频通话 同意扩大贸易"], ZH_BODY,
     ["两国领导人通过视频连线会谈。图片来源：新华社", "►延伸閱讀：两国贸易额创新高"]),
    # a picture's label and its caption ending "..., NAME撮影" (photographed)
    (["ホーム", "社会", "老朽化した橋、架け替えへ　市議会が可決"], JA,
     ["写真・図版", "架け替えが決まった橋＝2025年3月12日午前、市内、中村美咲撮影"]),
    # a caption closed by when and where, in full-width brackets: "(the 2nd, 4 p.m., at ...)"
    (["ホーム", "社会", "老朽化した橋、架け替えへ　市議会が可決"], JA, ["土砂で埋まった国道19号（2日午後4時、木曽町福島で）"]),
    # ...or by "＝" and the day, where and when: "...＝29日午後10時ごろ、潮見市本町"
    (["ホーム", "社会", "老朽化した橋、架け替えへ　市議会が可決"], JA, ["のれんを下ろす小林正男さん（右）と妻の和子さん＝29日午後10時ごろ、潮見市本町"]),
    # Turkish "it may interest you: <headline>"
    (["Ana Sayfa", "Spor", "Körfez Basketbol, Süper Lig'e yükseldi"], TURKISH,
     ["İlginizi Çekebilir: Çamlıkent'te iskele yenileme çalışmaları tamamlandı"]),
])
def test_captions_credits_and_promos_inside_the_story_leave_it(head, body, furniture):
    article = clean([*head, *body[:2], *furniture, *body[2:], "\u00a9 2025"])
    assert article.text.split("\n\n") == body


def test_a_reprint_notice_under_the_story_leaves_it():
    notice = "本文为岭南科技观察原创，转载请注明出处。"
    article = clean(["首页", "科技", "两国领导人视频通话 同意扩大贸易", *ZH_BODY, notice, "相关阅读"])
    assert notice not in article.text
    assert {r.text: r.reason for r in article.removed}[notice] == "copyright"


def test_a_copyright_statement_and_reviewer_under_the_story_leave_it():
    # "without the paper's written authorisation" (words between "without" and "authorisation"),
    # and the reviewer's label under the editor's
    notice = "【版权声明】凡注明“来源：江南晨报”的所有作品，版权均属江南晨报社所有，未经本报书面授权，不得转载、摘编或以其他方式使用。"
    article = clean(["首页", "新闻", "两国领导人视频通话 同意扩大贸易", *ZH_BODY, "责任编辑：陆晓雯", "审核：张建华", notice])
    assert article.text.split("\n\n") == ZH_BODY
    assert {r.text: r.reason for r in article.removed}[notice] == "copyright"


def test_a_traditional_chinese_copyright_notice_by_not_rather_than_without_leaves_it():
    # "not authorised" (非經授權) as Taiwan's sites print it, where the mainland's say "without" (未经)
    notice = "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。"
    signed = "（編輯：陳慧萍）1130522"  # ...under the editor's sign-off in brackets, with the day
    article = clean(["首頁", "新聞", "兩國領導人視訊通話 同意擴大貿易", *ZH_BODY, signed, notice, "文章標籤"])
    assert article.text.split("\n\n") == ZH_BODY
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons[notice] == "copyright" and reasons[signed] == "byline"  # (an editor's credit, as "Editing by NAME")


def test_a_caption_whose_credit_is_followed_by_the_day_is_no_headline():
    # Taiwan's credit, "reporter NAME shot", then the day in the Republic's years (113 = 2024)
    caption = "國科會副主委陳俊良（中）22日在記者會上說明AI算力中心規劃。寶島社記者林宜君攝 113年5月22日"
    headline = "國科會拍板AI算力中心 首期投入逾新台幣百億元"
    article = clean(["首頁", "政治", "科技", headline, "寶島社記者林宜君", "2024/05/22 14:35（5/22 16:02 更新）",
                     "Facebook", "LINE", caption, *ZH_BODY])
    assert article.title == headline
    assert {r.text: r.reason for r in article.removed}[caption] == "caption"
