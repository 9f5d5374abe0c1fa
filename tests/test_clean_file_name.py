"""A file's name is evidence for the headline when it names the story; a section label of a
word or three that the name happens to hold ("local.txt", "LOCAL" over the headline) is not.
Pages written for the test."""

from __future__ import annotations

import pytest

from tui.core.cleaner import clean_article
from tui.core.loader import read_article

HEADLINE = "Sacramento council approves $48 million plan to rebuild aging Broadway bridge"
PAGE = [
    "Skip to main content", "Subscribe", "Log In", "Sections", "News", "Sports", "Politics", "Trending:",
    "Sacramento flooding", "Gas prices", "LOCAL", HEADLINE, "By Maria Delgado and Kevin Truong",
    "Updated March 14, 2024 6:42 PM", "Share", "Facebook", "Email",
    "The Sacramento City Council voted 7-2 on Thursday to spend $48 million rebuilding the Broadway Bridge, a "
    "1930s-era span that carries roughly 22,000 vehicles a day between downtown and West Sacramento.",
    "The project, which city engineers say will take about three years, replaces the bridge's deck and adds "
    "protected bike lanes on both sides. Construction is expected to begin in the spring of 2025.",
    "\"We have been patching this bridge for a decade,\" said a local councilmember who represents the district. "
    "\"At some point patching becomes the more expensive option.\"",
    "Terms of Use", "Privacy Policy",
]


@pytest.mark.parametrize("name", ["local.txt", "us_local.txt", "broadway-bridge.txt"])
def test_a_section_label_in_the_file_s_name_is_no_headline(tmp_path, name):
    path = tmp_path / name
    path.write_text("\n".join(PAGE), encoding="utf-8")
    assert clean_article(read_article(path, path.stem)).title == HEADLINE
