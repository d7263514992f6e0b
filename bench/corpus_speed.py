"""The corpus beside the work it does: ``corpus add`` against reading, parsing and comparing the
same files in one process without a corpus (issue 19).

300 synthetic documents in 150 series (``bench.data.corpus_inbox``), added in shuffled order to an
empty corpus. The anchor is a fresh process that reads and parses each series' two versions and
compares them, as ``add`` must (it counts the changes between neighbouring versions); what
``add`` does beyond that (hashing, identification, writing document.json atomically, the index,
the lock, loading documents back to compare them) is the corpus's own cost.

``--jobs 1`` is judged on CPU seconds, like the rest of the bench. ``--jobs 2`` can only be judged
on wall time (its pool workers are children of a fork server, whose CPU ``getrusage`` never sees),
so the anchor's wall time is taken beside it, in the same repetition, and the load average is
printed: on a shared machine a second core is free only some of the time.
"""

from __future__ import annotations

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

# The work without a corpus: for each series, read + parse both versions, compare them.
ANCHOR = """
import sys
from specdiff.diff import compare
from specdiff.ingest import read
from specdiff.parsers import parse
paths = sys.argv[1:]
for old, new in zip(paths[0::2], paths[1::2]):
    compare(parse(read(old)), parse(read(new)))
"""


def series_pairs(files: list[Path]) -> list[str]:
    """old, new, old, new... of each series (the inbox names files NNN-old.txt, NNN-new.txt)."""
    by_series: dict[str, dict[str, Path]] = {}
    for path in files:
        number, _, side = path.stem.partition("-")
        by_series.setdefault(number, {})[side] = path
    return [str(sides[s]) for _, sides in sorted(by_series.items()) for s in ("old", "new")]


def _corpus(*args: str) -> list[str]:
    return [*specdiff_command(), "corpus", "--corpus", *args]


def measure(cache: Path, repeat: int) -> dict[str, Timing | int]:
    """Timings of the anchor and of each corpus command (fresh processes), ``repeat`` times each,
    interleaved so that each repetition sees the same machine."""
    files = corpus_inbox(cache / "corpus", DOCS)
    order = [str(p) for p in files]
    random.Random(7).shuffle(order)
    anchor_cmd = [sys.executable, "-c", ANCHOR, *series_pairs(files)]
    runs: dict[str, list[Timing]] = {k: [] for k in ("anchor", "add1", "add2", "again", "reindex")}
    with tempfile.TemporaryDirectory(prefix="specdiff-bench-corpus-") as tmp:
        root = str(Path(tmp) / "corpus")
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
    return out


def _joined(timings: list[Timing]) -> Timing:
    return Timing(tuple(c for t in timings for c in t.cpu), tuple(w for t in timings for w in t.wall))
