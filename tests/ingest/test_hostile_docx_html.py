"""DOCX and HTML that are damaged or hostile: a result or one line and exit 2, never a crash.

The files are generated (bench/hostile_inputs.py) so that each holds exactly one defect.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.hostile_inputs import docx_other_root, docx_without_body, docx_zip_bomb, numbered_docx
from specdiff.cli import main
from specdiff.errors import InputError
from specdiff.ingest import read


def _texts(data: bytes, name: str = "list.docx") -> tuple[list[str], tuple[str, ...]]:
    raw = read(data, name=name)
    return [line.text for line in raw.lines if line.text], raw.warnings


@pytest.mark.parametrize("ilvl", ["abc", "-1", "200000000", "9", "１"])
def test_a_list_level_word_does_not_allow_is_read_without_its_number(ilvl: str) -> None:
    texts, warnings = _texts(numbered_docx(ilvl=ilvl))
    assert texts[2:] == ["Files letters.", "Answers the telephone.", "Keeps the records."]
    assert any("not one of Word's levels 0-8" in w for w in warnings)


def test_a_start_that_is_no_number_numbers_from_one() -> None:
    texts, warnings = _texts(numbered_docx(start="x"))
    assert texts[2:4] == ["1. Files letters.", "2. Answers the telephone."]
    assert warnings == ("a list start 'x' is not a number; the list is numbered from 1",)


def test_roman_numbers_up_to_the_limit_are_written_at_once() -> None:
    texts, _ = _texts(numbered_docx(fmt="upperRoman", start="32767"))
    assert texts[2] == "M" * 32 + "DCCLXVII. Files letters."
    assert texts[3].startswith("M" * 32 + "DCCLXVIII.")


def test_a_list_starting_at_ten_billion_is_refused_naming_the_limit() -> None:
    with pytest.raises(InputError, match=r"numbered from 10000000000.*32,767.*SPECDIFF_MAX_LIST_NUMBER"):
        read(numbered_docx(fmt="lowerRoman", start="10000000000"), name="list.docx")


def test_the_list_limit_can_be_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECDIFF_MAX_LIST_NUMBER", "100000")
    assert _texts(numbered_docx(start="99999"))[0][2] == "99999. Files letters."


@pytest.mark.parametrize("maker", [docx_without_body, docx_other_root])
def test_a_package_without_a_word_body_is_one_line(tmp_path: Path, maker: object) -> None:
    path = tmp_path / "odd.docx"
    path.write_bytes(maker())  # type: ignore[operator]
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 2
    expected = f"cannot read {path}: the DOCX file has no document body (it is not a Word document)"
    assert result.stderr == f"specdiff: error: {expected}\n"


def test_a_zip_bomb_is_refused_before_it_is_inflated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECDIFF_MAX_UNPACKED_MB", "1")
    bomb = docx_zip_bomb(2)
    assert len(bomb) < 100_000
    expected = r"unpack to 2,\d{3},\d{3} bytes, past the limit of 1 MB.*SPECDIFF_MAX_UNPACKED_MB"
    with pytest.raises(InputError, match=expected):
        read(bomb, name="bomb.docx")


@pytest.mark.parametrize("control", ["\x01", "\x00", "\x0b", "\x0c", "\x1f"])
@pytest.mark.parametrize("dropped", ["<script>x()</script>", "<span hidden>h</span>", "<nav>menu</nav>"])
def test_a_control_character_after_a_dropped_element_is_a_space(control: str, dropped: str) -> None:
    page = f"<html><body><h1>RECORDS CLERK</h1><p>Files{dropped}{control}letters.</p></body></html>"
    texts, _ = _texts(page.encode(), name="page.html")
    assert texts == ["RECORDS CLERK", "Files letters."]


def test_a_zip_needing_an_unknown_version_is_one_line() -> None:
    """zipfile raises NotImplementedError (not BadZipFile) for this; found by tests/test_fuzz.py."""
    data = bytearray(numbered_docx())
    central = data.index(b"PK\x01\x02")
    data[central + 6 : central + 8] = (64).to_bytes(2, "little")  # "version needed to extract": 6.4
    with pytest.raises(InputError, match="DOCX file is corrupt"):
        read(bytes(data), name="odd.docx")
