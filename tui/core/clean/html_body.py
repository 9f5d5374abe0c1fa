"""The body of a saved page, from the extractor's paragraphs: what no extractor drops by itself.

- an ad slot's label ("ADVERTISEMENT", "Anzeige", "Publicidad") left where the ad was, and the
  page's affiliate disclosure ("we may earn a commission", :mod:`.disclosure`);
- a sponsor's content: a paragraph opening with its label ("Contenu sponsorisé..."), and a
  sponsor's card's text under its label and linked headline (:func:`sponsored_texts`);
- a consent banner's or a no-JavaScript notice's text, at any length;
- a short line of a box the plain cleaner's shapes know: a "read also" label left alone, a
  newsletter box's prompt, a picture's credit in a paragraph of its own, the note on the print
  edition under the story, a notice ("Listen to this article", "Loading..."), the heading
  or count of the readers' comments;
- a video player's length alone on its line ("03:08") and the video's title over it;
- a paragraph that is a link ("Read more: ...", a related story's headline, also as an item
  of a list, which the extractor writes after a dash) or a caption (shown only inside a
  figure): see :mod:`.html_lines`;
- a run of paragraphs the page says again (a consent notice in place of every embedded
  chart, the whole story a second time for another layout): the first copy stays;
- the headline (in any of the forms the markup gives it, with or without a kicker, or with a
  programme's name after a bar), the byline and a bare dateline ("Stand: 22.04.2024, 06:00
  Uhr") above the story, before its first long paragraph; the byline right under that one too.
"""

from __future__ import annotations

import re

from ..lazy_regex import LazyPattern
from ..models import Article
from .html_shown import LEAD_WORDS, said_again
from .dates import date_span
from .disclosure import disclosure
from .lines import features_of
from .promo_labels import ADVERTISEMENT_ALTERNATIVES, SPONSORED_LABELS
from .vocabulary import ENGLISH, tokens

# An ad slot's label, in the languages of the pages it is seen on.
# (and the ones the plain-text cleaner knows: "Dalsza część artykułu pod materiałem wideo", ...)
AD_LABEL = LazyPattern(r"^\W*(advertisement|advertising|ad|ads|sponsored|anzeige|werbung|publicidad|publicit\u00e9|"
                       r"pubblicit\u00e0|advertentie|annons|annonse|reklame|reklama|\u0440\u0435\u043a\u043b\u0430\u043c\u0430|"
                       r"\u5e83\u544a|\uad11\uace0|" + ADVERTISEMENT_ALTERNATIVES + r")\W*$", re.I)
RUN = 3  # paragraphs in a row that, said again, are a copy (one repeated line can be an interview's question)
HEADER = 8  # ...and there are at most this many of them


def body_paragraphs(text: str, article: Article, away: set[str], drop, titles=()) -> list[str]:
    """The extractor's paragraphs less the ones above; away: the page's link and caption lines;
    titles: what the page's markup calls the story besides ``article.title``."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    paragraphs = [p for p in paragraphs if p not in drop and p not in away and _unlisted(p) not in away
                  and not AD_LABEL.match(p) and not SPONSORED.match(p) and not disclosure(p)
                  and not _box_line(p, article.language == "en")]
    if any(map(DURATION.match, paragraphs)):
        paragraphs = _without_players(paragraphs)
    titles = [title for title in (article.title, *titles) if title]
    return _without_header(_without_copies(paragraphs), article, titles)


# A video's length alone on its line ("03:08", "2:13 min"): a player's, under the video's title
DURATION = LazyPattern(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?(?:\s*min\.?)?$", re.I)
PLAYER_TITLE_WORDS = 15  # the title over it is a headline's length


def _without_players(paragraphs: list[str]) -> list[str]:
    """The paragraphs less each video's length and the title over it (a headline: short, no full stop)."""
    gone = set()
    for i, paragraph in enumerate(paragraphs):
        if DURATION.match(paragraph):
            gone.add(i)
            above = paragraphs[i - 1] if i else ""
            if above and len(above.split()) <= PLAYER_TITLE_WORDS and not above.endswith((".", "\u3002")):
                gone.add(i - 1)
    return [p for i, p in enumerate(paragraphs) if i not in gone]


# A sponsor's content's label (:data:`.promo_labels.SPONSORED_LABELS`, and in more languages),
# alone or opening the paragraph: "Sponsored", "Contenu sponsorisé...", "Gesponsord" ...
SPONSORED = LazyPattern(r"^\W*(?:" + "|".join(map(re.escape, SPONSORED_LABELS + (
    "advertorial", "conte\u00fado patrocinado", "gesponsord", "informazione pubblicitaria", "publireportage", "sponsorowane",
    "sponzorov\u00e1no"))) + r")\W*(?=\w|$)", re.I)
CARD_TEXT_WORDS = 120  # a sponsor's card's text is at most a paragraph


def sponsored_texts(visible: list[str], linked: set[str]) -> set[str]:
    """The texts of sponsors' cards among the page's lines: under a sponsored label, after the
    card's linked headline if it has one, a paragraph (the extractor keeps it, label and link gone)."""
    out = set()
    for k, line in enumerate(visible[:-1]):
        if len(line.split()) <= 4 and (label := SPONSORED.match(line)) and label.end() == len(line):
            at = k + 2 if visible[k + 1] in linked and k + 2 < len(visible) else k + 1
            if len(visible[at].split()) <= CARD_TEXT_WORDS and visible[at] not in linked:
                out.add(visible[at])
    return out


