"""How the bench times things: CPU seconds of the measured process, repeated, median and spread.

The machines this runs on are shared (load averages of 5-10 on 2 cores are common), so wall time
says more about the neighbours than about us. CPU time (user + system of this process, or of a
child process via ``getrusage``) is what an idle machine's wall time would be for single-threaded
work; every figure and its anchor are taken the same way in the same run, and wall time is kept
beside each for the record.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    """Repeated measurements of one thing, in seconds (CPU) with the wall times beside them."""

    cpu: tuple[float, ...]
    wall: tuple[float, ...]
    capped: bool = False  # stopped at its time cap: the figure is a lower bound

    @property
    def median(self) -> float:
        return statistics.median(self.cpu)

    @property
    def spread(self) -> float:
        return max(self.cpu) - min(self.cpu)

    @property
    def wall_median(self) -> float:
        return statistics.median(self.wall)


def repeat_call(func: Callable[[], object], repeat: int, *, budget: float = 60.0) -> Timing:
    """Call ``func`` ``repeat`` times (fewer when one call takes more than ``budget`` / repeat)."""
    cpu: list[float] = []
    wall: list[float] = []
    while len(cpu) < repeat:
        c0, w0 = time.process_time(), time.perf_counter()
        func()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
        if sum(cpu) > budget:
            break
    return Timing(tuple(cpu), tuple(wall))


def repeat_process(
    cmd: Sequence[str], repeat: int, *, cap: float | None = None, env: Mapping[str, str] | None = None
) -> Timing:
    """Run a command ``repeat`` times; CPU of the child from ``getrusage(RUSAGE_CHILDREN)``.
    With ``cap`` (CPU-ish seconds of wall) a run that does not finish is killed once and the
    figure is marked as a lower bound."""
    cpu: list[float] = []
    wall: list[float] = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        w0 = time.perf_counter()
        try:
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=cap, env=env)
        except subprocess.TimeoutExpired:
            return Timing((cap or 0.0,), (time.perf_counter() - w0,), capped=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall.append(time.perf_counter() - w0)
        cpu.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return Timing(tuple(cpu), tuple(wall))


def load_average() -> str:
    try:
        with open("/proc/loadavg", encoding="ascii") as fh:
            return fh.read().split()[0]
    except OSError:
        return "?"
