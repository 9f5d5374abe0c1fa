"""Cleaning quality and speed on the development set, against jusText in the same run.

    python bench/bench_clean.py [--dev ../shared/cleaning-dev]

Prints F1 (the benchmark's metric: 4-word shingles, precision over pages with output,
recall over pages with truth) for plain text and saved HTML, pages per second, and the
speed ratio against jusText run on the same lines.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.core.clean_text import _line_features  # noqa: E402
from tui.core.cleaner import clean_article  # noqa: E402
from tui.core.loader import decode  # noqa: E402
from tui.core.models import Article  # noqa: E402

TOKEN = re.compile(r"\w+")
TARGET_PLAIN, TARGET_HTML, TARGET_SPEEDUP = 0.90, 0.95, 5.0


def shingles(text: str, n: int = 4) -> Counter:
    toks = TOKEN.findall(text or "")
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i:i + n])


def f1_score(truth: dict[str, str], pred: dict[str, str]) -> float:
    """The scorer's metric (shared/cleaning-dev/score.py), reimplemented to run in-process."""
    ps, rs = [], []
    for pid, body in truth.items():
        t, p = shingles(body), shingles(pred.get(pid, ""))
        tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
        if tp + fp + fn == 0:
            continue
        if tp + fp > 0:
            ps.append(1.0 if fp == fn == 0 else tp / (tp + fp))
        if tp + fn > 0:
            rs.append(1.0 if fp == fn == 0 else tp / (tp + fn))
    p, r = statistics.mean(ps), statistics.mean(rs)
    return 2 * p * r / (p + r)


def article(pid: str, text: str, kind: str) -> Article:
    return Article(id=pid, path=Path(pid), raw=text, sha256="", kind=kind)  # type: ignore[arg-type]


ROUNDS = 9  # interleaved, best of each: both sides warm, and bursts of noise mostly gone


def timed(run) -> tuple[dict[str, str], float]:
    _line_features.cache_clear()  # no head start from an earlier round
    start = time.perf_counter()
    out = run()
    return out, time.perf_counter() - start


def compare_speed(pages: dict[str, str]) -> tuple[dict[str, str], float, dict[str, str], float]:
    """Our cleaner and jusText on the same lines, alternating, best time of each."""
    import justext

    stoplist = justext.get_stoplist("English")
    documents = {pid: "<html><body>" + "".join(f"<p>{_escape(line)}</p>" for line in text.split("\n") if line.strip())
                 + "</body></html>" for pid, text in pages.items()}

    def ours() -> dict[str, str]:
        return {pid: clean_article(article(pid, text, "text")).text for pid, text in pages.items()}

    def theirs() -> dict[str, str]:
        return {pid: "\n\n".join(p.text for p in justext.justext(html, stoplist) if not p.is_boilerplate)
                for pid, html in documents.items()}

    t_ours, t_theirs = [], []
    for _ in range(ROUNDS):
        out_ours, t = timed(ours)
        t_ours.append(t)
        out_theirs, t = timed(theirs)
        t_theirs.append(t)
    return out_ours, min(t_ours), out_theirs, min(t_theirs)


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "cleaning-dev")
    args = parser.parse_args()
    if not (args.dev / "truth.jsonl").exists():
        print(f"no development set at {args.dev}: skipped")
        return 0
    truth = {r["id"]: r["body"] for r in map(json.loads, (args.dev / "truth.jsonl").read_text(encoding="utf-8").splitlines())}
    plain = {p.stem: decode(p.read_bytes())[0] for p in sorted((args.dev / "plain").glob("*.txt"))}
    html = {p.name.split(".")[0]: decode(gzip.decompress(p.read_bytes()))[0] for p in sorted((args.dev / "html").glob("*.html.gz"))}

    ours, t_ours, theirs, t_just = compare_speed(plain)
    f1_plain, f1_just = f1_score(truth, ours), f1_score(truth, theirs)
    html_out, t_html = timed(lambda: {pid: clean_article(article(pid, text, "html")).text for pid, text in html.items()})
    f1_html = f1_score(truth, html_out)
    speedup = t_just / t_ours
    n = len(plain)
    ok = f1_plain >= TARGET_PLAIN and f1_html >= TARGET_HTML and speedup >= TARGET_SPEEDUP
    print(f"pages: {n} plain, {len(html)} html")
    print(f"plain text  F1 {f1_plain:.3f}  (target >= {TARGET_PLAIN}; jusText on the same lines {f1_just:.3f})")
    print(f"saved HTML  F1 {f1_html:.3f}  (target >= {TARGET_HTML})")
    print(f"speed       {n / t_ours:,.0f} pages/s, {1000 * t_ours / n:.2f} ms/page; jusText {1000 * t_just / n:.2f} ms/page"
          f" -> {speedup:.1f}x faster (target >= {TARGET_SPEEDUP:.0f}x)")
    print(f"HTML        {len(html) / t_html:,.0f} pages/s (trafilatura)")
    print("meets all targets" if ok else "MISSES a target")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
