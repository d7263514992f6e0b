"""A bytecode cache for our Jinja2 templates, so a fresh process does not compile them again.

Compiling the report's thirteen templates (parse, generate Python, ``compile``) took ~25 ms of
CPU in every ``specdiff diff -o report.html``, ten times the render itself. Jinja2's
``FileSystemBytecodeCache`` keeps the compiled code in a per-user directory of the system temp
folder that Jinja2 creates mode 0700 and refuses to use unless it is the user's own. Each entry
is keyed by the template's name and file and checked against a checksum of its source, Jinja2's
version and Python's bytecode magic, so an edited template or an upgrade is compiled afresh;
nothing stale can be served. The cache is only ever an optimisation: when the directory cannot be
made, read or written, the templates are compiled as before and nothing is reported.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2

PATTERN = "__specdiff_%s.cache"
DISABLE_ENV = "SPECDIFF_NO_TEMPLATE_CACHE"


def template_cache() -> jinja2.BytecodeCache | None:
    """The bytecode cache, or None when it is switched off (``SPECDIFF_NO_TEMPLATE_CACHE=1``) or
    no safe directory is available."""
    import jinja2

    class QuietCache(jinja2.FileSystemBytecodeCache):
        """Failing to read or write an entry falls back to compiling: never an error for a report."""

        def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except OSError:
                bucket.reset()

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            try:
                super().dump_bytecode(bucket)
            except OSError:
                return

    if os.environ.get(DISABLE_ENV):
        return None
    try:
        return QuietCache(pattern=PATTERN)
    except (OSError, RuntimeError):
        return None
