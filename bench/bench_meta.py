"""Plain-text metadata (title, byline, date) on cleaning-dev2: scores, failures and CPU cost.

    python bench/bench_meta.py [--shared ../shared] [--failures title|byline|date|all] [--html] [--english]

Scores as ``cleaning-dev2/score_meta.py`` does (title: word F1 >= 0.85 with the true title;
date: within a day; byline: names an author), over all pages and on each half of the
publishers (the fixed hash ``bench_clean.py`` splits them by: rules were studied on the
first half, the second is the nearest thing here to pages not seen). ``--failures`` lists
every page where a field is wrong, with what was chosen and the truth. The cost is the CPU
time of the metadata reader alone per page, best of five rounds, against the whole plain
cleaner's in the same run. ``--html`` scores the saved HTML pages instead (the markup's
metadata), also on publishers A-M and N-Z apart, without the cost rows. ``--english`` compares
cleaning-dev's plain-text title and byline with its saved HTML's (that set has no metadata
truth; the HTML's title is right on 0.97 of cleaning-dev2's pages): 91 mostly English pages
from other sites, to check a rule on pages it was not written for.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_clean import article, byline_ok, date_ok, half, load, meta_halves, title_ok  # noqa: E402
from tui.core.clean import blocks, metadata  # noqa: E402
from tui.core.clean.html import parse, pick_source, pick_title, read_page_meta  # noqa: E402
from tui.core.clean.lines import line_features_cache_clear  # noqa: E402
from tui.core.cleaner import clean_article  # noqa: E402

FIELDS = {"title": ("title", "title", title_ok), "date": ("published", "published", date_ok),
          "byline": ("authors", "byline", byline_ok)}


def scores(truth: dict[str, dict], got: dict, show: str | None) -> None:
    tally: dict[tuple[str, str], list[int]] = {}
    for pid, t in truth.items():
        a = got[pid]
        for name, (key, attr, ok) in FIELDS.items():
            if not t.get(key):
                continue
            right = bool(ok(t[key], getattr(a, attr)))
            for group in ("all", half(t["publisher"])):
                tally.setdefault((name, group), [0, 0])
                tally[(name, group)][0] += right
                tally[(name, group)][1] += 1
            if not right and show in (name, "all"):
                print(f"[{name}] {'A-M' if t['publisher'][:1].upper() <= 'M' else 'N-Z'} {pid} ({t['lang']})\n   truth: {t[key]!r}\n"
                      f"   chose: {getattr(a, attr)!r}")
    for group in ("all", "tuned-on half", "held-out half"):
        n = tally[("title", group)][1]
        print(f"{group:14s} ({n:3d} pages): " + ", ".join(
            f"{name} {tally[(name, group)][0] / tally[(name, group)][1]:.3f}" for name in FIELDS))


def cost(pages: dict[str, str]) -> None:
    """CPU ms a page of the metadata reader and of the whole plain cleaner, best of five."""
    spent = [0.0]
    extract = metadata.extract

    def timed(*args, **kwargs):
        start = time.process_time()
        try:
            return extract(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - start

    blocks.metadata.extract = timed  # type: ignore[attr-defined]
    best_meta = best_all = float("inf")
    try:
        for _ in range(5):
            line_features_cache_clear()
            spent[0] = 0.0
            start = time.process_time()
            for pid, raw in pages.items():
                blocks.clean_plain(article(pid, raw, "text"))
            best_all = min(best_all, time.process_time() - start)
            best_meta = min(best_meta, spent[0])
    finally:
        blocks.metadata.extract = extract  # type: ignore[attr-defined]
    n = len(pages)
    print(f"metadata reader {1000 * best_meta / n:.3f} ms/page CPU; whole plain cleaner {1000 * best_all / n:.3f}"
          f" ms/page ({100 * best_meta / best_all:.0f}%)")


def title_alone(truth: dict[str, dict], pages: dict[str, str]) -> str:
    """The title read from <title> alone, as on a page without OpenGraph, JSON-LD or <h1>:
    how well the site's name and furniture leave it."""
    right = 0
    for pid, raw in pages.items():
        page = read_page_meta(parse(raw))
        source = pick_source(page)
        page.meta = {k: v for k, v in page.meta.items() if k not in ("og:title", "twitter:title")}
        page.ld_headline, page.h1 = None, []
        right += bool(title_ok(truth[pid]["title"], pick_title(page, source)))
    return f"title from <title> alone: {right / len(pages):.3f} ({right} of {len(pages)})"


def against_html(folder: Path, show: bool) -> None:
    """cleaning-dev has no metadata truth: its plain-text titles and bylines are compared with
    the saved HTML page's (the markup's metadata, right on 0.97 of cleaning-dev2's titles), a
    check of a rule on 91 mostly English pages from other sites than cleaning-dev2's."""
    _, plain, html = load(folder)
    agree = {"title": [0, 0], "byline": [0, 0]}
    for pid, raw in plain.items():
        ours, theirs = clean_article(article(pid, raw, "text")), clean_article(article(pid, html[pid], "html"))
        for name, ok in (("title", lambda: title_ok(theirs.title, ours.title)),
                         ("byline", lambda: byline_ok([theirs.byline], ours.byline))):
            if getattr(theirs, name):
                right = bool(ok())
                agree[name][0] += right
                agree[name][1] += 1
                if show and name == "title" and not right:
                    print(f"[title] {pid[:12]} HTML: {theirs.title!r}\n   plain: {ours.title!r}")
    print("cleaning-dev, plain against saved HTML: " + ", ".join(
        f"{name} {k / n:.3f} ({k} of {n})" for name, (k, n) in agree.items()))


def main() -> None:
    parser = argparse.ArgumentParser()
    default = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT.parent / "shared")
    parser.add_argument("--shared", type=Path, default=default)
    parser.add_argument("--failures", choices=[*FIELDS, "all"])
    parser.add_argument("--html", action="store_true", help="score the saved HTML pages")
    parser.add_argument("--english", action="store_true",
                        help="cleaning-dev's plain title and byline against its saved HTML's (no truth there)")
    args = parser.parse_args()
    if args.english:
        against_html(args.shared / "cleaning-dev", args.failures in ("title", "all"))
        return
    truth, plain, html = load(args.shared / "cleaning-dev2")
    if args.html:
        got = {pid: clean_article(article(pid, raw, "html")) for pid, raw in html.items()}
        scores(truth, got, args.failures)
        print(f"by publisher: {meta_halves(truth, got)}")
        print(title_alone(truth, html))
        return
    got = {pid: clean_article(article(pid, raw, "text")) for pid, raw in plain.items()}
    scores(truth, got, args.failures)
    print(f"by publisher: {meta_halves(truth, got)}")
    cost(plain)


if __name__ == "__main__":
    main()
