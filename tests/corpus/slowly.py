"""``python tests/corpus/slowly.py SECONDS corpus ...``: the specdiff command line with every write
to a corpus index delayed by SECONDS, for the crash tests.

A version's files are in place before the index records them, and the counts of changes are
written after every version is recorded; the delay widens those windows so that a SIGKILL lands
in them. The delay is put in from outside (a wrapper of the index's two writing methods), so the
product's write path carries no hook for tests.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any


def _slowed(method: Callable[..., Any], seconds: float) -> Callable[..., Any]:
    def slowed(*args: Any, **kwargs: Any) -> Any:
        time.sleep(seconds)
        return method(*args, **kwargs)

    return slowed


def main() -> None:
    seconds = float(sys.argv.pop(1))
    from specdiff.cli import main as specdiff
    from specdiff.corpus.index import Index

    Index.put_version = _slowed(Index.put_version, seconds)  # type: ignore[method-assign]
    Index.put_step = _slowed(Index.put_step, seconds)  # type: ignore[method-assign]
    specdiff(prog_name="specdiff")


if __name__ == "__main__":
    main()
