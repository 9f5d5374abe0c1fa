"""Find article files, read and decode them into :class:`Article` objects (not yet cleaned).

Decoding: UTF-8 (BOM dropped) first, else charset detection, so cp1252 text pasted from a
browser keeps its curly quotes. Line ends are normalised to LF. Binary and empty files are
skipped with a one-line warning; a missing path is an error.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path

from .models import Article, Kind
from .safe_read import file_kind, read_regular_file
from .safe_text import clean_control

SUFFIXES: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


class LoadError(Exception):
    """A problem with the paths the user gave: shown as one line, exit code 2."""


class Discovery:
    """Files found under the given paths, and the warnings met on the way.

    Paths and ids are plain strings: at 50,000 files, making Path objects alone took half a
    second before the first paint. (A plain class: a dataclass took a quarter of a
    millisecond to define, also before it.)
    """

    def __init__(self) -> None:
        self.paths: list[str] = []  # each file as found, in order
        self.ids: list[str] = []  # its article id (see _id_of)
        self.warnings: list[str] = []

    def files(self) -> list[tuple[Path, str]]:
        """(path, article id) of every file."""
        return [(Path(p), aid) for p, aid in zip(self.paths, self.ids)]


def discover(paths: list[Path], recursive: bool = False) -> Discovery:
    """List article files: a folder gives its article files sorted by name, a file gives itself.

    Raises LoadError for a path that does not exist, cannot be looked at (a name too long),
    or is neither a folder nor a regular file (a FIFO would hang, a device never end).
    """
    found = Discovery()
    seen: set[str] = set()
    for given in paths:
        mode = _mode(given)
        if stat.S_ISDIR(mode):
            folder = os.fspath(given)
            prefix = len(os.path.join(folder, ""))
            files = _walk(folder, recursive, found.warnings)
            # Every file found has a suffix: its id ends before the last dot. (Lists, not
            # pairs, and no call per file where ids need no change: 50,000 of them.)
            ids = [f[prefix:f.rfind(".")] for f in files]
            if os.sep != "/":
                ids = [_id_of(aid) for aid in ids]
        else:
            files, ids = [os.fspath(given)], [given.stem]
        if len(paths) == 1:  # one walk never finds a file twice
            found.paths, found.ids = files, ids
            break
        for file, aid in zip(files, ids):
            # abspath, not resolve(): no system call per file, which counts at 50,000 files.
            key = os.path.abspath(file)
            if key not in seen:
                seen.add(key)
                found.paths.append(file)
                found.ids.append(aid)
    return found


def _mode(given: Path) -> int:
    """The file type bits of a path the user gave (symlinks followed), or LoadError."""
    try:
        mode = os.stat(given).st_mode
    except FileNotFoundError:
        raise LoadError(f"{given}: no such file or folder") from None
    except OSError as exc:
        raise LoadError(f"{given}: {exc.strerror or exc}") from None
    if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
        raise LoadError(f"{given}: {file_kind(mode)}, not an article file or folder")
    return mode


def _walk(folder: str, recursive: bool, warnings: list[str]) -> list[str]:
    if not recursive:
        try:
            return _article_files(folder)
        except OSError:
            pass  # the loop below says which entry and why
    out: list[str] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        warnings.append(f"{folder}: cannot list folder ({exc.strerror or exc})")
        return out
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            # follow_symlinks for files only; folders via symlink could loop.
            if entry.is_dir(follow_symlinks=False):
                if recursive:
                    out.extend(_walk(entry.path, recursive, warnings))
            elif _suffix(entry.name) in SUFFIXES and entry.is_file():
                out.append(entry.path)
        except OSError as exc:
            warnings.append(f"{entry.path}: skipped ({exc.strerror or exc})")
    return out


def _article_files(folder: str) -> list[str]:
    """The article files of one folder, sorted by name: what the loop in _walk finds when not
    recursive, in one pass of comprehensions (a DirEntry answers is_file from the listing,
    without a system call but for symlinks). Half the time at 50,000 files, before the first
    paint. Raises OSError for anything the loop would warn about."""
    with os.scandir(folder) as entries:
        names = [entry.name for entry in entries if entry.is_file()]
    # A name without a dot gives its last character, never a suffix; ".x" names are hidden.
    names = sorted(n for n in names if n[0] != "." and n[n.rfind("."):].lower() in SUFFIXES)
    prefix = os.path.join(folder, "")
    return [prefix + name for name in names]


def _suffix(name: str) -> str:
    """The lowered suffix, as os.path.splitext gives it (at 50,000 files it took a tenth of a second)."""
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _id_of(stem: str) -> str:
    """A stable id: the path relative to the opened folder, without its suffix, / between folders."""
    return stem.replace(os.sep, "/") if os.sep != "/" else stem


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to (text, encoding name). Raises ValueError for data that is not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _normalise(data[3:].decode("utf-8", errors="replace")), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _normalise(data.decode("utf-16")), "utf-16"
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text, encoding = _detect(data)
    if _looks_binary(text):
        raise ValueError("binary file")
    return _normalise(text), encoding


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    sample = data[:200_000]
    best = from_bytes(sample).best()
    if best is None:
        raise ValueError("binary file")
    encoding = best.encoding
    # Short English pastes are ambiguous between the Western code pages; browsers on
    # Windows paste cp1252, so prefer it whenever it reads the bytes as cleanly.
    if encoding != "cp1252":
        western = from_bytes(sample, cp_isolation=["cp1252"]).best()
        if western is not None and western.chaos <= best.chaos + 0.01:
            encoding = "cp1252"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode(encoding, errors="replace"), encoding


# Control characters but the white space ones (\t \n \v \f \r): 0-8 and 14-31.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    # Counted by the regex engine: a loop in Python over 8 KB per file was most of the cost
    # of reading a folder's first hundred files (its furniture sample) before the first paint.
    controls = len(_CONTROL.findall(sample))
    # A stray NUL in a pasted page is tolerated; a file full of controls is not text.
    return controls / len(sample) > 0.05


def _normalise(text: str) -> str:
    """LF line ends, and no control character a terminal would obey (NUL included): the
    text of an article reaches the screen, so escape sequences in it must not."""
    if "\r" in text:  # most files have none: one scan says so, where two replaces scanned twice
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return clean_control(text)


def read_article(file: Path, article_id: str) -> Article:
    """Read one file into an uncleaned Article. Raises ValueError (empty/binary) or OSError."""
    return article_from_bytes(file, article_id, read_regular_file(file))  # no FIFO, device or oversized file: ValueError


def article_from_bytes(file: Path, article_id: str, data: bytes) -> Article:
    """An uncleaned Article from a file's path and bytes (nothing read from disk). Raises
    ValueError (empty/binary)."""
    if not data.strip():
        raise ValueError("empty file")
    text, encoding = decode(data)
    if not text.strip():
        raise ValueError("empty file")
    return Article(
        id=article_id,
        path=file,
        raw=text,
        sha256=hashlib.sha256(data).hexdigest(),
        kind=read_as(SUFFIXES.get(file.suffix.lower(), "text"), text),
        encoding=encoding,
    )


# A text file that is a saved page's source, or a Markdown clip given the name of a text file:
# its markup would reach the passages and exports as text ("**", link addresses, tags).
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_MARKDOWN_SIGNS = (re.compile(r"^#{1,6}[ \t]+\S", re.M),  # a heading
                   re.compile(r"\[[^\[\]\n]+\]\(\s*<?https?://"),  # a link
                   re.compile(r"(?:\*\*|__)\S[^*_\n]*\S(?:\*\*|__)"))  # strong emphasis
MARKDOWN_LINKS = 3  # this many links make a Markdown clip alone (a plain page has addresses, not "[text](...)")


def read_as(kind: Kind, text: str) -> Kind:
    """The kind a file is read as: a text file opening with an HTML document's tag is HTML, one
    with two of Markdown's signs (a heading, a link, strong emphasis) or three links is Markdown;
    any other file is what its name says."""
    if kind != "text":
        return kind
    head = text[:4096]
    if _HTML_START.match(head):
        return "html"
    heading, link, strong = _MARKDOWN_SIGNS
    links = len(link.findall(text))  # (the text read for links once: their count is a sign too)
    if links >= MARKDOWN_LINKS or (links > 0) + bool(heading.search(text)) + bool(strong.search(text)) >= 2:
        return "markdown"
    return kind


def load_articles(
    paths: list[Path], recursive: bool = False, clean: bool = True
) -> tuple[list[Article], list[str]]:
    """Discover, read and (by default) clean. Returns (articles, warnings).

    Raises LoadError when a path is missing or nothing readable was found.
    """
    found = discover(paths, recursive)
    warnings = list(found.warnings)
    articles: list[Article] = []
    for file, aid in found.files():
        try:
            article = read_article(file, aid)
        except ValueError as exc:
            warnings.append(f"{file}: skipped ({exc})")
            continue
        except OSError as exc:
            warnings.append(f"{file}: skipped ({exc.strerror or exc})")
            continue
        if clean:
            from .cleaner import clean_article

            clean_article(article)
        articles.append(article)
    if not articles:
        raise no_articles(paths, recursive)
    return articles, warnings


def no_articles(paths: list[Path], recursive: bool = False) -> LoadError:
    """The error for paths that hold nothing readable; it suggests --recursive when a
    folder given holds subfolders that were not searched."""
    where = ", ".join(str(p) for p in paths)
    message = f"{where}: no readable articles (.txt, .md, .html)"
    if not recursive and any(_has_subfolder(p) for p in paths):
        message += "; it has subfolders: add --recursive to read them"
    return LoadError(message)


def _has_subfolder(path: Path) -> bool:
    try:
        return path.is_dir() and any(e.is_dir() and not e.name.startswith(".") for e in os.scandir(path))
    except OSError:
        return False
