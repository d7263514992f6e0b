"""Pausing Python's cyclic garbage collector while a stage builds many small acyclic objects.

Reading a PDF makes a few hundred thousand glyph tuples, words and lines that are all alive at
once and form no reference cycles. Each 700 allocations the collector walks the young objects,
and every so often all of them, which cost 10-25% of PDF ingestion (measured, docs/performance.md).
Reference counting frees everything as usual while the collector waits; it runs again as soon as
the block ends, so cycles made inside are only collected late, never leaked.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off (restored after, also on error; nests)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
