"""Document text is inert outside HTML too: terminals, GitHub annotations and Markdown comments.

Control characters from a document reached the terminal and the CI log (an ESC sequence can
rewrite the screen), and @-mentions and bare URLs stayed live in the Markdown reports.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from specdiff.checks.outputs.markdown import md as check_md
from specdiff.cli import main
from specdiff.renderers.markdown import md as report_md
from specdiff.textsafe import quiet_markdown, visible_controls

HOSTILE = "Files \x1b[2J\x1b]0;pwned\x07 letters\x9b31m for @everyone at https://evil.example and www.evil.example."


def test_controls_become_visible_pictures() -> None:
    assert visible_controls("a\x1bb\x00c\x7fd\x9be\tf\ng") == "a\u241bb\u2400c\u2421d<U+009B>e\tf\ng"


@pytest.mark.parametrize("md", [check_md, report_md])
def test_markdown_mentions_and_bare_urls_are_not_live(md: object) -> None:
    out = md(HOSTILE)  # type: ignore[operator]
    assert "@everyone" not in out and "@\u200beveryone" in out
    assert "https://" not in out and "www." not in out
    assert "\x1b" not in out and "\u241b" in out
    assert quiet_markdown("mail a.b@example.org") == "mail a.b@\u200bexample.org"


@pytest.mark.parametrize("fmt", ["text", "github", "markdown"])
def test_check_outputs_carry_no_control_characters(tmp_path: Path, fmt: str) -> None:
    old = tmp_path / "old.txt"
    old.write_text("RECORDS CLERK\n\nDUTIES\n\nSorts mail.\n\nMINIMUM QUALIFICATIONS\n\nTwo years.\n")
    new = tmp_path / "new.txt"
    new.write_text(f"RECORDS CLERK\n\nDUTIES\n\nSorts mail.\n\n{HOSTILE}\n\nMINIMUM QUALIFICATIONS\n\nTwo years.\n")
    doc = json.loads(CliRunner().invoke(main, ["parse", str(new), "--format", "json"]).stdout)
    for section in doc["sections"]:
        for clause in section["clauses"]:
            if clause["text"].startswith("Files"):
                clause["text"] = HOSTILE  # as an edited document.json would carry it
    path = tmp_path / "new.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--against", str(old), "--format", fmt])
    assert result.exit_code in (0, 1), result.output
    assert not any(ch in result.stdout for ch in "\x1b\x07\x9b")
    assert "\u241b" in result.stdout


def test_the_terminal_diff_shows_controls_instead_of_obeying_them(tmp_path: Path) -> None:
    from specdiff.diff import compare
    from specdiff.ingest import read
    from specdiff.parsers import parse
    from specdiff.renderers.terminal import to_terminal, to_text

    old = parse(read(b"RECORDS CLERK\n\nDUTIES\n\nSorts mail.\n", name="old.txt"))
    new_doc = parse(read(b"RECORDS CLERK\n\nDUTIES\n\nSorts mail.\n\nFiles letters.\n", name="new.txt"))
    data = new_doc.to_json()
    for section in data["sections"]:
        for clause in section["clauses"]:
            if clause["text"].startswith("Files"):
                clause["text"] = HOSTILE
    from specdiff.model import Document

    diff = compare(old, Document.from_json(data))
    for out in (to_text(diff), to_terminal(diff)):
        assert "\x1b]0;" not in out and "\x1b[2J" not in out and "\u241b[2J" in out
