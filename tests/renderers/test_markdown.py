"""The Markdown report: golden text, escaping, editorial changes inside <details>."""

from __future__ import annotations

import re

from specdiff.renderers.markdown import md, to_markdown

from .fixtures import HOSTILE, every_op_diff, hostile_diff
from .golden import assert_golden


def test_every_op_markdown_matches_golden() -> None:
    assert_golden("every-op.md", to_markdown(every_op_diff()))


def test_editorial_changes_are_inside_details() -> None:
    diff = every_op_diff()
    text = to_markdown(diff)
    inside = "".join(re.findall(r"<details>(.*?)</details>", text, re.S))
    assert inside.count("· editorial**") == diff.summary["editorial"]
    assert text.count("· substantive**") == diff.summary["substantive"]


def test_requirements_table_comes_before_the_changes() -> None:
    text = to_markdown(every_op_diff())
    assert text.index("What the requirements now say") < text.index("### Duties")
    assert "| Records Clerk 2 — Open competitive | Experience | 2 years | 3 years |" in text


def test_document_text_cannot_inject_markup_or_break_tables() -> None:
    text = to_markdown(hostile_diff())
    assert "<script>" not in text and "<img" not in text and "<svg" not in text
    assert md("a | b") == "a \\| b"
    assert md("<script>") == "&lt;script&gt;"
    assert md("3. Files") == "3\\. Files"
    assert all(fragment.split("=")[0] not in text for fragment in HOSTILE if fragment.startswith("<"))
