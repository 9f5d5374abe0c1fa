"""Synthetic corpora for the benchmarks: N article files built from the seeds' sentences.

The first file is the first seed verbatim, so every run opens on the same text. The others
shuffle the seeds' body sentences (deterministically) under a seed's header and footer, so
the cleaner does real work on each.
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def make_corpus(folder: Path, count: int, seed: int = 7) -> Path:
    """Write `count` articles into folder (created); reuse it if it already holds them."""
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / f".complete-{count}"
    if marker.exists():
        return folder
    texts = _seed_texts()
    lines = [line for text in texts for line in text.split("\n") if len(line.split()) > 12]
    rng = random.Random(seed)
    width = len(str(count))
    for i in range(count):
        name = folder / f"{i:0{width}d}.txt"
        if i == 0:
            name.write_text(texts[0], encoding="utf-8")
            continue
        template = texts[i % len(texts)].split("\n")
        body = rng.sample(lines, k=min(len(lines), 8 + i % 10))
        name.write_text("\n".join(template[:3] + ["", *("\n".join((b, "")) for b in body)] + template[-4:]), encoding="utf-8")
    marker.write_text("")
    return folder


def make_long_article(path: Path, size: int = 1_000_000, seed: int = 3) -> Path:
    """One article of about `size` characters: paragraphs of the seeds' sentences, each
    paragraph a different mix (a repeated paragraph would be cleaned away as a duplicate)."""
    import sentencex

    texts = _seed_texts()
    sentences = [b["text"].strip() for text in texts for line in text.split("\n") if len(line.split()) > 12
                 for b in sentencex.get_sentence_boundaries("en", line) if len(b["text"].split()) > 5]
    rng = random.Random(seed)
    out, total, n = [], 0, 0
    while total < size:
        n += 1
        # Numbered in a sentence: a bare "(n)" at a paragraph's end reads as a link list's count.
        para = " ".join(rng.sample(sentences, k=3)) + f" That was point {n}."
        out.append(para)
        total += len(para) + 2
    path.write_text("\n\n".join(out), encoding="utf-8")
    return path


_HTML_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta name="author" content="{author}"><meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="2021-12-{day:02d}T10:00:00Z">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{title}"}}</script>
<script>{script}</script>
<style>body {{ font-family: serif; }} .nav a {{ margin: 0 4px; }}</style></head>
<body><header><div class="nav">{menu}</div><form><input name="q" placeholder="Search"></form></header>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<main><article><h1>{title}</h1><p class="byline">By {author}</p><time>December {day}, 2021</time>
{body}</article>
<aside><h3>Most read</h3><ul>{related}</ul></aside>
<section class="more"><h3>More from {outlet}</h3>{teasers}</section>
<div class="newsletter"><p>Sign up for our daily newsletter</p><input type="email"><button>Subscribe</button></div>
</main><footer><p>&copy; 2021 {outlet}. All rights reserved.</p><p>{menu}</p></footer></body></html>
"""


def make_html_corpus(folder: Path, count: int, seed: int = 5) -> Path:
    """`count` saved news pages (about 30 KB each): the seeds' sentences as the story, inside
    a page's furniture (scripts, menus, share buttons, related links and teasers, newsletter
    box, footer)."""
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / f".complete-html-{count}"
    if marker.exists():
        return folder
    texts = _seed_texts()
    lines = [line for text in texts for line in text.split("\n") if len(line.split()) > 12]
    rng = random.Random(seed)
    sections = ["World", "Politics", "Business", "Opinion", "Sport", "Culture", "Science", "Video"]
    outlets = ["The Daily Example", "Morning Ledger", "Evening Courier", "Wire Report"]
    width = len(str(count))
    for i in range(count):
        story = rng.sample(lines, k=min(len(lines), 8 + i % 12))
        related = rng.sample(lines, k=6)
        page = _HTML_PAGE.format(
            title=" ".join(story[0].split()[:9]), outlet=outlets[i % len(outlets)], author=f"Reporter {i % 37}",
            day=1 + i % 28, menu=" ".join(f'<a href="/{s.lower()}">{s}</a>' for s in sections),
            body="\n".join(f"<p>{html_escape(s)}</p>" for s in story),
            related="".join(f'<li><a href="/story/{k}">{html_escape(" ".join(r.split()[:10]))}</a></li>'
                            for k, r in enumerate(related)),
            teasers="".join(f'<div class="teaser"><a href="/t/{k}"><img src="/i/{k}.jpg" alt=""><h4>'
                            f'{html_escape(" ".join(r.split()[:8]))}</h4></a><p>{html_escape(r[:160])}</p></div>'
                            for k, r in enumerate(rng.sample(lines, k=12))),
            script="var cfg = {" + ",".join(f'"k{k}": "{rng.random():.12f}"' for k in range(300)) + "};")
        (folder / f"{i:0{width}d}.html").write_text(page, encoding="utf-8")
    marker.write_text("")
    return folder


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
