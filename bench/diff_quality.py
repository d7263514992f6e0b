"""Alignment quality on synthetic revision pairs: ``python -m bench.diff_quality [--count N]``.

Generates pairs with ../shared/eval/perturb.py (documents we did not write: invented titles,
moves, splits, merges, noisy rendering), parses both sides, runs ``compare`` in-process and
scores each diff with ../shared/eval/score.py. Prints the means the diff issue sets targets on
(link recall and precision >= 0.95, no hidden substantive change) and the worst pairs.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_scorer(shared: Path = SHARED) -> ModuleType:
    """score.py from the shared eval folder, imported by path (it is not a package)."""
    spec = importlib.util.spec_from_file_location("specdiff_eval_score", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {shared / 'eval' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generate(out: Path, *, seed: int, count: int, edits: int, scale: int = 1, shared: Path = SHARED) -> list[Path]:
    """Write ``count`` pairs under ``out`` and return their folders."""
    cmd = [
        sys.executable,
        str(shared / "eval" / "perturb.py"),
        "--seed",
        str(seed),
        "--count",
        str(count),
        "--edits",
        str(edits),
        "--scale",
        str(scale),
        "--out",
        str(out),
    ]
    subprocess.run(cmd, check=True, capture_output=True)
    return sorted(p for p in out.iterdir() if (p / "gold.json").exists())


def diff_json(old: Path, new: Path) -> dict[str, Any]:
    from specdiff.diff import compare
    from specdiff.ingest import read
    from specdiff.parsers import parse

    return compare(parse(read(old)), parse(read(new))).to_json()


def score_pairs(folders: list[Path], scorer: ModuleType) -> list[tuple[str, dict[str, Any]]]:
    results = []
    for folder in folders:
        gold = json.loads((folder / "gold.json").read_text())
        diff = diff_json(folder.parent / gold["old"], folder.parent / gold["new"])
        results.append((folder.name, scorer.score_diff(gold, diff)))
    return results


def summarize(results: list[tuple[str, dict[str, Any]]]) -> dict[str, float]:
    scores = [r for _, r in results]
    return {
        "pairs": len(scores),
        "link_recall": round(statistics.mean(r["link_recall"] for r in scores), 4),
        "link_precision": round(statistics.mean(r["link_precision"] for r in scores), 4),
        "hidden_substantive": sum(r["hidden_substantive"] for r in scores),
        "noise_rate": round(statistics.mean(r["noise_rate"] for r in scores), 4),
        "substantive_recall": round(statistics.mean(r["substantive_recall"] for r in scores), 4),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--edits", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--worst", type=int, default=5, help="show this many worst pairs")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        results = score_pairs(generate(Path(tmp), seed=args.seed, count=args.count, edits=args.edits), scorer)
    print(json.dumps(summarize(results)))
    worst = sorted(
        results, key=lambda r: (-r[1]["hidden_substantive"], r[1]["link_recall"] + r[1]["link_precision"], r[0])
    )[: args.worst]
    for name, r in worst:
        keep = ("link_recall", "link_precision", "hidden_substantive", "noise_rate", "missed_links", "wrong_links")
        print(name, json.dumps({k: r[k] for k in keep}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
