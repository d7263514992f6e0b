"""Every seed and every real document in ../shared ingests into non-empty lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from specdiff.ingest import read
from tests.conftest import SHARED, shared_path

REALDOCS = sorted(p.name for p in (SHARED / "realdocs").glob("*") if p.suffix in (".pdf", ".docx", ".html", ".txt"))
SEEDS = sorted(p.name for p in (SHARED / "seeds").glob("*.txt"))


@pytest.mark.shared
@pytest.mark.parametrize("name", SEEDS or ["(absent)"])
def test_seed_ingests(name: str) -> None:
    raw = read(shared_path("seeds", name))
    assert sum(1 for ln in raw.lines if ln.text.strip()) > 20


@pytest.mark.shared
@pytest.mark.parametrize("name", REALDOCS or ["(absent)"])
def test_realdoc_ingests(name: str) -> None:
    path: Path = shared_path("realdocs", name)
    raw = read(path)
    assert sum(len(ln.text.split()) for ln in raw.lines) > 150
