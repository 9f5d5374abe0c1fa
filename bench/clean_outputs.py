"""The plain-text cleaner's whole output on the development sets, as one JSON file, so that a
change meant only to make it faster can be shown to change nothing:

    python bench/clean_outputs.py before.json --root /path/to/a/checkout/of/main
    python bench/clean_outputs.py after.json
    cmp before.json after.json

Per page: the body with and without metadata, the removed lines with their reasons, title,
byline, source, date, language and links. ``--root`` cleans with another checkout's code.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ("cleaning-dev", "cleaning-dev2")


def outputs(shared: Path) -> dict[str, dict]:
    from tui.core.clean.blocks import clean_plain
    from tui.core.cleaner import clean_article
    from tui.core.loader import decode
    from tui.core.models import Article

    out = {}
    for name in SETS:
        for path in sorted((shared / name / "plain").glob("*.txt")):
            raw = decode(path.read_bytes())[0]
            full = clean_article(Article(id=path.stem, path=path, raw=raw, sha256="", kind="text"))
            body = clean_plain(Article(id=path.stem, path=path, raw=raw, sha256="", kind="text"), with_metadata=False)
            out[f"{name}/{path.stem}"] = {
                "text": full.text, "title": full.title, "byline": full.byline, "source": full.source,
                "published": full.published, "language": full.language, "links": full.links,
                "removed": [(r.line, r.text, r.reason) for r in full.removed],
                "body": body.text, "body_removed": [(r.line, r.text, r.reason) for r in body.removed]}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose cleaner runs")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    sys.path.insert(0, str(args.root.resolve()))
    if not args.shared.is_dir():
        args.shared = ROOT.parent.parent / "shared"
    result = outputs(args.shared)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(result)} pages -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