def _unlisted(paragraph: str) -> str:
    """The paragraph without the dash the extractor writes before a list's item: the page
    shows the item's text alone (a related story's link in a list of them)."""
    return paragraph[2:] if paragraph.startswith(("- ", "* ")) else paragraph


BOX_LINE_WORDS = 12  # a "read also" label, a sign-up box's line or a picture's credit is this short
# (not a share bar's shape: "Share this information, please?" is a sentence of a story on cleaning-dev)
_BOX_SHAPES = frozenset(("read-also", "subscribe", "caption", "notice", "comments"))
# ...and a promo's line under one of the words that label one ("READ: <headline>", "Related: ..."),
# not under a label in capitals that may be a subheading's ("USA: Unschlagbar und immer besser")
PROMO_WORDS = 20  # the label and another story's headline
_PROMO_LABELS = frozenset(("related", "read", "read more", "read also", "also read", "see also", "watch", "listen",
                           "more", "recommended"))
NOTE_WORDS = 30  # ...and the note on the print edition, which quotes the headline printed there


def _box_line(paragraph: str, english: bool) -> bool:
    """A short paragraph the plain cleaner's line shapes call a box's: a "read also" label left
    alone ("Leggi anche"), a newsletter box's prompt, a picture's caption or credit outside a
    figure ("Image: NAME", "... 记者 王磊 摄"), a print-edition note or a player's notice; and
    a consent banner's or a no-JavaScript notice's text at any length. (The English stop words
    for an English page only: with them an English sentence that mentions registering stays
    the story's.)"""
    words = tokens(paragraph)
    if len(words) > NOTICE_WORDS:
        return False
    shape = features_of(paragraph, ENGLISH if english else _NONE, words)[3]
    if shape in _NOTICE_SHAPES:
        return True
    if shape == "promo":
        return len(words) <= PROMO_WORDS and paragraph.split(":", 1)[0].strip().lower() in _PROMO_LABELS
    return len(words) <= NOTE_WORDS and (shape == "print-headline" or (len(words) <= BOX_LINE_WORDS and shape in _BOX_SHAPES))


NOTICE_WORDS = 150  # a consent banner's text runs this long (the plain cleaner's cookie notice: 120)
_NOTICE_SHAPES = frozenset(("consent", "script"))


_NONE: frozenset[str] = frozenset()


def _without_copies(paragraphs: list[str]) -> list[str]:
    """Every run of RUN paragraphs that the page has shown before, whole, goes."""
    seen: set[tuple[str, ...]] = set()
    gone: set[int] = set()
    for i in range(len(paragraphs) - RUN + 1):
        run = tuple(paragraphs[i:i + RUN])
        if run in seen:
            gone.update(range(i, i + RUN))
        elif not gone.intersection(range(i, i + RUN)):
            seen.add(run)
    return [p for i, p in enumerate(paragraphs) if i not in gone] if gone else paragraphs


def _without_header(paragraphs: list[str], article: Article, titles: list[str]) -> list[str]:
    """The paragraphs before the story's first long one, less the headline, a labelled byline
    and a dateline; the labelled byline right under that first paragraph too."""
    out: list[str] = []
    for i, paragraph in enumerate(paragraphs[:HEADER]):
        if (_header(paragraph, article) or _dateline(paragraph)
                or any(said_again(paragraph, title) or _signed_title(paragraph, title) for title in titles)):
            continue
        if len(paragraph.split()) >= LEAD_WORDS:
            rest = paragraphs[i:]
            if len(rest) > 1 and _signed(rest[1], article):  # "Von NAME" under the standfirst
                rest = rest[:1] + rest[2:]
            return out + rest
        out.append(paragraph)
    return out + paragraphs[HEADER:]


DATELINE_WORDS = 2  # words beside the date on a dateline ("Stand:", "Updated", "Published on")


def _dateline(paragraph: str) -> bool:
    """A paragraph that is a date and a word or two ("Stand: 22.04.2024, 06:00 Uhr")."""
    if len(paragraph.split()) > 8:
        return False
    span = date_span(paragraph)
    return span is not None and len(tokens(paragraph[:span[0]] + " " + paragraph[span[1]:])) <= DATELINE_WORDS


SUFFIX_WORDS = 4  # the outlet's or programme's name after a title ("... | wdr aktuell")


def _signed_title(paragraph: str, title: str) -> bool:
    """The title with a short name after a bar or a dash: a video's or the page's own title."""
    for sep in (" | ", " \u2013 ", " - "):
        head, found, tail = paragraph.rpartition(sep)
        if found and 0 < len(tail.split()) <= SUFFIX_WORDS and _same(head, title):
            return True
    return False


def _header(paragraph: str, article: Article) -> bool:
    if article.title and _same(paragraph, article.title):
        return True
    return _signed(paragraph, article)


def _signed(paragraph: str, article: Article) -> bool:
    """The byline the page's markup gives, after its label ("Von NAME", "By NAME")."""
    if article.byline and len(paragraph.split()) <= 8 and article.byline.split(",")[0] in paragraph:
        from .byline_labels import BY_LABEL

        return bool(BY_LABEL.match(paragraph))
    return False


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
