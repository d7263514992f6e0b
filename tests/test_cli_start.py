"""What the command line sets up for itself before any command runs."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = "import os, specdiff.cli; print(os.environ['OPENBLAS_NUM_THREADS'])"


def _threads(env: dict[str, str]) -> str:
    run = subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, text=True, check=True)
    return run.stdout.strip()


def test_command_line_asks_numpy_for_one_blas_thread_unless_the_user_chose() -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    assert _threads(env) == "1"
    assert _threads({**env, "OPENBLAS_NUM_THREADS": "4"}) == "4"
