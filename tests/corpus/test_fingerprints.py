"""The parser's and the diff's fingerprints cover every module whose change alters their output:
the stage and everything it imports, found from the source, so a new dependency is never missed."""

from __future__ import annotations

import pytest

from specdiff.corpus.store import DIFF_CODE, PARSER_CODE
from tests.test_layers import PACKAGE, _imported_units


def _closure(units: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(units)
    while todo:
        unit = todo.pop()
        if unit in seen:
            continue
        seen.add(unit)
        base = PACKAGE / unit
        files = sorted(base.rglob("*.py")) if base.is_dir() else [PACKAGE / f"{unit}.py"]
        for path in files:
            todo.extend(_imported_units(path))
    return seen


def _named(parts: tuple[str, ...]) -> set[str]:
    return {part.removesuffix(".py") for part in parts}


@pytest.mark.parametrize(("parts", "stages"), [(PARSER_CODE, {"ingest", "parsers"}), (DIFF_CODE, {"diff"})])
def test_a_fingerprint_covers_its_stages_and_all_they_import(parts: tuple[str, ...], stages: set[str]) -> None:
    assert _named(parts) == _closure(stages)
    for part in parts:
        assert (PACKAGE / part).exists(), f"{part} names nothing in specdiff/"
