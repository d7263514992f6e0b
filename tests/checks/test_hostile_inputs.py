"""``specdiff check`` on hostile JSON and TOML: one line and exit 2, never a crash.

A document JSON holding a lone surrogate (``"\\ud800"``) could be loaded but not written out,
and JSON or TOML nested thousands deep exhausted Python's recursion: both crashed with exit 3.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.hostile_inputs import STANDARD, deep_toml
from specdiff.cli import main
from specdiff.errors import InputError
from specdiff.jsontext import json_depth, load_json


@pytest.fixture
def document(tmp_path: Path) -> dict[str, object]:
    source = tmp_path / "std.txt"
    source.write_text(STANDARD, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(source), "--format", "json"])
    assert result.exit_code == 0
    data: dict[str, object] = json.loads(result.stdout)
    return data


SURROGATE = "its JSON holds a lone surrogate (\\ud800), which is not text"


def _check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args])
    return result.exit_code, result.stderr


def test_a_lone_surrogate_is_one_line(tmp_path: Path, document: dict[str, object]) -> None:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(document).replace("RECORDS CLERK", "RECORDS \\ud800CLERK", 1), encoding="utf-8")
    for args in ([str(path)], [str(path), "--against", str(path)]):
        code, err = _check(*args)
        assert code == 2, err
        assert err == f"specdiff: error: cannot read {path}: {SURROGATE}\n"


def test_a_surrogate_pair_is_text() -> None:
    assert load_json('{"a": "\\ud83d\\ude00"}', "x") == {"a": "\U0001f600"}


def test_deep_json_is_one_line_naming_the_limit(tmp_path: Path, document: dict[str, object]) -> None:
    path = tmp_path / "deep.json"
    text = json.dumps(document)
    path.write_text(text[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    code, err = _check(str(path))
    assert code == 2 and "nested 100,001 levels deep" in err and "SPECDIFF_MAX_NESTING" in err


def test_json_depth_ignores_brackets_in_strings() -> None:
    assert json_depth('{"a": "[[[[{{{", "b": [[1], {"c": "\\"]]"}]}') == 3
    with pytest.raises(InputError, match="not valid JSON"):
        load_json("{", "x")


def test_raised_nesting_limit_reads_deeper_than_python_recursion(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECDIFF_MAX_NESTING", "2000")
    value, depth = load_json("[" * 1500 + "]" * 1500, "x"), 0
    while value is not None:
        value, depth = (value[0] if value else None), depth + 1
    assert depth == 1500


def test_deep_toml_policy_is_one_line(tmp_path: Path, document: dict[str, object]) -> None:
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps(document), encoding="utf-8")
    policy = tmp_path / "policy.toml"
    policy.write_bytes(deep_toml(100_000))
    code, err = _check(str(doc), "--policy", str(policy))
    assert code == 2 and err.count("\n") == 1 and "nests its values deeper" in err
