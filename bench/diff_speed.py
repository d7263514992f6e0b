"""Diff speed on long synthetic pairs: ``python -m bench.diff_speed [--scales 100 300]``.

Targets (issue 8): the ``--scale 100`` pair (about 1 MB a side) no slower than
diff-match-patch's character diff of the same texts, measured in the same run, and the
``--scale 300`` pair within 3.5x of the ``--scale 100`` time (near-linear). Parsing is not
timed here: only ``compare``. diff-match-patch runs in a child process with a time cap,
because on these noisy pairs it can take many minutes; a capped run prints "> cap".
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .diff_quality import SHARED, generate

DMP = """
import sys, time, diff_match_patch as d
a = open(sys.argv[1], encoding="utf-8").read(); b = open(sys.argv[2], encoding="utf-8").read()
m = d.diff_match_patch(); m.Diff_Timeout = 0
t = time.perf_counter(); m.diff_main(a, b); print(time.perf_counter() - t)
"""


def time_compare(folder: Path, repeat: int) -> tuple[list[float], int, float]:
    """Wall times of ``repeat`` compares, the number of changes, and the peak Python memory
    (tracemalloc, MB) of one more compare, measured apart because tracing slows it down."""
    import tracemalloc

    from specdiff.diff import compare
    from specdiff.ingest import read
    from specdiff.parsers import parse

    old, new = parse(read(folder / "old.txt")), parse(read(folder / "new.txt"))
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        diff = compare(old, new)
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    compare(old, new)
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return times, len(diff.changes), peak


def time_dmp(folder: Path, cap: float) -> str:
    try:
        out = subprocess.run(
            [sys.executable, "-c", DMP, str(folder / "old.txt"), str(folder / "new.txt")],
            capture_output=True,
            text=True,
            timeout=cap,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return f"> {cap:.0f}"
    except subprocess.CalledProcessError as exc:
        return f"failed ({exc.stderr.strip().splitlines()[-1] if exc.stderr.strip() else exc.returncode})"
    return f"{float(out.stdout):.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[100, 300])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dmp-cap", type=float, default=120.0, help="seconds before the baseline is stopped")
    parser.add_argument("--cache", type=Path, default=None, help="keep generated pairs here between runs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = args.cache or Path(tmp)
        rows = {}
        for scale in args.scales:
            out = root / f"scale{scale}"
            folders = sorted(out.glob("*/gold.json")) if out.exists() else []
            folder = folders[0].parent if folders else generate(out, seed=1, count=1, edits=12, scale=scale)[0]
            size = sum((folder / n).stat().st_size for n in ("old.txt", "new.txt"))
            times, changes, peak = time_compare(folder, args.repeat)
            rows[scale] = {
                "bytes": size,
                "changes": changes,
                "median_s": round(statistics.median(times), 3),
                "spread_s": round(max(times) - min(times), 3),
                "peak_mb": round(peak, 1),
                "peak_per_input_byte": round(peak * 1e6 / size, 1),
            }
            if scale == args.scales[0]:
                rows[scale]["dmp_char_s"] = time_dmp(folder, args.dmp_cap)
            print(f"scale {scale}:", json.dumps(rows[scale]), flush=True)
        if len(args.scales) > 1:
            first, last = args.scales[0], args.scales[-1]
            print(f"ratio scale {last} / scale {first}: {rows[last]['median_s'] / rows[first]['median_s']:.2f}")
    print("shared:", SHARED)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
