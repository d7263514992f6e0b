"""Names that reach the file system."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from specdiff.corpus.layout import child, find_source, is_safe_name, slug
from specdiff.errors import CorpusError


@given(st.text(max_size=200))
def test_a_slug_is_always_one_plain_component(text: str) -> None:
    name = slug(text)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name) or name == "untitled"
    assert is_safe_name(name) and len(name) <= 80


@pytest.mark.parametrize("name", ["..", ".", "a/b", "", ".hidden", "a\\b", "x\x00y"])
def test_unsafe_names_are_refused(name: str, tmp_path: Path) -> None:
    with pytest.raises(CorpusError):
        child(tmp_path, name)


def test_the_source_is_standard_star_or_the_only_document(tmp_path: Path) -> None:
    (tmp_path / "document.json").write_text("{}")
    assert find_source(tmp_path) == (None, "no published file (standard.txt, .pdf, .docx or .html) in it")
    (tmp_path / "records-clerk.txt").write_text("x")
    assert find_source(tmp_path)[0] == tmp_path / "records-clerk.txt"
    (tmp_path / "other.pdf").write_text("x")
    assert find_source(tmp_path)[0] is None
    (tmp_path / "standard.pdf").write_text("x")
    assert find_source(tmp_path)[0] == tmp_path / "standard.pdf"
