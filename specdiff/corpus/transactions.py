"""How the index's writes are grouped into SQLite transactions.

Each version or count is written all or nothing (:meth:`Transactions.transaction`). A command
that writes many of them groups them (:meth:`Transactions.batch`): a commit writes every page it
touched to the write-ahead log, and committing each version of an ``add`` on its own was a
twentieth of the command. The index is a cache of the version folders (``sync`` rereads any
folder it does not know), so a run killed inside a batch, or a write that fails in one, loses
nothing: the next command indexes the folders whose rows were not committed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

BATCH = 64  # transactions committed together inside a batch


class Transactions:
    """The transaction handling of a connection opened with ``isolation_level=None``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._batched = -1  # transactions since the open batch's last commit; -1: no batch open

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All of the block's writes or none.

        Inside :meth:`batch` a block that fails rolls back everything the batch has not
        committed yet, its own writes and those of the blocks before it, which the next command's
        ``sync`` indexes again from their folders. A savepoint per block would roll back the one
        block only, but releasing it makes the full-text table write out its pending terms: a
        fifth of the index's time in ``add``, for a failure (SQLite failing in mid-write) that
        ends the command anyway."""
        if self._batched >= 0:
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                self.conn.execute("BEGIN IMMEDIATE")
                self._batched = 0
                raise
            self._batched += 1
            if self._batched >= BATCH:
                self.conn.execute("COMMIT")
                self.conn.execute("BEGIN IMMEDIATE")
                self._batched = 0
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Commit the transactions of the block together, :data:`BATCH` at a time (see the
        module docstring). Whatever ends the block, what its finished transactions wrote is
        committed."""
        if self._batched >= 0:
            yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._batched = 0
        try:
            yield
        finally:
            self._batched = -1
            self.conn.execute("COMMIT")


__all__ = ["BATCH", "Transactions"]
