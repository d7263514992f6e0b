"""The corpus: every published version of every standard of a division, in one folder.

A directory a person can keep in git (``<series>/<version>/standard.*`` plus ``document.json``)
with an SQLite index beside it that is only a cache of the files. See docs/corpus.md. Library
users and the command line (``specdiff corpus``) use the same object, :class:`Corpus`, one
method per command::

    corpus = Corpus("corpus")
    corpus.add(["new/records-clerk.pdf"])
    for entry in corpus.log("records-clerk"):
        print(entry.row.version, entry.step and entry.step.substantive)

How ``add`` goes, one file at a time: identify (:mod:`.identify`, in the pool: :mod:`.work`) →
place (:mod:`.place`) → write (:mod:`.store`) → index (:mod:`.record`) → count (:mod:`.steps`);
``sync`` (:mod:`.sync`) runs the same steps for folders the index does not reflect yet.
"""

from __future__ import annotations

from .commands import Corpus, Indexed

__all__ = ["Corpus", "Indexed"]
