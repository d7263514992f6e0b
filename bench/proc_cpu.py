"""The CPU of a command and of every process it starts, read from ``/proc`` (Linux only).

``getrusage`` cannot see a pool's workers: ``corpus add --jobs 2`` starts them from a fork server,
so they are its children, not the command's, and the server is never waited for by a process
that reports. Sampling ``/proc/<pid>/stat`` of the command's descendants every 20 ms (reading
``/proc`` costs CPU too, so not more often) sees all of them; a process's figure is the largest it
showed while alive, so a process that lives less than one interval can be missed (the workers
live for the whole batch).
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass(frozen=True)
class ProcessCpu:
    """One process of the tree: its id, its parent's, its name and CPU seconds (user + system)."""

    pid: int
    ppid: int
    name: str
    cpu: float


@dataclass(frozen=True)
class TreeCpu:
    """What :func:`run_tree` saw: wall seconds of the command and the CPU of each process."""

    wall: float
    processes: tuple[ProcessCpu, ...]
    root: int

    @property
    def total(self) -> float:
        return sum(p.cpu for p in self.processes)


def _stat(pid: str) -> tuple[int, str, float] | None:
    """(parent id, name, CPU seconds) of a process, or None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as handle:
            text = handle.read()
    except OSError:
        return None
    name = text[text.index("(") + 1 : text.rindex(")")]
    fields = text[text.rindex(")") + 2 :].split()
    return int(fields[1]), name, (int(fields[11]) + int(fields[12])) / _TICK


def run_tree(command: Sequence[str], interval: float = 0.02) -> TreeCpu:
    """Run ``command`` (output discarded) and sample the CPU of it and all its descendants."""
    start = time.perf_counter()
    proc = subprocess.Popen(list(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen: dict[int, ProcessCpu] = {}
    while proc.poll() is None:
        table = {int(pid): s for pid in os.listdir("/proc") if pid.isdigit() and (s := _stat(pid)) is not None}
        tree = {proc.pid}
        grew = True
        while grew:
            grew = False
            for pid, (ppid, _, _) in table.items():
                if ppid in tree and pid not in tree:
                    tree.add(pid)
                    grew = True
        for pid in tree & table.keys():
            ppid, name, cpu = table[pid]
            if pid not in seen or cpu > seen[pid].cpu:
                seen[pid] = ProcessCpu(pid, ppid, name, cpu)
        time.sleep(interval)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, list(command))
    return TreeCpu(wall, tuple(sorted(seen.values(), key=lambda p: p.pid)), proc.pid)
