"""The bench's /proc sampler sees a grandchild's CPU (what getrusage misses for pool workers),
and the --jobs2 line of bench.corpus_parts names each process by its place in the tree."""

from __future__ import annotations

import sys

import pytest

from bench.corpus_parts import jobs2_line
from bench.proc_cpu import ProcessCpu, TreeCpu, run_tree

_GRANDCHILD = (
    "import subprocess, sys;"
    "subprocess.run([sys.executable, '-c', 'import time\\nt = time.process_time()\\n"
    "while time.process_time() - t < 0.4: pass'], check=True)"
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc, which only Linux has")
def test_run_tree_sees_a_grandchild_busy_for_longer_than_an_interval() -> None:
    tree = run_tree([sys.executable, "-c", _GRANDCHILD])
    assert len(tree.processes) == 2  # the command and its child (pytest itself is not in the tree)
    child = next(p for p in tree.processes if p.ppid == tree.root)
    assert child.cpu >= 0.3  # sampled every 20 ms while it burnt 0.4 s
    assert tree.total >= child.cpu and tree.wall >= 0.4


def test_jobs2_line_splits_command_server_and_workers_and_bounds_the_wall_time() -> None:
    processes = (
        ProcessCpu(10, 1, "specdiff", 0.5),
        ProcessCpu(11, 10, "python", 0.6),  # the fork server: it has children
        ProcessCpu(12, 10, "python", 0.02),  # the resource tracker
        ProcessCpu(13, 11, "python", 3.0),
        ProcessCpu(14, 11, "python", 3.2),
    )
    line = jobs2_line(8.0, TreeCpu(4.0, processes, 10), cores=2)
    assert "command 0.50 + fork server 0.60 + workers 3.00 + 3.20 + other 0.02" in line
    assert "CPU 7.32 s" in line
    assert "bound on 2 cores 3.96 s wall (2.02 x)" in line  # 0.6 + (7.32 - 0.6) / 2
    assert "(2.00 x)" in line  # 8.0 / 4.0
