"""Record what ``specdiff ingest --format json`` gives for a set of PDFs, with both backends,
and compare two such records: the check that a PDF speed change leaves every line as it was.

    python scripts/pdf_lines.py dump OUT [PDF or folder ...]   # default: realdocs, corpus, captured
    python scripts/pdf_lines.py compare BEFORE AFTER

Each PDF gives ``OUT/<label>.<backend>.json``: the ingest JSON (source, warnings, lines) plus
the running lines taken out of the reading order (``furniture``), or the one-line error a
broken file gives. Test PDFs only exist while a test runs; scripts/capture_test_pdfs.py keeps
them.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BACKENDS = ("pdfium", "pdfplumber")


def record(path: Path, backend: str) -> dict[str, object]:
    from specdiff.errors import SpecdiffError
    from specdiff.ingest import read

    try:
        raw = read(path, name=path.name, pdf_backend=backend)
    except SpecdiffError as exc:
        return {"error": str(exc)}
    return {
        "source": raw.source.to_json(),
        "warnings": list(raw.warnings),
        "lines": [line.to_json() for line in raw.lines],
        "furniture": [line.to_json() for line in raw.furniture],
    }


def sources(args: list[str]) -> list[tuple[str, Path]]:
    roots = [Path(a) for a in args] or [
        SHARED / "realdocs",
        ROOT / "corpus",
        Path(tempfile.gettempdir()) / "specdiff-test-pdfs",
    ]
    out: list[tuple[str, Path]] = []
    for root in roots:
        files = sorted(root.rglob("*.pdf")) if root.is_dir() else [root]
        for path in files:
            out.append(
                (f"{root.name}__{str(path.relative_to(root) if root.is_dir() else path.name).replace('/', '__')}", path)
            )
    return out


def dump(out: Path, args: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for label, path in sources(args):
        for backend in BACKENDS:
            payload = record(path, backend)
            (out / f"{label}.{backend}.json").write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(list(out.glob('*.json')))} records in {out}")


def compare(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.glob("*.json")} | {p.name for p in after.glob("*.json")})
    bad = 0
    for name in names:
        a, b = before / name, after / name
        if not a.exists() or not b.exists():
            print(f"only in one: {name}")
            bad += 1
        elif a.read_bytes() != b.read_bytes():
            print(f"DIFFERENT: {name}")
            bad += 1
    print(f"{len(names)} records, {bad} different")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["dump"] and len(argv) >= 2:
        dump(Path(argv[1]), argv[2:])
        return 0
    if argv[:1] == ["compare"] and len(argv) == 3:
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
