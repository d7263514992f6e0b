"""Our figures: the CLI cold, the seed pair in process, the long synthetic pairs, memory, PDFs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .measure import Timing, repeat_call, repeat_process

PEAK_MEMORY = """
import json, resource, sys, tracemalloc
from specdiff.diff import compare
from specdiff.ingest import read
from specdiff.parsers import parse
parse(read(b"WARM UP\\n\\nOne sentence. Two.\\n", name="warm.txt"))  # spaCy pipeline built before measuring
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
diff = compare(parse(read(sys.argv[1])), parse(read(sys.argv[2])))
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"traced_peak": peak, "rss_peak": rss * 1024, "rss_before": base * 1024}))
"""


def specdiff_command() -> list[str]:
    """The installed console script beside this interpreter (what a user runs)."""
    script = Path(sys.executable).with_name("specdiff")
    if script.exists():
        return [str(script)]
    found = shutil.which("specdiff")
    return [found] if found else [sys.executable, "-m", "specdiff"]


def compile_bytecode() -> None:
    """Compile specdiff's modules to ``__pycache__``, as ``pip install`` does for an installed
    package. An editable checkout run with ``PYTHONDONTWRITEBYTECODE=1`` (as on our machines)
    otherwise recompiles every module from source in every process, ~55 ms that no user's
    installed copy pays; spaCy and the other dependencies are already compiled by pip."""
    import compileall

    import specdiff

    compileall.compile_dir(str(Path(specdiff.__file__).parent), quiet=1)


def cli_help(repeat: int) -> Timing:
    compile_bytecode()
    return repeat_process([*specdiff_command(), "--help"], repeat)


def cli_diff_html(old: Path, new: Path, repeat: int) -> Timing:
    """A user's second and later runs: one untimed run first fills the template bytecode cache
    (``specdiff.renderers.template_cache``), as the user's first report does."""
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        command = [*specdiff_command(), "diff", str(old), str(new), "-o", str(out)]
        subprocess.run(command, check=True, capture_output=True)
        return repeat_process(command, repeat)


def cli_diff_html_uncached(old: Path, new: Path, repeat: int) -> Timing:
    """The same with the template cache switched off: a user's very first report."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        command = [*specdiff_command(), "diff", str(old), str(new), "-o", str(out)]
        env = {**os.environ, "SPECDIFF_NO_TEMPLATE_CACHE": "1"}
        return repeat_process(command, repeat, env=env)


def spacy_start(repeat: int) -> Timing:
    """A fresh process building our shared pipeline (spaCy imported with its CLI deferred, one
    OpenBLAS thread, as ``specdiff`` runs it)."""
    code = "from specdiff.nlp import english; english()('Warm up.')"
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}  # as the command line sets it
    return repeat_process([sys.executable, "-c", code], repeat, env=env)


def seed_pipeline(old: Path, new: Path, repeat: int) -> dict[str, Timing]:
    """Parse both seeds + compare + HTML, warm (after one untimed run), and each step alone."""
    from specdiff.diff import compare
    from specdiff.ingest import read
    from specdiff.parsers import parse
    from specdiff.renderers.html import to_html

    def all_steps() -> None:
        to_html(compare(parse(read(old)), parse(read(new))))

    all_steps()
    a, b = parse(read(old)), parse(read(new))
    diff = compare(a, b)
    return {
        "total": repeat_call(all_steps, repeat),
        "parse": repeat_call(lambda: (parse(read(old)), parse(read(new))), repeat),
        "compare": repeat_call(lambda: compare(a, b), repeat),
        "html": repeat_call(lambda: to_html(diff), repeat),
    }


def structured_diff(folder: Path, repeat: int) -> tuple[dict[str, Timing], int, int]:
    """read + parse both sides + compare on a synthetic pair, warm; (timings, changes, words)."""
    from specdiff.diff import compare
    from specdiff.ingest import read
    from specdiff.parsers import parse

    old, new = folder / "old.txt", folder / "new.txt"
    parse(read(b"WARM UP\n\nOne sentence. Two.\n", name="warm.txt"))
    a, b = parse(read(old)), parse(read(new))
    changes = len(compare(a, b).changes)
    words = len(old.read_text(encoding="utf-8").split())
    timings = {
        "total": repeat_call(lambda: compare(parse(read(old)), parse(read(new))), repeat),
        "parse": repeat_call(lambda: parse(read(old)), repeat),
        "compare": repeat_call(lambda: compare(a, b), repeat),
    }
    return timings, changes, words


def peak_memory(folder: Path) -> dict[str, int]:
    """Peak memory of read + parse + compare of a pair, in a fresh process (bytes)."""
    out = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY, str(folder / "old.txt"), str(folder / "new.txt")],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, int] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def pdf_pipeline(paths: list[Path], repeat: int, backend: str) -> Timing:
    """Our whole ingestion (glyphs, layout, furniture, hyphens, clean lines) of these PDFs."""
    from specdiff.ingest import read

    read(paths[0], pdf_backend=backend)  # imports and the hyphenation word list, once per process
    return repeat_call(lambda: [read(path, pdf_backend=backend) for path in paths], repeat)
