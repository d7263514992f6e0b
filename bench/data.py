"""What the bench reads: the seed pair, realdocs PDFs, synthetic pairs and a 200-page PDF.

Synthetic pairs come from ``../shared/eval/perturb.py --seed 1 --scale S`` and are kept in a
cache folder between runs (the same arguments always give the same bytes; ``--scale 300`` takes
most of an hour to generate). The 200-page PDF is set from the ``--scale 100`` text by fpdf2.
The corpus documents are ``perturb.py --count N`` pairs, each side given a code and a date.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SPECDIFF_SHARED", ROOT.parent / "shared"))
SEEDS = (SHARED / "seeds" / "nys-cms-hbe-2018.txt", SHARED / "seeds" / "nys-cms-hbe-2024-tentative.txt")
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "specdiff-bench"


def realdoc_pdfs() -> list[Path]:
    return sorted((SHARED / "realdocs").glob("*.pdf"))


def synthetic_pair(cache: Path, scale: int) -> Path:
    """Folder with old.txt, new.txt and gold.json for ``--seed 1 --scale scale`` (made if absent)."""
    folder = cache / f"scale{scale}" / "001"
    if not (folder / "gold.json").exists():
        print(f"bench: generating the --scale {scale} pair into {folder.parent} (slow, once)", file=sys.stderr)
        cmd = [sys.executable, str(SHARED / "eval" / "perturb.py"), "--seed", "1", "--scale", str(scale)]
        subprocess.run([*cmd, "--out", str(folder.parent)], check=True, stdout=subprocess.DEVNULL)
    return folder


def normal_pairs(cache: Path, count: int) -> list[Path]:
    """``count`` normal-sized synthetic pairs (seeds 1..count, 12 edits each) for quality figures."""
    out = cache / "normal"
    folders = [out / f"{seed:03d}" for seed in range(1, count + 1)]
    if not all((f / "gold.json").exists() for f in folders):
        cmd = [sys.executable, str(SHARED / "eval" / "perturb.py"), "--seed", "1", "--count", str(count)]
        subprocess.run([*cmd, "--out", str(out)], check=True, stdout=subprocess.DEVNULL)
    return folders


def long_pdf(cache: Path, pages: int = 200) -> Path:
    """A ``pages``-page PDF of synthetic standards (made once from the --scale 100 pair's text)."""
    path = cache / f"long{pages}.pdf"
    if not path.exists():
        from .pdfgen import make_long_pdf

        text = (synthetic_pair(cache, 100) / "old.txt").read_text(encoding="utf-8")
        make_long_pdf(text, path, pages=pages)
    return path


def corpus_inbox(out: Path, docs: int) -> list[Path]:
    """``docs`` files (two versions per series) in ``out/inbox``, reused if already there.

    Each pair from ``perturb.py --seed 1 --count docs/2`` gets its own occupation code (the seed's
    codes would join every series) and a printed date under it, "3/2019" for the old side and
    "6/2023" for the new, so the corpus can identify and order every file. The date goes at the
    top: a text export's last lines may be read as its footer block (furniture), date and all.
    """
    pairs = docs // 2
    inbox = out / "inbox"
    stamp = inbox / ".layout-2"  # bumped when the way files are written changes
    files = sorted(inbox.glob("*.txt")) if stamp.exists() else []
    if len(files) == pairs * 2:
        return files
    shutil.rmtree(inbox, ignore_errors=True)
    inbox.mkdir(parents=True)
    raw = out / "perturb"
    if not (raw / f"{pairs:03d}").exists():
        perturb = SHARED / "eval" / "perturb.py"
        if not perturb.exists():
            raise SystemExit(f"{perturb} is absent: the bench needs ../shared/eval/perturb.py")
        shutil.rmtree(raw, ignore_errors=True)
        cmd = [sys.executable, str(perturb), "--seed", "1", "--count", str(pairs), "--out", str(raw)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    for i, pair in enumerate(sorted(p for p in raw.iterdir() if p.is_dir())[:pairs]):
        code = f"{9_000_000 + i}"
        for side, date in (("old", "3/2019"), ("new", "6/2023")):
            body = (pair / f"{side}.txt").read_text(encoding="utf-8")
            body = re.sub(r"\b\d{7}\b", code, body)
            text = f"Occ. Code {code}\n\nDate: {date}\n\n{body.rstrip()}\n"
            (inbox / f"{pair.name}-{side}.txt").write_text(text, encoding="utf-8")
    stamp.touch()
    return sorted(inbox.glob("*.txt"))
