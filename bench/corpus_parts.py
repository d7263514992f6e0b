"""Where ``corpus add --jobs 1`` spends its CPU beside the anchor's work: ``python -m bench.corpus_parts``.

The corpus bench (``bench/corpus_speed.py``) gives one ratio; this says what makes it. Each run is
a fresh process that times its steps with ``time.process_time`` (wrappers around the stage
functions, no profiler, so the figures are what the steps cost): the anchor (read + parse every
file, compare the neighbouring versions, no corpus) and ``corpus add --jobs 1`` of the same 300
files, run in that process through the command line's ``main``. Whatever ``add`` spends outside
read, parse and compare is the corpus's own cost, listed by step.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from .corpus_speed import ANCHOR, DOCS, corpus_pairs
from .data import DEFAULT_CACHE, corpus_inbox

# Run in a fresh process, around the corpus bench's own anchor or around the command: the stage
# functions wrapped with timers, the CPU of each printed as JSON at the end.
_TIMERS = r"""
import collections, json, sys, time
spent = collections.Counter()

def wrap(module, name):
    real = getattr(module, name)
    def timed(*args, **kwargs):
        start = time.process_time()
        try:
            return real(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start
    setattr(module, name, timed)

import specdiff.diff, specdiff.ingest, specdiff.parsers
for name, module in (("read", specdiff.ingest), ("parse", specdiff.parsers), ("compare", specdiff.diff)):
    wrap(module, name)
"""
_ADD = r"""
import specdiff.corpus.add as add, specdiff.corpus.work as work
for name in ("facts_of", "document_payload", "describe"):
    wrap(work, name)
for name in ("write_version", "index_version", "series_for", "version_for", "_known", "sync", "flush_to_disk"):
    wrap(add, name)
from specdiff.cli import main
order, root = json.loads(sys.argv[1])[0], sys.argv[2]
for args in (["corpus", "--corpus", root, "init"], ["corpus", "--corpus", root, "add", "--jobs", "1", *order]):
    try:
        main(args, standalone_mode=False)
    except SystemExit:
        pass
"""
_REPORT = r"""
spent["total"] = time.process_time()
print(json.dumps(spent))
"""

_STEPS = ("read", "parse", "compare")


def run(mode: str, order: list[str], pairs: list[tuple[int, int]], root: str) -> dict[str, float]:
    """The CPU seconds of each step in one fresh process (``total``: the whole process)."""
    script = _TIMERS + (ANCHOR if mode == "anchor" else _ADD) + _REPORT
    command = [sys.executable, "-c", script, json.dumps([order, pairs]), root]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    spent: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    files = corpus_inbox(options.cache / "corpus", DOCS)
    order = [str(p) for p in files]
    random.Random(7).shuffle(order)  # the order the corpus bench adds them in
    with tempfile.TemporaryDirectory(prefix="specdiff-bench-parts-") as tmp:
        root = str(Path(tmp) / "corpus")
        run("add", order, [], root)  # untimed: its corpus says which versions neighbour
        pairs = corpus_pairs(Path(root), order)
        rows = []
        for i in range(options.repeat):
            anchor = run("anchor", order, pairs, f"{root}-{i}-anchor")
            add = run("add", order, pairs, f"{root}-{i}")
            rows.append((anchor, add))
    print(f"CPU seconds, {len(order)} files, {len(pairs)} comparisons; one line per run (anchor | add --jobs 1)")
    for anchor, add in rows:
        own = {k: v for k, v in sorted(add.items(), key=lambda kv: -kv[1]) if k not in (*_STEPS, "total")}
        work = sum(add.get(k, 0.0) for k in _STEPS)
        rest = add["total"] - work - sum(own.values())
        print(
            f"anchor {anchor['total']:.2f} (steps {sum(anchor.get(k, 0.0) for k in _STEPS):.2f}) | "
            f"add {add['total']:.2f} = steps {work:.2f} + corpus "
            + " ".join(f"{k} {v:.3f}" for k, v in own.items())
            + f" + the rest {rest:.2f} | ratio {anchor['total'] / add['total']:.3f}"
        )


if __name__ == "__main__":
    main()
