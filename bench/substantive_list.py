"""List each pair's substantive changes compactly, to read them by hand.

``python -m bench.substantive_list DIR [PAIR ...] [--width N] [--all]`` reads the diff JSON files
that ``score_snippets.py --save-json DIR`` keeps (one ``<pair>.json`` per pair, contract
specdiff/diff/v1) and prints, per pair, one block per substantive change: its op, the pass that
matched it, its reasons and both sides' text, shortened. The snippet scorer only sees its
snippets; reading every flag is how the precision of the flags on unseen pairs is judged, and a
compact listing keeps that reading to minutes. ``--all`` lists editorial changes too (marked
``ed``) so a missed change can be looked for; ``--reason REGEX`` keeps the changes with a
matching reason ("moved", "words changed").
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any


def _side(refs: list[dict[str, Any]], width: int) -> str:
    text = " | ".join(ref["text"] for ref in refs)
    return text if len(text) <= width else text[: width - 1] + "…"


def describe(change: dict[str, Any], width: int) -> list[str]:
    """The lines that show one change."""
    mark = "S " if change["substantive"] else "ed"
    reasons = "; ".join(change.get("reasons", []))
    head = f"{mark} {change['op']:<9} {change.get('match') or '-':<8} [{change.get('section')}] {reasons}"
    lines = [head[: width + 40]]
    if change["old"]:
        lines.append("     - " + _side(change["old"], width))
    if change["new"]:
        lines.append("     + " + _side(change["new"], width))
    return lines


def list_pair(path: Path, width: int, show_all: bool, reason: str | None = None) -> tuple[int, list[str]]:
    """The number of substantive changes of one saved diff and the lines listing them (only those
    with a reason matching ``reason`` when given)."""
    diff = json.loads(path.read_text(encoding="utf-8"))
    lines: list[str] = []
    count = 0
    for number, change in enumerate(diff["changes"]):
        if change["op"] == "unchanged":
            continue
        if change["substantive"]:
            count += 1
        elif not show_all:
            continue
        if reason and not any(re.search(reason, r) for r in change.get("reasons", [])):
            continue
        described = describe(change, width)
        described[0] = f"{number:>3} {described[0]}"
        lines.extend(described)
    return count, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("pairs", nargs="*", help="pair names such as 102-103 (default: all)")
    parser.add_argument("--width", type=int, default=150)
    parser.add_argument("--all", action="store_true", help="list editorial changes too")
    parser.add_argument("--reason", help="only changes with a reason matching this regular expression")
    args = parser.parse_args(argv)
    paths = sorted(args.folder.glob("*.json"))
    if args.pairs:
        paths = [path for path in paths if path.stem in set(args.pairs)]
    for path in paths:
        count, lines = list_pair(path, args.width, args.all, args.reason)
        print(f"== {path.stem}: {count} substantive")
        for line in lines:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
