"""What a worker process needs before its first task, loaded once in the fork server.

The corpus's workers are forked from a fork server (see :func:`.work.new_pool`), which imports
the modules it is told to preload and then forks a worker per request. Importing this module
there builds the spaCy pipeline every parse and comparison uses (:func:`specdiff.nlp.english`,
about 0.6 s of CPU). Each worker is then forked with the pipeline in place, instead of every
worker starting spaCy on its first task: with two workers, 0.6 s of CPU each before the first
file was parsed, on a machine whose cores the batch then keeps busy. The server is started as
soon as a command knows it has files to parse (:func:`.work.start_workers`).
"""

from __future__ import annotations

from ..nlp import english

english()
