"""Loading: discovery, decoding (UTF-8, BOM, cp1252, UTF-16), line ends, binary and empty files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.loader import LoadError, decode, discover, load_articles, read_article

CURLY = "He said \u201cno\u201d \u2014 it\u2019s over."


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_utf8_with_bom_is_dropped(tmp_path):
    f = write(tmp_path / "a.txt", b"\xef\xbb\xbf" + CURLY.encode("utf-8"))
    article = read_article(f, "f")
    assert article.raw == CURLY
    assert not article.raw.startswith("\ufeff")


def test_cp1252_paste_keeps_curly_quotes(tmp_path):
    text = ("The minister\u2019s \u201cdiplomatic boycott\u201d was \u2018unfortunate\u2019, officials said. " * 5).strip()
    f = write(tmp_path / "a.txt", text.encode("cp1252"))
    article = read_article(f, "f")
    assert article.raw == text
    assert article.encoding == "cp1252"


def test_utf16_with_bom(tmp_path):
    f = write(tmp_path / "a.txt", CURLY.encode("utf-16"))
    assert read_article(f, "f").raw == CURLY


def test_crlf_and_cr_normalised(tmp_path):
    f = write(tmp_path / "a.txt", b"one\r\ntwo\rthree\n")
    assert read_article(f, "f").raw == "one\ntwo\nthree\n"


def test_empty_and_whitespace_files_are_rejected(tmp_path):
    for name, data in (("e.txt", b""), ("w.txt", b"  \n\t\n")):
        with pytest.raises(ValueError, match="empty"):
            read_article(write(tmp_path / name, data), "f")


def test_binary_file_is_rejected(tmp_path):
    data = bytes(range(256)) * 40
    with pytest.raises(ValueError, match="binary"):
        read_article(write(tmp_path / "b.txt", data), "b")


def test_stray_nul_is_tolerated_and_removed(tmp_path):
    f = write(tmp_path / "a.txt", b"A long sentence about the summit\x00 in Beijing.\n")
    assert read_article(f, "f").raw == "A long sentence about the summit in Beijing.\n"


def test_sha256_is_of_the_bytes_on_disk(tmp_path):
    import hashlib

    data = "\ufeffCaf\u00e9\r\n".encode("utf-8")
    f = write(tmp_path / "a.txt", data)
    assert read_article(f, "f").sha256 == hashlib.sha256(data).hexdigest()


def test_discover_sorts_by_name_and_filters_suffixes(tmp_path):
    for name in ("b.txt", "a.md", "c.html", "d.htm", "e.pdf", ".hidden.txt", "notes.json"):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "z.txt").write_text("x")
    names = [f.name for f, _ in discover([tmp_path]).files()]
    assert names == ["a.md", "b.txt", "c.html", "d.htm"]
    names = [f.name for f, _ in discover([tmp_path], recursive=True).files()]
    assert names == ["a.md", "b.txt", "c.html", "d.htm", "z.txt"]


def test_article_ids_are_relative_paths_without_suffix(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "story.txt", b"Some words here.")
    [(file, aid)] = discover([tmp_path], recursive=True).files()
    assert aid == "sub/story" and read_article(file, aid).id == "sub/story"
    [(file, aid)] = discover([tmp_path / "sub" / "story.txt"]).files()
    assert aid == "story"


def test_symlink_loop_does_not_hang(tmp_path):
    write(tmp_path / "a.txt", b"A sentence of text.")
    os.symlink(tmp_path, tmp_path / "loop")
    files = discover([tmp_path], recursive=True).files()
    assert [f.name for f, _ in files] == ["a.txt"]


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(LoadError, match="no such file or folder"):
        discover([tmp_path / "nope"])


def test_folder_without_articles_is_an_error(tmp_path):
    write(tmp_path / "empty.txt", b"")
    with pytest.raises(LoadError, match="no readable articles"):
        load_articles([tmp_path])


def test_skipped_files_are_warned_about(tmp_path):
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "good.txt", b"The leaders met in Beijing on Friday to talk about the Games.")
    articles, warnings = load_articles([tmp_path])
    assert [a.path.name for a in articles] == ["good.txt"]
    assert len(warnings) == 1 and "empty.txt" in warnings[0] and "empty" in warnings[0]


def test_seeds_all_load(seeds_dir):
    articles, warnings = load_articles([seeds_dir])
    assert [a.id for a in articles] == sorted(p.stem for p in seeds_dir.glob("*.txt"))
    assert warnings == []
    assert all(a.text for a in articles)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_decode_roundtrips_any_utf8_text(text):
    try:
        decoded, _ = decode(text.encode("utf-8"))
    except ValueError:
        return  # judged binary: acceptable only for control-heavy input
    expected = text[1:] if text.startswith("\ufeff") else text  # a leading BOM is dropped
    expected = expected.replace("\r\n", "\n").replace("\r", "\n")
    # No control character a terminal would obey survives (NUL, ESC, C1, DEL ...); tab and LF do.
    assert decoded == "".join(c for c in expected if c in "\t\n" or not (ord(c) < 32 or 0x7F <= ord(c) <= 0x9F))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_never_raises_anything_but_valueerror(data):
    try:
        text, _ = decode(data)
    except ValueError:
        return
    assert "\r" not in text and "\x00" not in text


STORY_LINES = ["The council met on Tuesday to discuss the budget, and the members agreed that the plan needed more work.",
               "Officials said the decision would be reviewed next month, after the public had a chance to comment."]


def _read_cleaned(tmp_path, name: str, text: str):
    from tui.core.cleaner import clean_article

    (tmp_path / name).write_text(text, encoding="utf-8")
    return clean_article(read_article(tmp_path / name, "page"))


def test_a_text_file_holding_a_saved_page_is_read_as_html(tmp_path):
    html = ("<!DOCTYPE html>\n<html><head><title>Council delays vote</title></head><body><article>"
            "<h1>Council delays vote</h1>" + "".join(f"<p>{line}</p>" for line in STORY_LINES) + "</article></body></html>")
    article = _read_cleaned(tmp_path, "page.txt", html)
    assert article.kind == "html"
    assert article.title == "Council delays vote"
    assert STORY_LINES[0] in article.text and "<p>" not in article.text


def test_a_text_file_holding_a_markdown_clip_is_read_as_markdown(tmp_path):
    clip = "\n\n".join(["# City council delays vote", "By **Jane Doe**",
                        STORY_LINES[0].replace("the budget", "the [budget](https://example.com/budget)"), STORY_LINES[1]])
    article = _read_cleaned(tmp_path, "page.txt", clip)
    assert article.kind == "markdown"
    assert article.title == "City council delays vote"
    assert STORY_LINES[0] in article.text and "https://" not in article.text
    assert [link["url"] for link in article.links] == ["https://example.com/budget"]


def test_a_plain_page_with_an_address_and_a_hash_stays_plain(tmp_path):
    page = "\n\n".join(["Council delays vote", STORY_LINES[0] + " See https://example.com/budget.", "# 1 in the charts",
                        STORY_LINES[1]])
    assert _read_cleaned(tmp_path, "page.txt", page).kind == "text"
    assert _read_cleaned(tmp_path, "page.md", page).kind == "markdown"  # (a name that says Markdown is taken at its word)
