"""Corpus throughput on a synthetic division: 2,000 standards in 1,000 series, two versions each.

Run by hand (never in CI):  python -m bench.corpus_bench [--docs 2000] [--out bench/output/corpus]

The documents come from ../shared/eval/perturb.py (see ``bench.data.corpus_inbox``), one revision
pair per series. They are added in shuffled order. ``python -m bench --only corpus`` measures the
same commands on 300 documents beside their anchor (docs/performance.md). Printed figures:

- baseline: read + parse of every file in one process, no corpus (what ``add`` cannot beat
  with one job);
- ``corpus add --jobs 1`` and ``--jobs 2`` on an empty corpus (documents per second, including
  identification, atomic writes, indexing and counting changes between versions);
- the same ``add`` again (every file already there: nothing changes);
- ``corpus reindex`` (rehash every file, nothing to reparse), ``corpus search``;
- ``corpus report --since`` over every series (one HTML diff per series).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .data import ROOT, corpus_inbox

CPU: list[float] = []  # CPU seconds (user + system) of each specdiff process (not its pool workers)


def specdiff(*args: str) -> float:
    """Run ``python -m specdiff ARGS``; return its wall time in seconds (CPU time goes to CPU)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "specdiff", *args], check=True, stdout=subprocess.DEVNULL)
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return took


def baseline(files: list[Path]) -> float:
    """Seconds to read and parse every file in this process (no corpus, no writes)."""
    from specdiff.ingest import read
    from specdiff.parsers import parse

    start, cpu = time.perf_counter(), time.process_time()
    for path in files:
        parse(read(path))
    CPU.append(time.process_time() - cpu)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "output" / "corpus")
    args = parser.parse_args()
    files = corpus_inbox(args.out, args.docs)
    order = [str(p) for p in files]
    random.Random(7).shuffle(order)
    n = len(order)
    print(f"{n} documents, {n // 2} series; cpus: {os.cpu_count()}; load average {os.getloadavg()[0]:.1f}")
    print("(wall time; in brackets the CPU seconds of the specdiff process itself, not counting the")
    print(" pool workers of --jobs 2: on a busy machine wall time only drops if a core is free)")
    base = baseline(files)
    print(f"baseline  read+parse, 1 process, no corpus  {base:7.1f} s  {n / base:7.1f} docs/s  [{CPU[-1]:.1f}]")
    corpus = args.out / "corpus"
    for jobs in (1, 2):
        shutil.rmtree(corpus, ignore_errors=True)
        specdiff("corpus", "--corpus", str(corpus), "init")
        took = specdiff("corpus", "--corpus", str(corpus), "add", "--jobs", str(jobs), *order)
        print(f"corpus add --jobs {jobs}                       {took:7.1f} s  {n / took:7.1f} docs/s  [{CPU[-1]:.1f}]")
    took = specdiff("corpus", "--corpus", str(corpus), "add", "--jobs", "2", *order)
    print(f"corpus add again (nothing changes)          {took:7.1f} s  {n / took:7.1f} docs/s")
    took = specdiff("corpus", "--corpus", str(corpus), "reindex", "--jobs", "2")
    print(f"corpus reindex (rehash, no reparse)         {took:7.1f} s")
    took = specdiff("corpus", "--corpus", str(corpus), "search", "supervision", "contract")
    print(f"corpus search (one query, process start)    {took:7.2f} s")
    for jobs in (1, 2):
        site = args.out / f"site-{jobs}"
        took = specdiff(
            "corpus", "--corpus", str(corpus), "report", "--since", "2023", "-o", str(site), "--jobs", str(jobs)
        )
        pages = len(list((site / "series").glob("*.html")))
        print(f"corpus report --since 2023 --jobs {jobs}       {took:7.1f} s  ({pages} diff pages)  [{CPU[-1]:.1f}]")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
