"""Record and compare specdiff's outputs on every shared document, to show a change of speed
changed nothing else: document JSON of every seed, realdocs and corpus file, diff JSON of the
realdocs pairs (MANIFEST's pairs and the snippet-gold pairs of eval/gold-real).

    python scripts/output_identity.py record OUT            # with the code under test
    PYTHONPATH=/path/to/other/tree python scripts/output_identity.py record BASE
    python scripts/output_identity.py compare BASE OUT      # exit 1 on any difference
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
# MANIFEST.md's pairs worth diffing (old, new); the rest come from eval/gold-real's file names.
MANIFEST_PAIRS = [
    ("031", "032"), ("034", "035"), ("036", "037"), ("039", "040"), ("032", "033"), ("025", "028"),
    ("046", "047"), ("010", "011"), ("012", "013"), ("014", "015"), ("016", "017"), ("018", "019"),
]  # fmt: skip


def inputs() -> list[Path]:
    seeds = sorted(p for p in (SHARED / "seeds").iterdir() if p.suffix != ".md" or p.name != "README.md")
    real = sorted(p for p in (SHARED / "realdocs").iterdir() if p.name != "MANIFEST.md")
    corpus = sorted(
        p
        for p in (ROOT / "corpus").rglob("*")
        if p.is_file() and p.name not in ("document.json", "specdiff-corpus.json") and ".specdiff" not in p.parts
    )
    return [*seeds, *real, *corpus]


def pairs() -> list[tuple[Path, Path]]:
    by_number = {p.name[:3]: p for p in (SHARED / "realdocs").iterdir() if p.name[:3].isdigit()}
    numbered = list(MANIFEST_PAIRS)
    for gold in sorted((SHARED / "eval" / "gold-real").glob("*-*.json")):
        a, _, b = gold.stem.partition("-")
        numbered.append((a, b))
    return [(by_number[a], by_number[b]) for a, b in numbered if a in by_number and b in by_number]


def record(out: Path) -> int:
    import specdiff

    (out / "doc").mkdir(parents=True, exist_ok=True)
    (out / "diff").mkdir(parents=True, exist_ok=True)
    docs = {}
    for path in inputs():
        name = "__".join(path.relative_to(ROOT if ROOT in path.parents else SHARED).parts)
        try:
            doc = specdiff.load(path)
        except specdiff.SpecdiffError as exc:
            (out / "doc" / f"{name}.error").write_text(f"{exc}\n", encoding="utf-8")
            continue
        docs[path] = doc
        (out / "doc" / f"{name}.json").write_text(specdiff.render(doc, "json"), encoding="utf-8")
    for old, new in pairs():
        diff = specdiff.compare(docs[old], docs[new])
        target = out / "diff" / f"{old.name[:3]}-{new.name[:3]}.json"
        target.write_text(specdiff.render(diff, "json"), encoding="utf-8")
    print(f"recorded {len(docs)} documents and {len(pairs())} diffs in {out} with {specdiff.__file__}")
    return 0


def compare(base: Path, out: Path) -> int:
    names = sorted({p.relative_to(base) for p in base.rglob("*") if p.is_file()})
    names += sorted({p.relative_to(out) for p in out.rglob("*") if p.is_file()} - set(names))
    differ = [n for n in names if not (base / n).exists() or not (out / n).exists()]
    differ += [n for n in names if n not in differ and (base / n).read_bytes() != (out / n).read_bytes()]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(names) - len(differ)} of {len(names)} outputs identical")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("record").add_argument("out", type=Path)
    both = sub.add_parser("compare")
    both.add_argument("base", type=Path)
    both.add_argument("out", type=Path)
    args = parser.parse_args()
    return record(args.out) if args.command == "record" else compare(args.base, args.out)


if __name__ == "__main__":
    sys.exit(main())
