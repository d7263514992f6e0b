"""What the command line sets up for itself when a command runs, and never on import."""

from __future__ import annotations

import os
import subprocess
import sys

IMPORT = "import os, specdiff, specdiff.cli; print(os.environ.get('OPENBLAS_NUM_THREADS'))"
RUN = (
    "import os, specdiff.cli\n"
    "try:\n    specdiff.cli.main(['--version'])\nexcept SystemExit:\n    pass\n"
    "print(os.environ.get('OPENBLAS_NUM_THREADS'))"
)


def _last_line(code: str, env: dict[str, str]) -> str:
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return run.stdout.strip().splitlines()[-1]


def test_a_run_asks_numpy_for_one_blas_thread_unless_the_user_chose() -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    assert _last_line(RUN, env) == "1"
    assert _last_line(RUN, {**env, "OPENBLAS_NUM_THREADS": "4"}) == "4"


def test_importing_the_library_or_the_command_line_changes_nothing() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "SPECDIFF_OCR")}
    assert _last_line(IMPORT, env) == "None"
    code = (
        "import os\ncalls = []\nreal = os.umask\n"
        "os.umask = lambda mask: (calls.append(mask), real(mask))[1]\nenv = dict(os.environ)\n"
        "import specdiff, specdiff.cli, specdiff.corpus.store, specdiff.corpus.add, specdiff.ingest\n"
        "print(calls == [] and dict(os.environ) == env)"
    )
    assert _last_line(code, env) == "True"
