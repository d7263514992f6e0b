"""The corpus beside the work it does: ``corpus add`` against reading, parsing and comparing the
same files in one process without a corpus (issue 19).

300 synthetic documents, two versions of each of 150 standards (``bench.data.corpus_inbox``),
added in shuffled order to an empty corpus. The anchor is a fresh process that reads and parses
every file and compares each version with the one before it in its series, as ``add`` must (it
counts the changes between neighbouring versions); the pairs are the ones the corpus itself
forms (read from an untimed first ``add``), so both do the same reading, parsing and comparing.
What ``add`` does beyond that (hashing, identification, writing document.json atomically, the
index, the lock, loading documents back to compare them) is the corpus's own cost.

``--jobs 1`` is judged on CPU seconds, like the rest of the bench. ``--jobs 2`` can only be judged
on wall time (its pool workers are children of a fork server, whose CPU ``getrusage`` never sees),
so the anchor's wall time is taken beside it, in the same repetition, and the load average is
printed: on a shared machine a second core is free only some of the time.
"""

from __future__ import annotations

import itertools
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .data import corpus_inbox
from .measure import Timing, repeat_process
from .ours import specdiff_command

DOCS = 300

# The work without a corpus: read + parse every file, compare each version with the one before.
ANCHOR = """
import json, sys
from specdiff.diff import compare
from specdiff.ingest import read
from specdiff.parsers import parse
paths, pairs = json.loads(sys.argv[1])
docs = [parse(read(path)) for path in paths]
for old, new in pairs:
    compare(docs[old], docs[new])
"""


def corpus_pairs(root: Path, order: list[str]) -> list[tuple[int, int]]:
    """(old, new) positions in ``order`` of each version and the one before it in its series, as
    the corpus at ``root`` filed them (version folders sort in publication order here: every
    file carries its own date)."""
    where = {Path(path).name: i for i, path in enumerate(order)}
    pairs = []
    for series in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        versions = sorted(v for v in series.iterdir() if (v / "document.json").exists())
        names = [_original_name(v / "document.json") for v in versions]
        pairs += [(where[a], where[b]) for a, b in itertools.pairwise(names)]
    return pairs


def _original_name(document: Path) -> str:
    name: str = json.loads(document.read_text(encoding="utf-8"))["corpus"]["original_name"]
    return name


def _corpus(*args: str) -> list[str]:
    return [*specdiff_command(), "corpus", "--corpus", *args]


def measure(cache: Path, repeat: int) -> dict[str, Timing | int]:
    """Timings of the anchor and of each corpus command (fresh processes), ``repeat`` times each,
    interleaved so that each repetition sees the same machine."""
    files = corpus_inbox(cache / "corpus", DOCS)
    order = [str(p) for p in files]
    random.Random(7).shuffle(order)
    runs: dict[str, list[Timing]] = {k: [] for k in ("anchor", "add1", "add2", "again", "reindex")}
    with tempfile.TemporaryDirectory(prefix="specdiff-bench-corpus-") as tmp:
        root = str(Path(tmp) / "corpus")
        subprocess.run(_corpus(root, "init"), check=True, capture_output=True)
        subprocess.run(_corpus(root, "add", "--jobs", "2", *order), check=True, capture_output=True)
        pairs = corpus_pairs(Path(root), order)
        anchor_cmd = [sys.executable, "-c", ANCHOR, json.dumps([order, pairs])]
        for _ in range(repeat):
            runs["anchor"].append(repeat_process(anchor_cmd, 1))
            for jobs in (1, 2):
                shutil.rmtree(root, ignore_errors=True)
                subprocess.run(_corpus(root, "init"), check=True, capture_output=True)
                runs[f"add{jobs}"].append(repeat_process(_corpus(root, "add", "--jobs", str(jobs), *order), 1))
            runs["again"].append(repeat_process(_corpus(root, "add", "--jobs", "1", *order), 1))
            runs["reindex"].append(repeat_process(_corpus(root, "reindex", "--jobs", "1"), 1))
    out: dict[str, Timing | int] = {k: _joined(v) for k, v in runs.items()}
    out["docs"] = len(files)
    out["pairs"] = len(pairs)
    return out


def _joined(timings: list[Timing]) -> Timing:
    return Timing(tuple(c for t in timings for c in t.cpu), tuple(w for t in timings for w in t.wall))
