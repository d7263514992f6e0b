"""How the index's writes are grouped into SQLite transactions.

Each version or count is written all or nothing (:meth:`Transactions.transaction`). A command
that writes many of them groups them (:meth:`Transactions.batch`): a commit writes every page it
touched to the write-ahead log, and committing each version of an ``add`` on its own was a
twentieth of the command. The index is a cache of the version folders (``sync`` rereads any
folder it does not know), so a run killed inside a batch loses nothing: the next command indexes
the folders whose rows the lost commit held.
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
        """All of the block's writes or none. Inside :meth:`batch` it is a savepoint: a failed
        block rolls back alone, and what it wrote is committed with the batch."""
        if self._batched >= 0:
            self.conn.execute("SAVEPOINT one")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK TO one")
                self.conn.execute("RELEASE one")
                raise
            self.conn.execute("RELEASE one")
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
