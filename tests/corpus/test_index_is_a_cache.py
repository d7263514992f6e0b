"""The index is a cache that every command brings back to the truth of the files.

An ``add`` killed while it compared versions left them recorded without their counts of changes;
``log`` then showed ``-`` for ever, because only folders that changed were looked at again.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.corpus.helpers import run, run_json
from tests.corpus.samples import write_many


def _corpus(tmp_path: Path, count: int = 6, series: int = 2) -> tuple[Path, list[Path]]:
    files = write_many(tmp_path / "inbox", count, series=series)
    root = tmp_path / "corpus"
    run(root, "init")
    run(root, "add", *map(str, files))
    return root, files


def _logs(root: Path) -> dict[str, list[tuple[object, object]]]:
    names = [s["series"] for s in run_json(root, "list")]
    return {n: [(v["substantive"], v["editorial"]) for v in run_json(root, "log", n)["versions"]] for n in names}


def _forget_counts(root: Path) -> None:
    with sqlite3.connect(root / ".specdiff" / "index.sqlite") as conn:
        conn.execute("DELETE FROM steps")


def _counted(logs: dict[str, list[tuple[object, object]]]) -> bool:
    return all(all(s is not None for s, _ in versions[1:]) for versions in logs.values())


@pytest.mark.parametrize("command", [("list",), ("reindex",), ("search", "experience")])
def test_any_command_restores_lost_counts(tmp_path: Path, command: tuple[str, ...]) -> None:
    root, _ = _corpus(tmp_path)
    before = _logs(root)
    assert _counted(before)
    _forget_counts(root)
    run(root, *command)
    with sqlite3.connect(root / ".specdiff" / "index.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM steps").fetchone()[0] == sum(len(v) - 1 for v in before.values())
    assert _logs(root) == before


def test_sigkill_while_comparing_loses_no_counts(tmp_path: Path) -> None:
    files = write_many(tmp_path / "inbox", 6, series=2)
    root = tmp_path / "corpus"
    run(root, "init")
    slowly = Path(__file__).with_name("slowly.py")
    proc = subprocess.Popen(
        [sys.executable, str(slowly), "0.3", "corpus", "--corpus", str(root), "add", *map(str, files)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    index = root / ".specdiff" / "index.sqlite"
    deadline = time.monotonic() + 60
    while _indexed(index) < len(files):  # every version recorded: it is now comparing
        assert proc.poll() is None and time.monotonic() < deadline, "add finished before the kill"
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(index) as conn:
        assert conn.execute("SELECT count(*) FROM steps").fetchone()[0] == 0
    logs = _logs(root)
    assert _counted(logs), logs


def _indexed(index: Path) -> int:
    try:
        with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT count(*) FROM versions").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_an_index_write_failing_in_mid_add_loses_no_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed write inside add's batch rolls back the rows not yet committed; their folders
    are in place, and the next command indexes them."""
    from specdiff.corpus import Corpus
    from specdiff.corpus.index import Index

    files = write_many(tmp_path / "inbox", 6, series=2)
    root = tmp_path / "corpus"
    run(root, "init")
    real = Index.put_version
    calls: list[int] = []

    def failing_fourth(self: Index, *args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 4:
            raise sqlite3.OperationalError("disk I/O error")
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Index, "put_version", failing_fourth)
    with pytest.raises(sqlite3.OperationalError):
        Corpus(root).add(files)
    monkeypatch.setattr(Index, "put_version", real)
    folders = [p for p in root.glob("*/*") if (p / "document.json").exists()]
    assert len(folders) == 4  # three written and indexed, the fourth written before its row failed
    listed = run_json(root, "list")
    assert sum(s["versions"] for s in listed) == 4
    run(root, "add", *map(str, files))
    assert sum(s["versions"] for s in run_json(root, "list")) == 6
    assert _counted(_logs(root))
