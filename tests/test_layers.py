"""The layers of docs/architecture.md, checked on the source: no module imports a later layer or
a sibling stage, and no module of specdiff/ is over 400 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "specdiff"

# Lowest first. A module may import its own layer's modules and any layer listed before its own.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors", "limits", "jsontext", "textsafe", "gcpause", "nlp", "files", "schemas"),
    ("model",),
    ("phrases",),
    ("ingest",),
    ("parsers",),
    ("loading",),
    ("diff",),
    ("ladders",),
    ("renderers",),
    ("review",),
    ("corpus",),
    ("checks",),
    ("api",),
    ("cli",),
    ("__main__",),
)
# Stages in the same row of LAYERS are siblings, which may not import each other: only the
# foundation's small modules (the first row) may.
SIBLINGS_ALLOWED = {LAYERS[0]}
LEVEL = {name: i for i, row in enumerate(LAYERS) for name in row}


def _unit(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _imported_units(path: Path) -> set[str]:
    """The top-level specdiff units (packages or modules) a file imports, lazily or not."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    depth = len(path.relative_to(PACKAGE).parts) - 1
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0:
                parts = (node.module or "").split(".")
                if parts[0] == "specdiff" and len(parts) > 1:
                    found.add(parts[1])
                elif parts[0] == "specdiff":
                    found.update(alias.name for alias in node.names)
            elif node.level > depth:  # reaches specdiff/ itself: "from .. import x" or "from ..diff import y"
                parts = (node.module or "").split(".")
                if parts[0]:
                    found.add(parts[0])
                else:
                    found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "specdiff" and len(parts) > 1:
                    found.add(parts[1])
    return found - {"__version__"}


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_imports_a_later_layer_or_a_sibling(path: Path) -> None:
    unit = _unit(path)
    assert unit in LEVEL, f"{unit} is in no layer of LAYERS: place it in docs/architecture.md and here"
    for other in _imported_units(path) - {unit}:
        assert other in LEVEL, f"{path.name} imports specdiff.{other}, which is in no layer"
        if LEVEL[other] == LEVEL[unit]:
            assert LAYERS[LEVEL[unit]] in SIBLINGS_ALLOWED, f"{unit} imports its sibling {other}"
        assert LEVEL[other] <= LEVEL[unit], f"{path.relative_to(PACKAGE)} imports the later layer {other}"


def test_the_front_door_imports_nothing_at_import_time() -> None:
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    top = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom) and n.module != "__future__"]
    assert all(isinstance(n, ast.ImportFrom) and n.module == "typing" for n in top)


def test_the_diff_never_reads_with_the_parsers_and_renderers_never_reach_into_the_diff() -> None:
    for path in (PACKAGE / "diff").rglob("*.py"):
        assert "parsers" not in _imported_units(path), path
    for path in (PACKAGE / "renderers").rglob("*.py"):
        assert "diff" not in _imported_units(path), path


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_over_400_lines(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 400
