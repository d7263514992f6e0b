"""docs/api.md: every example runs, in order, as a library user would run it; and the front
door keeps its promises (lazy imports, no side effects, errors of one family)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = re.findall(r"```python\n(.*?)```", (ROOT / "docs" / "api.md").read_text(encoding="utf-8"), re.S)


def test_the_examples_in_docs_api_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus", ignore=shutil.ignore_patterns(".specdiff"))
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    assert len(EXAMPLES) >= 6
    for example in EXAMPLES:
        exec(compile(example, "docs/api.md", "exec"), namespace)
    assert (tmp_path / "records-clerk.docx").read_bytes()[:2] == b"PK"
    assert namespace["diff"].summary["substantive"] > 0  # type: ignore[attr-defined]
    assert [o.status for o in namespace["outcomes"]] == ["added", "added"]  # type: ignore[attr-defined]


def test_importing_specdiff_imports_nothing_heavy() -> None:
    code = (
        "import sys, specdiff\n"
        "heavy = {'spacy', 'pdfplumber', 'pypdfium2', 'docx', 'lxml', 'jinja2', 'rich', 'sqlite3', 'numpy'}\n"
        "ours = sorted(m for m in sys.modules if m.startswith('specdiff'))\n"
        "print(sorted(m for m in heavy if m in sys.modules), ours)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] ['specdiff']"


def test_every_front_door_name_is_there_and_documented() -> None:
    import specdiff

    for name in specdiff.__all__:
        assert getattr(specdiff, name) is not None
        if name != "__version__":
            assert f"specdiff.{name}" in (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    with pytest.raises(AttributeError):
        _ = specdiff.no_such_thing  # type: ignore[attr-defined]


def test_the_library_raises_only_specdiff_errors(tmp_path: Path) -> None:
    import specdiff

    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "specdiff/document/v1"}', encoding="utf-8")
    for call in (
        lambda: specdiff.load(tmp_path / "missing.pdf"),
        lambda: specdiff.load(b""),
        lambda: specdiff.load(bad),
        lambda: specdiff.load(b"CLERK\n\nDuties:\n\nFiles.\n", dialect="no-such-dialect"),
        lambda: specdiff.render(specdiff.load(b"CLERK\n\nFiles.\n"), "pdf"),
        lambda: specdiff.Corpus(tmp_path).log("x"),
        lambda: specdiff.check(b"CLERK\n\nFiles.\n", policy=tmp_path / "missing.toml"),
    ):
        with pytest.raises(specdiff.SpecdiffError):
            call()
