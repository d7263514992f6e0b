"""A corpus in broken surroundings: read-only, half unreadable, damaged, locked by someone else.

Reading must work wherever the files can be read; every other case is one line and exit 2, and
one bad file in an ``add`` batch costs only that file.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.corpus.helpers import run, run_json, tree
from tests.corpus.samples import write_many


@pytest.fixture
def corpus(tmp_path: Path) -> Iterator[Path]:
    files = write_many(tmp_path / "inbox", 4, series=2)
    root = tmp_path / "corpus"
    run(root, "init")
    run(root, "add", *map(str, files))
    yield root
    for path in (root, *root.rglob("*")):  # let pytest clean up what a test made read-only
        if not path.is_symlink():
            path.chmod(path.stat().st_mode | stat.S_IWUSR | stat.S_IRUSR | stat.S_IXUSR)


READ_ONLY = "is read-only here: it can be read, not changed"


def _unprivileged() -> list[str]:
    """A command prefix under which file permissions apply (root ignores them)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be made to apply")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--"]


def _specdiff(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [*_unprivileged(), sys.executable, "-m", "specdiff", "corpus", "--corpus", str(root), *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


def _freeze(path: Path) -> None:
    for p in sorted((path, *path.rglob("*")), key=lambda p: -len(p.parts)):
        p.chmod(p.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def test_a_read_only_corpus_can_be_read(corpus: Path) -> None:
    expected = {cmd: run(corpus, *cmd).stdout for cmd in (("list",), ("log", "5500000"), ("search", "stock"))}
    before = tree(corpus)
    _freeze(corpus)
    for cmd, out in expected.items():
        done = _specdiff(corpus, *cmd)
        assert (done.returncode, done.stdout) == (0, out), done.stderr
    assert _specdiff(corpus, "diff", "5500000").returncode == 0
    for cmd in (("add", str(corpus.parent / "inbox" / "many0000.txt")), ("reindex",)):
        done = _specdiff(corpus, *cmd)
        assert done.returncode == 2
        assert (
            done.stderr == f"specdiff: error: the corpus at {corpus} is read-only here: it can be read, not changed\n"
        )
    assert tree(corpus) == before


def test_a_read_only_corpus_without_its_index_is_read_from_the_files(corpus: Path) -> None:
    expected = run(corpus, "log", "5500001").stdout
    for index in (corpus / ".specdiff").glob("index.sqlite*"):
        index.unlink()
    _freeze(corpus)
    done = _specdiff(corpus, "log", "5500001")
    assert (done.returncode, done.stdout) == (0, expected), done.stderr
    assert not (corpus / ".specdiff" / "index.sqlite").exists()


def test_one_unreadable_file_costs_only_its_version(corpus: Path) -> None:
    source = next(corpus.glob("5500000/*/standard.txt"))
    source.chmod(0)
    (corpus / ".specdiff" / "index.sqlite").unlink()
    done = _specdiff(corpus, "list", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert {s["series"]: s["versions"] for s in json.loads(done.stdout)} == {"5500000": 1, "5500001": 2}
    assert f"{source.parent.parent.name}/{source.parent.name} skipped: cannot read standard.txt" in done.stderr


def test_a_lone_surrogate_in_a_stored_document_is_rebuilt(corpus: Path) -> None:
    document = next(corpus.glob("5500000/*/document.json"))
    document.write_text(document.read_text(encoding="utf-8").replace("Inventory", "Inv\\ud800entory", 1))
    result = run(corpus, "reindex")
    assert "lone surrogate" in result.stderr and "rebuilding it" in result.stderr
    assert "\\ud800" not in document.read_text(encoding="utf-8")


def test_an_index_that_is_a_folder_is_rebuilt(corpus: Path) -> None:
    index = corpus / ".specdiff" / "index.sqlite"
    for path in index.parent.glob("index.sqlite*"):
        path.unlink()
    index.mkdir()
    (index / "something").write_text("x")
    listing = run_json(corpus, "list")
    assert sum(s["versions"] for s in listing) == 4 and index.is_file()


def test_an_index_missing_its_full_text_table_is_rebuilt(corpus: Path) -> None:
    with sqlite3.connect(corpus / ".specdiff" / "index.sqlite") as conn:
        conn.execute("DROP TABLE clauses")
    result = run(corpus, "search", "stock")
    assert "its table clauses is missing" in result.stderr and "Inventory Clerk" in result.stdout


def test_a_search_for_punctuation_only_is_one_line(corpus: Path) -> None:
    result = run(corpus, "search", '"', code=2)
    assert result.stderr == "specdiff: error: nothing to search for in '\"': give words (letters or digits)\n"


@pytest.mark.parametrize(("name", "make", "message"), [
    (".specdiff", Path.touch, ".specdiff is a file, not a folder; move it away"),
    ("specdiff-corpus.json", Path.mkdir, "specdiff-corpus.json is a folder, not a file; move it away"),
])  # fmt: skip
def test_init_over_something_in_the_way_says_what(tmp_path: Path, name: str, make: object, message: str) -> None:
    root = tmp_path / "c"
    root.mkdir()
    make(root / name)  # type: ignore[operator]
    result = run(root, "init", code=2)
    assert result.stderr == f"specdiff: error: cannot make a corpus at {root}: {message}\n"


def test_an_outside_exclusive_lock_is_waited_for_then_reported(corpus: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", (
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA locking_mode=EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE')\n"
            "c.execute('SELECT count(*) FROM versions').fetchone(); print('held', flush=True)\n"
            "time.sleep(60)\n"
        ), str(corpus / ".specdiff" / "index.sqlite")],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        for args in (("list",), ("reindex",)):
            started = time.monotonic()
            result = run(corpus, "--wait", "0.5", *args, code=2)
            assert 0.4 < time.monotonic() - started < 20
            assert result.stderr.endswith("is locked by another program; waited 0.5s (retry, or pass --wait SECONDS)\n")
    finally:
        holder.kill()
        holder.wait()
    assert run_json(corpus, "list")


def test_one_bad_file_in_a_batch_costs_only_that_file(tmp_path: Path) -> None:
    good = write_many(tmp_path / "inbox", 4, series=4)
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    root = tmp_path / "corpus"
    run(root, "init")
    batch = [good[0], empty, Path("/dev/zero"), good[1], tmp_path / "missing.txt", good[2], good[3]]
    result = run(root, "add", *map(str, batch), code=2)
    assert result.stdout.count("added ") == 4
    errors = result.stderr.splitlines()
    assert len(errors) == 3 and all(line.startswith("specdiff: error: cannot read ") for line in errors)
    assert sum(s["versions"] for s in run_json(root, "list")) == 4


def test_a_bug_on_one_file_of_a_batch_costs_only_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import specdiff.parsers

    good = write_many(tmp_path / "inbox", 3, series=3)
    real = specdiff.parsers.parse

    def parse(raw, *args, **kwargs):  # type: ignore[no-untyped-def]
        if raw.source.path.endswith("many0001.txt"):
            raise ZeroDivisionError("a bug of ours")
        return real(raw, *args, **kwargs)

    monkeypatch.setattr(specdiff.parsers, "parse", parse)
    root = tmp_path / "corpus"
    run(root, "init")
    result = run(root, "add", *map(str, good), code=3)
    assert result.stdout.count("added ") == 2
    assert "internal error on" in result.stderr and "ZeroDivisionError: a bug of ours" in result.stderr
