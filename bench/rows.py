"""One result row per target: printed for people, and tagged so bench/run.py can gather
every benchmark's rows into one Markdown table (the one in bench/README.md and the README)."""

from __future__ import annotations

PREFIX = "ROW\t"


def row(what: str, measured: str, baseline: str = "", ratio: str = "", target: str = "", ok: bool | None = None) -> bool:
    """Print a result row; ok=None for a row without a target (scaling, reference)."""
    verdict = "" if ok is None else ("meets" if ok else "MISSES")
    print(f"{PREFIX}{what}\t{measured}\t{baseline}\t{ratio}\t{target}\t{verdict}", flush=True)
    return ok is not False


def parse(line: str) -> list[str] | None:
    if not line.startswith(PREFIX):
        return None
    cells = line[len(PREFIX):].rstrip("\n").split("\t")
    return (cells + [""] * 6)[:6]


def markdown(rows: list[list[str]]) -> str:
    head = "| what | measured | baseline | ratio | target | verdict |\n|---|---|---|---|---|---|\n"
    return head + "".join("| " + " | ".join(c.replace("|", "\\|") for c in r) + " |\n" for r in rows)
