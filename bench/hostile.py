"""Issue 21's cases rerun, with figures: ``python -m bench.hostile [--only WORD] [--out FILE]``.

Every case of the issue (data loss, crashes, hangs and blow-ups, wrong or silent answers) is set
up from generated inputs in a temporary folder and run as a real ``specdiff`` process; the
table says what holding means, whether it held, the exit code, the CPU time and the peak
resident memory of that process. Run by hand (a few minutes: the zip bomb and the 1 GiB stream
are generated at full size), never in CI; the small versions of each case are tests.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from .hostile_cases import CASES as FIRST
from .hostile_cases2 import CASES as SECOND
from .hostile_run import Case


def run_case(case: Case) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="specdiff-hostile-") as tmp:
        folder = Path(tmp)
        folder.chmod(0o755)
        try:
            run, held, note = case.run(folder)
        except Exception as exc:  # a case that cannot even be set up is reported, not fatal
            return [case.section, case.name, case.expect, "ERROR", "-", "-", "-", f"{type(exc).__name__}: {exc}"]
    if run is None:
        return [case.section, case.name, case.expect, "not run", "-", "-", "-", note]
    code = "killed (cap)" if run.code is None else str(run.code)
    figures = [
        code,
        f"{run.cpu:.2f} s" if run.cpu else f"{run.wall:.2f} s wall",
        f"{run.rss_mb:.0f} MB" if run.rss_mb else "-",
    ]
    return [case.section, case.name, case.expect, "held" if held else "NOT HELD", *figures, note.replace("|", "/")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run the cases whose name contains this")
    parser.add_argument("--out", type=Path, help="also write the table to this Markdown file")
    args = parser.parse_args(argv)
    cases = [c for c in (*FIRST, *SECOND) if args.only.lower() in c.name.lower()]
    header = ["section", "case", "holding means", "result", "exit", "CPU", "peak RSS", "note"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    rows = []
    for case in cases:
        row = run_case(case)
        rows.append(row)
        lines.append("| " + " | ".join(row) + " |")
        print(lines[-1], flush=True)
    held = sum(r[3] == "held" for r in rows)
    summary = f"\n{held} of {len(rows)} held; not held: {', '.join(r[1] for r in rows if r[3] != 'held') or 'none'}"
    table = "\n".join(lines) + "\n" + summary + "\n"
    if args.out:
        args.out.write_text(table, encoding="utf-8")
    print(summary)
    return 0 if held == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
