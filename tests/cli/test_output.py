"""``-o PATH`` writes the report without destroying what PATH is.

A regular file (or a new path) is replaced atomically; a symlink is written through to its
target; a device or a FIFO is written in place (a rename would turn ``/dev/null`` into a file);
a directory, an empty name, a missing folder or a read-only file is one line and exit 2.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from specdiff.cli import main
from specdiff.cli.output import write_output
from specdiff.errors import OutputError

REPORT = "summary: 1 substantive\n"


def test_new_file_is_created_with_ordinary_permissions(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    write_output(REPORT, str(out))
    assert out.read_text(encoding="utf-8") == REPORT
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~_umask()
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]  # no temporary file left behind


def test_regular_file_is_replaced_and_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    out.write_text("old report\n", encoding="utf-8")
    out.chmod(0o640)
    write_output(REPORT, str(out))
    assert out.read_text(encoding="utf-8") == REPORT
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_symlink_is_written_through_and_stays_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_output(REPORT, str(link))
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == REPORT


def test_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "made.txt")
    write_output(REPORT, str(link))
    assert link.is_symlink() and (tmp_path / "made.txt").read_text(encoding="utf-8") == REPORT


def test_fifo_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_output(REPORT, str(fifo))
    reader.join(timeout=10)
    assert received == [REPORT.encode()]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_character_device_is_written_in_place(tmp_path: Path) -> None:
    """A private copy of /dev/null's device node, so that a regression cannot harm the real one."""
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        node.open("wb").close()
    except OSError as exc:  # not root, or a file system mounted nodev
        pytest.skip(f"cannot make a device node here: {exc.strerror}")
    write_output(REPORT, str(node))
    assert stat.S_ISCHR(node.lstat().st_mode)


@pytest.mark.parametrize(
    ("name", "needle"),
    [("", "needs a file name"), ("{dir}", "is a directory"), ("{dir}/missing/r.txt", "does not exist")],
)
def test_unwritable_targets_are_one_line_errors(tmp_path: Path, name: str, needle: str) -> None:
    with pytest.raises(OutputError, match=needle):
        write_output(REPORT, name.format(dir=tmp_path))


def test_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write any file; the permission check is for ordinary users")
    out = tmp_path / "locked.txt"
    out.write_text("keep\n", encoding="utf-8")
    out.chmod(0o444)
    with pytest.raises(OutputError, match="permission denied"):
        write_output(REPORT, str(out))
    assert out.read_text(encoding="utf-8") == "keep\n"


def test_longest_allowed_name_works_and_one_more_is_refused(tmp_path: Path) -> None:
    longest = tmp_path / ("r" * 251 + ".txt")
    write_output(REPORT, str(longest))
    assert longest.read_text(encoding="utf-8") == REPORT
    with pytest.raises(OutputError, match="too long"):
        write_output(REPORT, str(tmp_path / ("r" * 252 + ".txt")))


def test_cli_directory_output_is_one_line_and_exit_2(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("RECORDS CLERK\n\nDUTIES\n\nFiles letters.\n", encoding="utf-8")
    for output, needle in ((str(tmp_path), "is a directory"), ("", "needs a file name")):
        result = CliRunner().invoke(main, ["parse", str(source), "-o", output])
        assert result.exit_code == 2, result.output
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("specdiff: error: ")
        assert needle in result.stderr


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# --------------------------------------------------------------------------- format from suffix


def _pair(tmp_path: Path) -> tuple[str, str]:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("RECORDS CLERK\n\nDUTIES\n\nFiles letters.\n", encoding="utf-8")
    new.write_text("RECORDS CLERK\n\nDUTIES\n\nFiles letters and forms.\n", encoding="utf-8")
    return str(old), str(new)


@pytest.mark.parametrize(
    "args",
    [
        ["parse", "{old}", "-o", "{dir}/r.docx"],
        ["diff", "{old}", "{new}", "--format", "text", "-o", "{dir}/r.docx"],
        ["parse", "{old}", "-o", "{dir}/r.pdf"],
        ["diff", "{old}", "{new}", "-o", "{dir}/r.log"],
        ["parse", "{old}", "-o", "{dir}/r.html"],
        ["check", "{old}", "-o", "{dir}/r.docx"],
    ],
)
def test_a_suffix_specdiff_does_not_write_is_refused(tmp_path: Path, args: list[str]) -> None:
    old, new = _pair(tmp_path)
    result = CliRunner().invoke(main, [a.format(old=old, new=new, dir=tmp_path) for a in args])
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1 and "does not write" in result.stderr
    assert not any(p.name.startswith("r.") for p in tmp_path.iterdir())


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (["diff", "{old}", "{new}", "-o", "{dir}/r.json"], "{"),
        (["diff", "{old}", "{new}", "-o", "{dir}/r.md"], "#"),
        (["diff", "{old}", "{new}", "-o", "{dir}/r"], "What changed"),
        (["diff", "{old}", "{new}", "--format", "json", "-o", "{dir}/r.log"], "{"),
        (["parse", "{old}", "-o", "{dir}/r.json"], "{"),
        (["ingest", "{old}", "-o", "{dir}/r.json"], "{"),
        (["check", "{old}", "-o", "{dir}/r.sarif"], "{"),
        (["check", "{old}", "-o", "{dir}/r.xml"], "<?xml"),
    ],
)
def test_the_format_follows_the_suffix(tmp_path: Path, args: list[str], start: str) -> None:
    old, new = _pair(tmp_path)
    args = [a.format(old=old, new=new, dir=tmp_path) for a in args]
    result = CliRunner().invoke(main, args)
    assert result.exit_code in (0, 1), result.output
    assert Path(args[args.index("-o") + 1]).read_text(encoding="utf-8").startswith(start)


def test_the_suffix_table_is_the_only_one() -> None:
    """Adding an output format is one entry in FORMATS_BY_SUFFIX: no command keeps its own."""
    cli = Path(__file__).resolve().parents[2] / "specdiff" / "cli"
    holders = [p.name for p in cli.glob("*.py") if '".htm"' in p.read_text(encoding="utf-8")]
    assert holders == ["output.py"]
