"""Running ``specdiff corpus`` in-process (CliRunner) and looking at a corpus folder."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from specdiff.cli import main


def run(root: Path, *args: str, code: int | None = 0) -> Result:
    """``specdiff corpus --corpus ROOT ARGS``; checks the exit code unless ``code`` is None."""
    result = CliRunner().invoke(main, ["corpus", "--corpus", str(root), *args])
    if code is not None:
        assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr, result.exception)
    assert "Traceback" not in result.stderr
    return result


def run_json(root: Path, *args: str) -> Any:
    return json.loads(run(root, *args, "--format", "json").stdout)


def tree(root: Path) -> dict[str, str]:
    """Every file of the corpus outside the cache, with the hash of its bytes."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".specdiff" not in p.relative_to(root).parts
    }


def versions_on_disk(root: Path) -> dict[str, list[str]]:
    """series -> version folder names, as the file system has them."""
    return {
        s.name: sorted(v.name for v in s.iterdir() if v.is_dir())
        for s in sorted(root.iterdir())
        if s.is_dir() and not s.name.startswith(".")
    }
