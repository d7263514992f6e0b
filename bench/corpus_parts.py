"""Where ``corpus add --jobs 1`` spends its CPU beside the anchor's work: ``python -m bench.corpus_parts``.

The corpus bench (``bench/corpus_speed.py``) gives one ratio; this says what makes it. Each run is
a fresh process that times its steps with ``time.process_time`` (wrappers around the stage
functions, no profiler, so the figures are what the steps cost): the anchor (read + parse every
file, compare the neighbouring versions, no corpus) and ``corpus add --jobs 1`` of the same 300
files, run in that process through the command line's ``main``. Whatever ``add`` spends outside
read, parse and compare is the corpus's own cost, listed by step.

``--jobs2`` instead runs ``corpus add --jobs 2`` as a command and reads the CPU of every process
it starts from ``/proc`` (:mod:`bench.proc_cpu`: the workers are the fork server's children, so
no ``getrusage`` sees them), beside the anchor's wall time. The fork server's start (imports and
spaCy) happens before any worker exists, so it is serial; with everything else spread perfectly
over the machine's cores, the wall time cannot be below ``server + (total - server) / cores``,
which is printed as the bound.

``--own`` runs ``add --jobs 1`` in one process with reading, parsing and comparing answered from
memory (each file parsed and each pair compared once beforehand, untimed): what is left is the
corpus's own work, with nothing of the anchor's in it, timed on a second add into a new corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .corpus_speed import ANCHOR, DOCS, corpus_pairs
from .data import DEFAULT_CACHE, corpus_inbox
from .ours import specdiff_command
from .proc_cpu import TreeCpu, run_tree

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

# --own: the stages answered from memory, then add timed (the first add fills the compare memo).
_OWN = r"""
import contextlib, io, json, sys, time
import specdiff.diff, specdiff.ingest, specdiff.parsers
order, root = json.loads(sys.argv[1])[0], sys.argv[2]
parse, read, compare = specdiff.parsers.parse, specdiff.ingest.read, specdiff.diff.compare
docs = {path: parse(read(path)) for path in order}
class Raw:
    def __init__(self, path):
        self.path = str(path)
specdiff.ingest.read = lambda path, **options: Raw(path)
specdiff.parsers.parse = lambda raw, **options: docs[raw.path]
diffs = {}
def remembered(old, new):
    key = (old.source.sha256, new.source.sha256)
    if key not in diffs:
        diffs[key] = compare(old, new)
    return diffs[key]
specdiff.diff.compare = remembered
from specdiff.cli import main
def add(where):
    for args in (["corpus", "--corpus", where, "init"], ["corpus", "--corpus", where, "add", "--jobs", "1", *order]):
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
            main(args, standalone_mode=False)
add(root + "-warm")
start = time.process_time()
add(root)
print(json.dumps({"own": time.process_time() - start, "compared": len(diffs)}))
"""


def run(mode: str, order: list[str], pairs: list[tuple[int, int]], root: str) -> dict[str, float]:
    """The CPU seconds of each step in one fresh process (``total``: the whole process)."""
    return _fresh(_TIMERS + (ANCHOR if mode == "anchor" else _ADD) + _REPORT, order, pairs, root)


def _fresh(script: str, order: list[str], pairs: list[tuple[int, int]], root: str) -> dict[str, float]:
    """Run ``script`` in a fresh process on these files; the JSON it prints last."""
    command = [sys.executable, "-c", script, json.dumps([order, pairs]), root]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    out: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def run_own(order: list[str], pairs: list[tuple[int, int]], root: str, repeat: int) -> None:
    """``--own``: ``add --jobs 1`` with the stages answered from memory, ``repeat`` times."""
    for i in range(repeat):
        own = _fresh(_OWN, order, pairs, f"{root}-{i}")
        print(
            f"add --jobs 1 with read, parse and compare from memory: {own['own']:.3f} s CPU"
            f" ({len(order)} files, {own['compared']:.0f} comparisons answered)"
        )


def jobs2_line(anchor_wall: float, tree: TreeCpu, cores: int) -> str:
    """One run of ``add --jobs 2`` beside the anchor: the CPU by process role and the bound."""
    children = [p for p in tree.processes if p.ppid == tree.root]
    parents = {p.ppid for p in tree.processes}
    server = next((p for p in children if p.pid in parents), None)
    workers = [p for p in tree.processes if server is not None and p.ppid == server.pid]
    command = next(p for p in tree.processes if p.pid == tree.root)
    others = tree.total - command.cpu - (server.cpu if server else 0.0) - sum(w.cpu for w in workers)
    serial = server.cpu if server else 0.0
    bound = serial + (tree.total - serial) / cores
    return (
        f"anchor {anchor_wall:.2f} s wall | add --jobs 2 {tree.wall:.2f} s wall ({anchor_wall / tree.wall:.2f} x);"
        f" CPU {tree.total:.2f} s = command {command.cpu:.2f} + fork server {serial:.2f}"
        f" + workers {' + '.join(f'{w.cpu:.2f}' for w in workers)} + other {others:.2f}"
        f" | bound on {cores} cores {bound:.2f} s wall ({anchor_wall / bound:.2f} x)"
    )


def run_jobs2(order: list[str], pairs: list[tuple[int, int]], root: str, repeat: int) -> None:
    """``--jobs2``: the anchor's wall time and ``add --jobs 2`` read from /proc, ``repeat`` times."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    print(f"{len(order)} files, {len(pairs)} comparisons, {cores} cores; one line per run")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", ANCHOR, json.dumps([order, pairs])], check=True)
        anchor_wall = time.perf_counter() - start
        shutil.rmtree(root, ignore_errors=True)
        subprocess.run([*specdiff_command(), "corpus", "--corpus", root, "init"], check=True, capture_output=True)
        tree = run_tree([*specdiff_command(), "corpus", "--corpus", root, "add", "--jobs", "2", *order])
        print(jobs2_line(anchor_wall, tree, cores), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs2", action="store_true", help="time add --jobs 2 over all its processes instead")
    parser.add_argument("--own", action="store_true", help="time add with read, parse and compare from memory")
    options = parser.parse_args()
    files = corpus_inbox(options.cache / "corpus", DOCS)
    order = [str(p) for p in files]
    random.Random(7).shuffle(order)  # the order the corpus bench adds them in
    with tempfile.TemporaryDirectory(prefix="specdiff-bench-parts-") as tmp:
        root = str(Path(tmp) / "corpus")
        run("add", order, [], root)  # untimed: its corpus says which versions neighbour
        pairs = corpus_pairs(Path(root), order)
        if options.jobs2:
            run_jobs2(order, pairs, f"{root}-jobs2", options.repeat)
            return
        if options.own:
            run_own(order, pairs, f"{root}-own", options.repeat)
            return
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
