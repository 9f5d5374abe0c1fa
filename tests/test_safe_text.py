"""clean_control removes what a terminal would obey and keeps everything else."""

from hypothesis import given, strategies as st

from tui.core.safe_text import clean_control, clean_line, has_control

HOSTILE = "a\x1b]0;PWNED\x07b\x1b]52;c;cHduZWQ=\x07c\x1b[2Jd\x9b31me\x7ff\x00g\r"


def test_escape_sequences_lose_their_controls():
    out = clean_control(HOSTILE)
    assert out == "a]0;PWNEDb]52;c;cHduZWQ=c[2Jd31mefg"
    assert not has_control(out)


def test_tab_newline_and_unicode_kept():
    s = "tab\there\nnew line — “quotes” 中文 עברית \u200b emoji 🎉"
    assert clean_control(s) is s


def test_clean_line_makes_one_line():
    assert clean_line("a\tb\nc\r\x1b[2Jd") == "a b c [2Jd"


@given(st.text())
def test_no_control_survives_and_others_kept(s):
    out = clean_control(s)
    assert not any(
        (ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F for c in out
    )
    assert out == "".join(
        c for c in s if not ((ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F)
    )
    assert clean_control(out) == out


def test_theme_names_in_the_help_keep_no_control_characters():
    from rich.console import Console

    from tui.ui.screens.help import key_table

    console = Console(width=80, force_terminal=False, color_system=None, record=True)
    console.print(key_table("reader", ["Ukraine" + HOSTILE]))
    shown = console.export_text()
    assert "Ukrainea]0;PWNEDb]52;c;cHduZWQ=c[2Jd31mefg" in shown
    assert not has_control(shown.replace("\n", ""))
