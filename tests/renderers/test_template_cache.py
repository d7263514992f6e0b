"""The template bytecode cache: used when it can be, never an error when it cannot."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from specdiff.renderers.template_cache import DISABLE_ENV, PATTERN, template_cache


def _env(cache: jinja2.BytecodeCache | None) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.DictLoader({"t.j2": "{{ x }}!"}), autoescape=True, bytecode_cache=cache)


def test_a_second_environment_renders_from_the_cached_code(tmp_path: Path) -> None:
    cache = template_cache()
    assert isinstance(cache, jinja2.FileSystemBytecodeCache)
    cache.directory = str(tmp_path)
    assert _env(cache).get_template("t.j2").render(x="<a>") == "&lt;a&gt;!"
    assert len(list(tmp_path.glob(PATTERN % "*"))) == 1
    compiled: list[str] = []
    fresh = _env(cache)
    fresh.compile = lambda *a, **k: compiled.append("compiled")  # type: ignore[method-assign,assignment]
    assert fresh.get_template("t.j2").render(x="b") == "b!"
    assert compiled == []


def test_unwritable_or_missing_directory_only_means_compiling(tmp_path: Path) -> None:
    cache = template_cache()
    assert cache is not None
    cache.directory = str(tmp_path / "absent" / "deeper")  # type: ignore[attr-defined]
    assert _env(cache).get_template("t.j2").render(x="c") == "c!"


def test_switched_off_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DISABLE_ENV, "1")
    assert template_cache() is None
