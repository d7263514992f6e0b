"""One ``add --jobs 2`` starts one pool of workers for all its steps, and closes it at the end.

Reading the files and counting the changes between versions are two batches; each worker's first
task starts spaCy, so a pool per batch paid that start twice per worker.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from specdiff.corpus import Corpus, work
from tests.corpus.samples import write_all


def test_one_pool_serves_every_step_of_an_add(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[ProcessPoolExecutor] = []
    real = work.new_pool

    def counted(jobs: int) -> ProcessPoolExecutor:
        pool = real(jobs)
        started.append(pool)
        return pool

    monkeypatch.setattr(work, "new_pool", counted)
    files = sorted(write_all(tmp_path / "inbox"))
    corpus = Corpus(tmp_path / "corpus", jobs=2)
    corpus.init()
    outcomes = corpus.add(files)
    assert {o.status for o in outcomes} == {"added"}
    entries = [e for s in corpus.list_series() for e in corpus.log(s.name)]
    assert len(entries) == len(files)
    assert sum(e.step is not None for e in entries) == len(files) - len(corpus.list_series()) > 0  # counted
    assert len(started) == 1  # the reading and the counting of changes shared it
    with pytest.raises(RuntimeError):  # closed with the command
        started[0].submit(print)


def test_a_worker_starts_with_the_spacy_pipeline_built() -> None:
    """Workers are forked from a server that built the pipeline (corpus/worker_start.py), so no
    worker pays for starting spaCy on its first task."""
    if work._context().get_start_method() != "forkserver":
        pytest.skip("workers are spawned, not forked from a server, on this platform")
    work.start_workers()
    asked = "tuple(__import__('specdiff.nlp').nlp.english.cache_info())"  # hits, misses, maxsize, size
    with work.new_pool(1) as pool:
        hits, misses, _, size = pool.submit(eval, asked).result(timeout=120)
    assert (size, misses, hits) == (1, 1, 0)  # built once before the worker's first task, not by it
