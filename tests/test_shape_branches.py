"""The boilerplate shapes written as their branches (:class:`tui.core.lazy_regex.LazyAny`)
find a line exactly when the one alternation they were written from does."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from tui.core.clean.shapes import SHAPES

# The shapes as one alternation each, as they were first written.
ALTERNATIONS = {
    "embed": r"(pic\.twitter\.com/|^\u2014\s.*\(@\w+\)\s+\w+ \d{1,2}, \d{4}$|^#\w+$|^\(?@\w+\)?$|instagram\.com/p/|"
             r"^a post shared by\b|^view this post on instagram$|^embed(ded)? (video|tweet)$)",
    "caption": r"(^(file|photo|image|pictured)\s*[-:\u2013\u2014]\s|\((ap|afp|reuters|getty|ap photo|photo)[/ :][^)]*\)\s*$|"
               r"(photo|image|illustration)s?\s*(by|:|credits?\s*:?|courtesy\s*:?)\s|pictures?\s+courtesy\s|\bgetty images\b|\bshutterstock\b|^caption:|^(photo|image) shows\s|^(?:photo|image|picture)s?\s+courtesy\b|"
               r"^\(?(fotos?|fot\u00f3|bild|\u0444\u043e\u0442\u043e|\u0441\u043d\u0438\u043c\u043a[\u0430\u0438]|\u0432\u0438\u0437\u0443\u0430\u043b\u0438\u0437\u0430\u0446\u0438\u044f|\u0c2b\u0c4a\u0c1f\u0c4b|\u0c2b\u0c4b\u0c1f\u0c4b|\u092b\u094b\u091f\u094b|\u099b\u09ac\u09bf|\u09ab\u099f\u09cb|\u0baa\u0bc1\u0b95\u0bc8\u0baa\u0bcd\u0baa\u0b9f\u0bae\u0bcd|\u0d2b\u0d4b\u0d1f\u0d4d\u0d1f\u0d4b|\u0aab\u0acb\u0a9f\u0acb|\u0a2b\u0a4b\u0a1f\u0a4b|\u0cab\u0ccb\u0c9f\u0ccb|\u0639\u06a9\u0633|\u062a\u0635\u0648\u06cc\u0631|\u062a\u0635\u0648\u064a\u0631|foto\u011fraf|\u03c6\u03c9\u03c4\u03bf\u03b3\u03c1\u03b1\u03c6\u03af\u03b1|\u05e6\u05d9\u05dc\u05d5\u05dd|\u1ea3nh)\s*:\s*\S|^fot\.\s+\S|(?<=[.!?] )fot\.\s+\S[^.!?]{0,40}$|[\[(]\s*\uc0ac\uc9c4\s*=|\snuotr\.$|^beeld\s*:?\s+(?-i:[A-Z])\S*(?:\s+\S+){0,4}$|"
               r"^(?-i:[A-Z])[\w'.-]*(?:\s+[\w'.-]+){0,3}\s*/\s*(?-i:AFP|AP|ANP|DPA|EPA|REUTERS|ANSA|EFE|PAP|BELGA|KEYSTONE|IMAGO|SIPA|MAXPPP)$|"
               r"^\(?(?:foto|photo)\s+(?:di|de|von)\s+(?-i:[A-Z])[\w'.-]+(?:\s+[\w'./-]+){0,3}\)?$|"
               r"^(?-i:Photos?)\s+(?:(?-i:[A-Z]{2,})[\w'./-]*|(?-i:[A-Z])[\w'-]*[./][\w'./-]*|(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'./-]*){1,2})$|"
               r"^(?-i:PHOTOS?\s+[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019.\- ]+\s*,\s*[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019.\- ]+)$|"
               r"^(?:credits?|picture|pic)\s*:\s*\S[^.!?]{0,40}$|^courtesy(?: of)?(?: the)? (?-i:[A-Z])[^.!?]{1,50}$|"
               r"^(?:photos?|images?|pictures?|fotos?)\s+/\s+\S[^.!?/]{0,40}$|"
               r"[\s\-\u2013\u2014(|](?:\u0c2b\u0c4a\u0c1f\u0c4b|\u0c2b\u0c4b\u0c1f\u0c4b|\u092b\u094b\u091f\u094b|\u099b\u09ac\u09bf|\u09ab\u099f\u09cb|\u0baa\u0bc1\u0b95\u0bc8\u0baa\u0bcd\u0baa\u0b9f\u0bae\u0bcd|\u0d2b\u0d4b\u0d1f\u0d4d\u0d1f\u0d4b|\u0aab\u0acb\u0a9f\u0acb|\u0a2b\u0a4b\u0a1f\u0a4b|\u0cab\u0ccb\u0c9f\u0ccb|\u0639\u06a9\u0633|\u062a\u0635\u0648\u06cc\u0631|\u062a\u0635\u0648\u064a\u0631|foto\u011fraf|\u03c6\u03c9\u03c4\u03bf\u03b3\u03c1\u03b1\u03c6\u03af\u03b1|\u05e6\u05d9\u05dc\u05d5\u05dd|\u1ea3nh)\s*:\s*[^:]{1,40}$|"
               r"\((?:file photo|file pic|\u092b\u093e\u0907\u0932 \u092b\u094b\u091f\u094b|\u0c2b\u0c48\u0c32\u0c4d \u0c2b\u0c4b\u0c1f\u0c4b|\u09ab\u09be\u0987\u09b2 \u099b\u09ac\u09bf)\)\s*$|"
               r"\((?:[\w'.&-]+\s+){1,4}(?:photo|photograph|pic)\)\s*$)",
}
# The patterns' words in odd cases and with the letters that fold to theirs under re.I
# (dotless and dotted i, long s), separators, word characters that end or join a word.
PIECES = ["photo", "PHOTOS", "Photo", "\u0131mage", "\u0130MAGE", "image", "illustration", "\u0131llustration", "getty images",
          "GETTY IMAGES", "\u017fhutterstock", "shutterstock", "Shutterstock", "x", "_", "1", " ", "\u00a0", ":", "by", "credit",
          "credits:", "(", ")", "AP", "afp", "reuters", "/", "ap photo", "\n", "\u00e9", "\u00df", "pic.twitter.com/",
          "PIC.TWITTER.COM/", "\u0131nstagram.com/p/", "instagram.com/p/", "@", "#", "\u2014", "file", "pictured", "-",
          "\u2013", "caption:", "foto", "Fotos", "Fot\u00f3", "FOT\u00d3", "bild", "\u0444\u043e\u0442\u043e", "a post shared by",
          "view this post on instagram", "embedded video", "embed tweet", "May 2, 2019", "(@abc)", "'", ".", "\u212a",
          "Beeld", "beeld ", "Jan", "ANP", "DPA", "dpa", " di ", " de ", "\u0421\u043d\u0438\u043c\u043a\u0430", "fot.", "Fot.",
          "nuotr.", "NUOTR.", "centro", "PHOTO ", "JANE DOE", ", ", " / ", "\u0c2b\u0c4b\u0c1f\u0c4b", "\u0a2b\u0a4b\u0a1f\u0a4b",
          "(file photo)", "(File Photo)", "Picture: ", "pic:", "Foto\u011fraf", "\u1ea2nh", "Courtesy of ", "courtesy ", "picture", "Pictures ", "Credit: NAME", "\u062a\u0635\u0648\u064a\u0631", "(Staff photo)", "Ledger staff ", "photograph)", "pic)", "&"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
def test_branches_find_what_the_alternation_finds(text):
    shapes = dict(SHAPES)
    for reason, pattern in ALTERNATIONS.items():
        assert bool(shapes[reason].search(text)) == bool(re.search(pattern, text, re.I)), (reason, text)


def test_each_branch_is_asked():
    caption, embed = dict(SHAPES)["caption"], dict(SHAPES)["embed"]
    for text in ("File - a crowd", "Bild: Name/dpa", "A photo by Jane Doe", "Leaders meet (AP Photo/Jane Doe)",
                 "Protesters in Paris. Getty Images", "Credit: Shutterstock", "PHOTO ROBERT SKINNER, LA PRESSE",
                 "Photo / Mere Tautahi", "\u0a2f\u0a3e\u0a24\u0a30\u0a40\u0964 -\u0a2b\u0a4b\u0a1f\u0a4b: \u0a35\u0a3f\u0a38\u0a3c\u0a3e\u0a32",
                 "Gates of the barrage (file photo)",
                 "Passengers wait at the port on Tuesday. Photo courtesy of PCG Bicol",
                 "Teknik direkt\u00f6r ma\u00e7 sonunda taraftarlar\u0131 selamlarken... (Foto\u011fraf: SporArena)", "Columnist Dana Whitfield. (Lakeshore Ledger staff photo)"):
        assert caption.search(text), text
    for text in ("pic.twitter.com/abc", "#tag", "see instagram.com/p/xyz", "Embedded video"):
        assert embed.search(text), text
    assert not caption.search("A telephotographer's day") and not caption.search("Notgetty images")
    assert not embed.search("A picture of a photo")


# The sign-up prompt's words in odd cases, with the letters that re.I and str.lower() fold
# differently (dotless i, dotted capital I, long s, the Kelvin sign) and German ones.
SIGN_UP_PIECES = ["subscribe", "SUBSCRIBE", "Sign In", "S\u0130GN \u0130N", "s\u0131gn \u0131n", "\u017fign up", "log in",
                  "LOGIN", "newsletter", "cookies", "\u212aostenlos testen", "Jederzeit K\u00fcndbar", "JEDERZEIT K\u00dcNDBAR",
                  "abonnieren", "Digitalabo", "ihrem abo", "download our app", "x", "_", "1", " ", "\u00e9", "\u00df", ".", "-"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(SIGN_UP_PIECES), max_size=6).map("".join))
def test_lowered_search_finds_what_the_pattern_under_re_i_finds(text):
    subscribe = dict(SHAPES)["subscribe"]
    assert bool(subscribe.search(text)) == bool(subscribe.folded.search(text)), text


def test_lowered_search_asks_re_i_where_lowering_parts_the_letters():
    subscribe = dict(SHAPES)["subscribe"]
    for text in ("S\u0130GN \u0130N today", "s\u0131gn \u0131n", "\u017fubscribe"):
        assert subscribe.search(text), text
    assert subscribe.search("Jetzt ABONNIEREN") and not subscribe.search("The subscriber base grew")
