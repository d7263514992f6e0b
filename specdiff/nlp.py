"""spaCy, loaded once per process and shared by every stage that needs it.

``import spacy`` and a blank English pipeline cost most of a second; the parsers (sentences,
requirement patterns) and the diff (lemmas) each built their own blank pipeline, so a
``specdiff diff`` paid for three tokenizers. Now they share one, built on first use (the diff
reads its lemma table straight from spacy-lookups-data, no pipeline). Nothing here runs at
import time.

``import spacy`` also imports spaCy's own command line (``spacy.cli``: typer, requests, weasel,
its config templates), only because ``spacy/__init__`` re-exports ``spacy.info`` from it. That
is a quarter of spaCy's import time (~0.15 s of CPU) for a command line we never run, so
:func:`english` imports spaCy with ``spacy.cli`` deferred: while ``spacy/__init__`` runs, a
stand-in answers for ``spacy.cli.info`` whose ``info`` imports the real one when called (and any
other name asked of it imports the real module there and then); the stand-ins are gone from
``sys.modules`` once spaCy is imported, so a later ``import spacy.cli`` is the real one.
"""

from __future__ import annotations

import importlib
import sys
import types
from functools import lru_cache
from typing import Any

_CLI = "spacy.cli"
_CLI_INFO = "spacy.cli.info"


@lru_cache(maxsize=1)
def english() -> Any:
    """Blank English with the rule-based sentencizer (no model download); its tokenizer
    (``make_doc``) and vocab serve every other rule component too. ``English()`` is the
    pipeline ``spacy.blank("en")`` builds, without resolving and validating a config for it."""
    import_spacy()
    from spacy.lang.en import English

    nlp = English()
    nlp.add_pipe("sentencizer")
    return nlp


def import_spacy() -> types.ModuleType:
    """``import spacy`` with its command line deferred (see the module docstring)."""
    if "spacy" in sys.modules or _CLI in sys.modules:
        return importlib.import_module("spacy")
    stand_ins = {_CLI: _DeferredModule(_CLI), _CLI_INFO: _DeferredModule(_CLI_INFO)}
    stand_ins[_CLI].__path__ = []  # a package, so that ``spacy.cli.info`` can be found in it
    stand_ins[_CLI_INFO].info = _info  # type: ignore[attr-defined]
    sys.modules.update(stand_ins)
    try:
        return importlib.import_module("spacy")
    finally:
        _drop()


def _drop() -> None:
    """Remove the stand-ins (never a real module) from ``sys.modules``."""
    for name in (_CLI, _CLI_INFO):
        if isinstance(sys.modules.get(name), _DeferredModule):
            del sys.modules[name]


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported on the first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


class _DeferredModule(types.ModuleType):
    """Stands in for a module of ``spacy.cli`` while spaCy is imported; a name it does not hold
    imports the real module (stand-ins removed first) and is answered from it."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        _drop()
        real = importlib.import_module(self.__name__)
        return getattr(real, name)
