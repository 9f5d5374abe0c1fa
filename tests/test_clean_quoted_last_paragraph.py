"""A short story signed at its end ("By NAME" under the last paragraph): a last paragraph that
is a quotation of two sentences ('"...," said NAME. "..."') is body, not a headline over a
byline. Page written for the test, as a Kenyan news site lays it out (date over the headline,
the picture's caption and credit, summary points, the byline at the end)."""

from __future__ import annotations

from tests.pasted import clean

HEADLINE = "Lake Nakuru water levels rise again, submerging park offices"
BODY = [
    "Rising water levels in Lake Nakuru have submerged the Kenya Wildlife Service headquarters at the national "
    "park, forcing staff to relocate to temporary offices in Nakuru town.",
    "The lake, which has been expanding steadily since 2010, has grown by an estimated 12 square kilometres since "
    "January following heavy long rains across the Rift Valley.",
    "Park warden Catherine Wanjiku said the main gate and two staff quarters were now under about a metre of water.",
    "Local hoteliers say bookings have fallen as tourists stay away from the park this season.",
]
LAST = ("\"The flamingos are what people come to see,\" said Peter Kamau, who runs a lodge near the park. "
        "\"Without them, we are struggling.\"")


def test_a_quoted_last_paragraph_over_the_byline_is_body():
    page = ["Nation", "News", "Counties", "Nakuru", "Wednesday, May 08, 2024", HEADLINE,
            "Lake Nakuru's rising waters have covered parts of the park's main gate. Photo credit: John Njoroge",
            "Summary", *BODY, LAST, "By Francis Mureithi", "fmureithi@example.com", "Advertisement", "Related",
            "Naivasha residents flee as lake bursts its banks", "Terms of use"]
    article = clean(page)
    assert article.title == HEADLINE
    assert article.byline == "Francis Mureithi"
    assert LAST in article.text
