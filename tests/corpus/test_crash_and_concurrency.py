"""No data lost: SIGKILL in the middle of `add` or `reindex`, and two `add`s at once.

These run specdiff as real processes. ``slowly.py`` delays each write to the index, which widens
the window between a file landing in the corpus and the index recording it, so the kill lands
where it hurts most.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.corpus.helpers import run, run_json, tree, versions_on_disk
from tests.corpus.samples import write_many

SLOWLY = Path(__file__).with_name("slowly.py")


def _spawn(root: Path, *args: str, pause: float = 0.0) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(SLOWLY), str(pause), "corpus", "--corpus", str(root), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # so the kill reaches its pool workers too
    )


def _count_versions(root: Path) -> int:
    return sum(len(v) for v in versions_on_disk(root).values())


def _kill_when(proc: subprocess.Popen[str], ready: Callable[[], bool], *, group: bool = True) -> None:
    """SIGKILL the command (with its whole process group, unless ``group`` is False)."""
    deadline = time.monotonic() + 60
    while not ready() and proc.poll() is None:
        assert time.monotonic() < deadline, "the command never reached the point to kill it"
        time.sleep(0.01)
    assert proc.poll() is None, f"finished before the kill: {proc.communicate()}"
    if group:
        os.killpg(proc.pid, signal.SIGKILL)
    else:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def _reference(tmp_path: Path, files: list[Path]) -> Path:
    ref = tmp_path / "reference"
    run(ref, "init")
    run(ref, "add", *map(str, files))
    return ref


def _assert_readable(root: Path) -> None:
    listing = run_json(root, "list")  # must work on what the kill left
    assert sum(s["versions"] for s in listing) == _count_versions(root)
    for series, names in versions_on_disk(root).items():
        for name in names:
            folder = root / series / name
            assert sorted(p.name for p in folder.iterdir()) == ["document.json", "standard.txt"], folder


def test_sigkill_mid_add_leaves_a_readable_corpus_and_the_rerun_completes(tmp_path: Path) -> None:
    files = write_many(tmp_path / "inbox", 12, series=3)
    root = tmp_path / "corpus"
    run(root, "init")
    proc = _spawn(root, "add", *map(str, files), pause=0.4)
    _kill_when(proc, lambda: _count_versions(root) >= 3)
    assert 3 <= _count_versions(root) < len(files)
    _assert_readable(root)
    rerun = run(root, "add", *map(str, files))
    assert "nothing changed" in rerun.stdout and "added" in rerun.stdout
    ref = _reference(tmp_path, files)
    assert tree(root) == tree(ref)
    for series in versions_on_disk(ref):
        assert run_json(root, "log", series) == run_json(ref, "log", series)


def test_sigkill_mid_add_with_a_process_pool(tmp_path: Path) -> None:
    files = write_many(tmp_path / "inbox", 10, series=2)
    root = tmp_path / "corpus"
    run(root, "init")
    proc = _spawn(root, "add", "--jobs", "2", *map(str, files), pause=0.4)
    try:
        # Only the parent dies: its pool workers must not keep the corpus locked.
        _kill_when(proc, lambda: _count_versions(root) >= 2, group=False)
        _assert_readable(root)
        run(root, "--wait", "0", "add", "--jobs", "2", *map(str, files))
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # any worker the dead parent left behind
    assert tree(root) == tree(_reference(tmp_path, files))


def test_sigkill_mid_reindex_then_reindex_completes(tmp_path: Path) -> None:
    files = write_many(tmp_path / "inbox", 8, series=2)
    root = _reference(tmp_path, files)
    before = tree(root)
    documents = sorted(root.glob("*/*/document.json"))
    for doc in documents:
        doc.unlink()
    proc = _spawn(root, "reindex", pause=0.4)
    _kill_when(proc, lambda: sum(d.exists() for d in documents) >= 2)
    assert 2 <= sum(d.exists() for d in documents) < len(documents)
    run(root, "reindex")
    assert tree(root) == before


def test_two_adds_at_once_both_complete(tmp_path: Path) -> None:
    files = write_many(tmp_path / "inbox", 12, series=4)
    root = tmp_path / "corpus"
    run(root, "init")
    first = _spawn(root, "add", *map(str, files[::2]), pause=0.05)
    second = _spawn(root, "add", *map(str, files[1::2]), pause=0.05)
    outs = [p.communicate(timeout=120) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outs
    assert tree(root) == tree(_reference(tmp_path, files))


def test_a_busy_corpus_says_who_holds_it(tmp_path: Path) -> None:
    files = write_many(tmp_path / "inbox", 6, series=2)
    root = tmp_path / "corpus"
    run(root, "init")
    holder = _spawn(root, "add", *map(str, files[:5]), pause=0.5)
    try:
        deadline = time.monotonic() + 60
        while _count_versions(root) < 1:
            assert time.monotonic() < deadline and holder.poll() is None
            time.sleep(0.01)
        result = run(root, "--wait", "0", "add", str(files[5]), code=2)
        assert "busy" in result.stderr and f"pid {holder.pid}" in result.stderr
        assert result.stderr.count("\n") == 1
        # Reading does not wait for the writer: it shows the index as it stands.
        assert run(root, "list").stdout
    finally:
        holder.communicate(timeout=120)
    assert holder.returncode == 0
