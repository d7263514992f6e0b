"""How long rendering the change report takes, beside difflib's HtmlDiff in the same run.

Run by hand, never in CI:  ``python -m bench.report [--repeat 7] [--scale 80]``

Figures: rendering the seed pair's diff as HTML (cold = first render in the process, including
template compilation; warm = median of the repeats), Markdown and text; the ``specdiff diff`` CLI
end to end to an HTML file; and the same for a ~200-page synthetic pair made by
``../shared/eval/perturb.py --scale``. The named baseline is ``difflib.HtmlDiff.make_file`` on the
same two files' lines (the anchor of issue 8: 78 ms on the seed pair).
"""

from __future__ import annotations

import argparse
import difflib
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = (SHARED / "seeds" / "nys-cms-hbe-2018.txt", SHARED / "seeds" / "nys-cms-hbe-2024-tentative.txt")


def timed(func: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """(first, median, spread) in milliseconds; the first call is reported apart (cold caches)."""
    runs = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        func()
        runs.append((time.perf_counter() - start) * 1000)
    rest = runs[1:]
    return runs[0], statistics.median(rest), max(rest) - min(rest)


def row(name: str, figures: tuple[float, float, float], extra: str = "") -> None:
    first, median, spread = figures
    print(f"{name:<52} {first:9.1f} {median:9.1f} {spread:8.1f}  {extra}")


def cold_render(old: Path, new: Path) -> float:
    """A fresh interpreter's first HTML render (jinja2 import + template compilation), in ms."""
    code = (
        "import time,sys; from specdiff.diff import compare; from specdiff.ingest import read; "
        "from specdiff.parsers import parse; d=compare(parse(read(sys.argv[1])),parse(read(sys.argv[2]))); "
        "t=time.perf_counter(); from specdiff.renderers.html import to_html; to_html(d); "
        "print((time.perf_counter()-t)*1000)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(old), str(new)], check=True, capture_output=True, text=True)
    return float(out.stdout)


def bench_pair(label: str, old: Path, new: Path, repeat: int) -> None:
    from specdiff.diff import compare
    from specdiff.ingest import read
    from specdiff.parsers import parse
    from specdiff.renderers.html import to_html
    from specdiff.renderers.markdown import to_markdown
    from specdiff.renderers.terminal import to_text

    diff = compare(parse(read(old)), parse(read(new)))
    html = to_html(diff)  # the first render in this process: template compilation is in "first" below
    size = f"{len(diff.changes)} changes, {len(html.encode()) / 1024:.0f} KiB"
    row(f"{label}: specdiff HTML report", timed(lambda: to_html(diff), repeat), size)
    cold = cold_render(old, new)
    row(f"{label}: HTML report, cold process (import+compile)", (cold, cold, 0.0))
    row(f"{label}: specdiff Markdown", timed(lambda: to_markdown(diff), repeat))
    row(f"{label}: specdiff text", timed(lambda: to_text(diff), repeat))
    a = old.read_text(encoding="utf-8", errors="replace").splitlines()
    b = new.read_text(encoding="utf-8", errors="replace").splitlines()
    row(f"{label}: baseline difflib HtmlDiff (lines)", timed(lambda: difflib.HtmlDiff().make_file(a, b), repeat))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        cmd = [sys.executable, "-m", "specdiff", "diff", str(old), str(new), "-o", str(out)]
        row(f"{label}: `specdiff diff -o report.html` (CLI)", timed(lambda: subprocess.run(cmd, check=True), 2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--scale", type=int, default=80, help="standards per synthetic document (80 ~ 200 pages)")
    args = parser.parse_args()
    if not all(p.exists() for p in SEEDS):
        sys.exit(f"bench: {SHARED} is absent; the seed pair is needed")
    import jinja2

    print(f"python {sys.version.split()[0]}, jinja2 {jinja2.__version__}; times in ms (first run apart)")
    print(f"{'figure':<52} {'first':>9} {'median':>9} {'spread':>8}")
    bench_pair("seed pair", *SEEDS, repeat=args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        perturb = SHARED / "eval" / "perturb.py"
        subprocess.run([sys.executable, str(perturb), "--seed", "1", "--scale", str(args.scale), "--out", tmp],
                       check=True, capture_output=True)  # fmt: skip
        pair = Path(tmp) / "001"
        lines = len((pair / "old.txt").read_text(encoding="utf-8").splitlines())
        bench_pair(f"{lines // 45}-page pair", pair / "old.txt", pair / "new.txt", repeat=max(1, args.repeat // 3))


if __name__ == "__main__":
    main()
