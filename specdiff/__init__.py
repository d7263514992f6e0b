"""specdiff: parse, compare and check public-sector job classification standards.

The front door (docs/api.md)::

    import specdiff

    old = specdiff.load("clerk-2018.pdf")
    new = specdiff.load("clerk-2024.docx")
    diff = specdiff.compare(old, new)
    html = specdiff.render(diff, "html")

``load``, ``compare``, ``render``, ``check``, ``ladder``, ``compare_titles`` and ``Corpus`` are
imported on first use (from :mod:`specdiff.api`), so ``import specdiff`` and ``specdiff --help``
stay fast; every error they raise on purpose is a ``specdiff.SpecdiffError``. Importing
specdiff changes nothing in the process: no environment variable, no umask, no global setting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .api import Corpus, check, compare, compare_titles, ladder, load, render
    from .errors import SpecdiffError

_FRONT_DOOR = ("Corpus", "check", "compare", "compare_titles", "ladder", "load", "render")


def __getattr__(name: str) -> Any:
    if name in _FRONT_DOOR:
        from . import api

        return getattr(api, name)
    if name == "SpecdiffError":
        from .errors import SpecdiffError

        return SpecdiffError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Corpus",
    "SpecdiffError",
    "__version__",
    "check",
    "compare",
    "compare_titles",
    "ladder",
    "load",
    "render",
]
