"""The index's writes inside a batch: committed together; a failure rolls back what is not committed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from specdiff.corpus.transactions import BATCH, Transactions


def _open(path: Path) -> Transactions:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS t(x INTEGER)")
    return Transactions(conn)


def _count(path: Path) -> int:
    """Rows another connection sees: what has been committed."""
    other = sqlite3.connect(path)
    try:
        return int(other.execute("SELECT count(*) FROM t").fetchone()[0])
    finally:
        other.close()


def test_a_batch_commits_every_batch_and_at_its_end(tmp_path: Path) -> None:
    db = tmp_path / "i.sqlite"
    tx = _open(db)
    with tx.batch():
        for i in range(BATCH + 3):
            with tx.transaction():
                tx.conn.execute("INSERT INTO t VALUES (?)", (i,))
            if i == BATCH - 2:
                assert _count(db) == 0  # not committed one by one
        assert _count(db) == BATCH  # the first BATCH went out together
    assert _count(db) == BATCH + 3


def test_a_failed_transaction_in_a_batch_rolls_back_what_the_batch_has_not_committed(tmp_path: Path) -> None:
    db = tmp_path / "i.sqlite"
    tx = _open(db)
    with tx.batch():
        for i in range(BATCH):
            with tx.transaction():
                tx.conn.execute("INSERT INTO t VALUES (?)", (i,))
        with tx.transaction():
            tx.conn.execute("INSERT INTO t VALUES (-1)")
        with pytest.raises(ZeroDivisionError), tx.transaction():
            tx.conn.execute("INSERT INTO t VALUES (-2)")
            raise ZeroDivisionError
        with tx.transaction():
            tx.conn.execute("INSERT INTO t VALUES (-3)")
    rows = sorted(r[0] for r in sqlite3.connect(db).execute("SELECT x FROM t"))
    assert rows == [-3, *range(BATCH)]  # the committed 64 kept; -1 and -2 rolled back; -3 written after


def test_a_batch_ended_by_an_error_keeps_its_finished_transactions(tmp_path: Path) -> None:
    db = tmp_path / "i.sqlite"
    tx = _open(db)
    with pytest.raises(KeyboardInterrupt), tx.batch():
        with tx.transaction():
            tx.conn.execute("INSERT INTO t VALUES (1)")
        raise KeyboardInterrupt
    assert _count(db) == 1
    with tx.transaction():  # and the connection is back to one transaction per block
        tx.conn.execute("INSERT INTO t VALUES (2)")
    assert _count(db) == 2


def test_a_nested_batch_is_part_of_the_outer_one(tmp_path: Path) -> None:
    db = tmp_path / "i.sqlite"
    tx = _open(db)
    with tx.batch():
        with tx.batch(), tx.transaction():
            tx.conn.execute("INSERT INTO t VALUES (1)")
        assert _count(db) == 0
    assert _count(db) == 1
