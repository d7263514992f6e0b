"""Parse all four seeds in one process and print the figures.

    python bench/parse_seeds.py [--repeat N]

Baseline: the issue's budget of one second for parsing the four seeds in one process. spaCy is
imported once per process (``spacy.blank("en")`` + sentencizer); its one-time load is printed on
its own line so it is not hidden inside the per-document figure.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
NAMES = (
    "nys-cms-hbe-2018.txt",
    "nys-cms-hbe-2024-tentative.txt",
    "dutchess-managed-care-coordinator.txt",
    "wi-etf-health-insurance-program.txt",
)
BUDGET_S = 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not SEEDS.is_dir():
        print(f"cannot find the seeds at {SEEDS}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    from specdiff.ingest import read
    from specdiff.parsers import parse
    from specdiff.parsers.sentences import sentence_spans

    raws = [read(SEEDS / name) for name in NAMES]
    t1 = time.perf_counter()
    sentence_spans("Load spaCy once.")
    t2 = time.perf_counter()
    first = time.perf_counter()
    docs = [parse(raw) for raw in raws]
    cold = time.perf_counter() - first
    runs = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        for raw in raws:
            parse(raw)
        runs.append(time.perf_counter() - start)
    clauses = sum(sum(1 for _ in d.clauses()) for d in docs)
    warm = statistics.median(runs)
    total = (t2 - t0) + cold
    print(f"import specdiff + ingest 4 seeds : {t1 - t0:7.3f} s")
    print(f"spaCy load (once per process)    : {t2 - t1:7.3f} s")
    print(f"parse 4 seeds, first pass        : {cold:7.3f} s  ({clauses} clauses)")
    print(f"parse 4 seeds, median of {args.repeat:<2}      : {warm:7.3f} s  ({warm / 4 * 1000:.1f} ms per document)")
    print(f"whole process (imports+load+parse): {total:7.3f} s")
    print(f"baseline: budget {BUDGET_S:.1f} s for parsing the four seeds -> {warm / BUDGET_S:.0%} of it used (warm)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
