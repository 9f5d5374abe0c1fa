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
        para = " ".join(rng.sample(sentences, k=3)) + f" ({n})"
        out.append(para)
        total += len(para) + 2
    path.write_text("\n\n".join(out), encoding="utf-8")
    return path
