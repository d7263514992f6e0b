"""The repository's own sample corpus (corpus/): valid as it stands, and rebuilt from its
published files alone — every version of every series, added in shuffled order — it comes out
with the same series histories under the same version names."""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
import shutil
from pathlib import Path

import pytest

from specdiff.diff import compare
from specdiff.model import Document
from tests.conftest import ROOT
from tests.corpus.helpers import run, run_json, versions_on_disk

SAMPLE = ROOT / "corpus"
SOURCES = sorted(p for p in SAMPLE.glob("*/*/standard.*") if p.is_file())
pytestmark = pytest.mark.skipif(not SOURCES, reason="the sample corpus has no published files")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _source(folder: Path) -> Path:
    return next(folder.glob("standard.*"))


def _histories(root: Path) -> list[list[tuple[str, str]]]:
    """Each series as its ordered (version name, published-file hash) pairs; series names aside."""
    out = []
    for series, names in versions_on_disk(root).items():
        log = run_json(root, "log", series)["versions"]
        assert sorted(v["version"] for v in log) == names
        out.append([(v["version"], _sha(_source(root / series / v["version"]))) for v in log])
    return sorted(out)


def _doc(root: Path, series: str, version: str) -> Document:
    return Document.from_json(json.loads((root / series / version / "document.json").read_text()))


def test_the_sample_corpus_is_a_valid_corpus(tmp_path: Path) -> None:
    copy = tmp_path / "corpus"
    shutil.copytree(SAMPLE, copy, ignore=shutil.ignore_patterns(".specdiff"))
    result = run(copy, "list", "--format", "json")
    assert "warning" not in result.stderr
    listing = {s["series"]: s["versions"] for s in json.loads(result.stdout)}
    assert listing == {series: len(names) for series, names in versions_on_disk(SAMPLE).items()}


@pytest.mark.parametrize("seed", [2, 11])
def test_rebuilt_from_shuffled_files_it_has_the_same_histories(tmp_path: Path, seed: int) -> None:
    files = list(SOURCES)
    random.Random(seed).shuffle(files)
    root = tmp_path / "rebuilt"
    run(root, "init")
    for path in files:  # one at a time, as a division adds what it publishes
        run(root, "add", str(path))
    reference = tmp_path / "reference"
    shutil.copytree(SAMPLE, reference, ignore=shutil.ignore_patterns(".specdiff"))
    run(reference, "init")  # a no-op if the sample corpus is already initialised
    assert _histories(root) == _histories(reference)


def test_log_diff_search_and_report_on_the_rebuilt_corpus(tmp_path: Path) -> None:
    root = tmp_path / "rebuilt"
    run(root, "init")
    run(root, "add", "--jobs", "2", *map(str, reversed(SOURCES)))
    for series in versions_on_disk(root):
        log = run_json(root, "log", series)["versions"]
        for prev, cur in itertools.pairwise(log):
            summary = compare(_doc(root, series, prev["version"]), _doc(root, series, cur["version"])).summary
            assert (cur["substantive"], cur["editorial"]) == (summary["substantive"], summary["editorial"])
        if len(log) > 1:
            diff = json.loads(run(root, "diff", series, "--format", "json").stdout)
            assert diff["old"]["source"]["path"].startswith(f"{series}/{log[-2]['version']}/")
            assert diff["new"]["source"]["path"].startswith(f"{series}/{log[-1]['version']}/")
        # A clause of the latest version is found by its own words.
        doc = _doc(root, series, log[-1]["version"])
        text = next(c.text for _, c in doc.clauses() if len(c.text.split()) >= 8)
        hits = run_json(root, "search", *re.findall(r"[A-Za-z]{5,}", text)[:5])
        assert any(h["series"] == series and h["version"] == log[-1]["version"] for h in hits), text
    site = tmp_path / "site"
    run(root, "report", "--since", "2000", "-o", str(site))
    index = (site / "index.html").read_text()
    for series, names in versions_on_disk(root).items():
        if len(names) > 1:
            assert f'href="series/{series}.html"' in index
            assert f"../index.html#series-{series}" in (site / "series" / f"{series}.html").read_text()
