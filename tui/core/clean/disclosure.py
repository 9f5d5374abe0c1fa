"""A site's affiliate disclosure: "If you buy something using links in our stories, we may earn
a commission" (or "... receive compensation"), "Kommt darüber ein Einkauf zustande, erhalten wir
eine Provision", "Cet article contient des liens d'affiliation". Page furniture in plain text and
saved HTML, in English, German, French, Spanish, Italian and Dutch.

The site itself (we, us, may) earns the commission, and the line speaks of a link, a purchase
or a product: a story's commission of inquiry, or an agent's commission on a sale, is no match.
The commission's word is found first and the few words before it read for who earns it: one
pattern over the whole line, lookaheads and all, cost a paragraph in Spanish or Italian (where
"comisión" and "commissione" are common words) a scan per character.
"""

from __future__ import annotations

import re

from ..lazy_regex import LazyPattern

_STEMS = ("ommissi", "omisi", "rovision", "ffili", "filiad", "ompensation")  # in every form the patterns match
_COMMISSION = LazyPattern(r"\b(?:commissions?|compensation|provision|comisi\u00f3n|comision|commissione|commissie)\b", re.I)
# Read on the text just before the commission's word: "we may earn (an affiliate)", "may earn us
# (a)", "erhalten wir (ggf.) eine", "nous pouvons percevoir une".
_EARNED = LazyPattern(r"(?:\b(?:we|us|nous|podemos|possiamo|potremmo|wij|may|might|can|could|pouvons|puede|pu\u00f2)"
                      r"(?:\W+\w+){0,2}?\W+(?:earn|receive|percevoir|recevoir|toucher|recibir|ganar|ricevere|ontvangen|"
                      r"verdienen)|\b(?:erhalten|bekommen|verdienen|ontvangen)\W+(?:wir|we|wij))\b(?:\W+\w+){0,3}?\W+$", re.I)
EARNED_REACH = 80  # characters before the commission's word
_BOUGHT = LazyPattern(r"\b(?:links?|purchase\w*|buy\w*|products?|retail\w*|shopping|booking|\w*kauf\w*|produkt\w*|klick\w*|"
                      r"click\w*|achat\w*|achet\w*|produits?|compra\w*|productos?|acquist\w*|prodott\w*|aankoop|koopt?|"
                      r"producten)\b", re.I)
_AFFILIATE_LINKS = LazyPattern(r"\b(?:this|these|our|dieser|diese|dieses|unsere|cet|ces|nos|este|esta|estos|questo|questa|"
                               r"questi|deze|dit)\b.{0,60}\b(?:affiliate[- ]?links?|liens? (?:d['\u2019]affiliation|affili\u00e9s)|"
                               r"enlaces de afiliad[oa]s|link (?:di affiliazione|affiliati)|provisions-?links?)\b|"
                               r"^(?:hinweis|disclosure|note|anzeige)\b.{0,20}\baffiliate", re.I)


def disclosure(text: str) -> bool:
    """Whether text is the site's affiliate disclosure."""
    if not any(stem in text for stem in _STEMS):  # (most text: no pattern runs)
        return False
    for m in _COMMISSION.finditer(text):
        if _EARNED.search(text, max(0, m.start() - EARNED_REACH), m.start()) and _BOUGHT.search(text):
            return True
    return _AFFILIATE_LINKS.search(text) is not None


class Disclosure:
    """:func:`disclosure` as a furniture shape's pattern (asked only for a match's truth)."""

    @staticmethod
    def search(text: str) -> bool:
        return disclosure(text)
