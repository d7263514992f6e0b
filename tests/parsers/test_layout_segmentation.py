"""One paragraph segments the same way whatever its layout: on one long line (a text export),
hard-wrapped at any width, or indented. Layout is how a file was produced, not what it says,
and a diff of the two layouts must find nothing. Fixtures written for this test."""

from __future__ import annotations

import textwrap

import pytest

from specdiff.diff import compare

from .helpers import parse_text

PARAGRAPHS = [
    "The coordinator plans the ballot layout for every election and checks each proof before it is printed. "
    "The coordinator also recruits and trains the poll workers for the polling places of the county.",
    "Applications are reviewed in the order in which they arrive at the personnel office. Interviews are held "
    "in the main library building downtown during the first week of the month.",
    "Knowledge of state and federal election law; ability to program and maintain voting equipment; ability to "
    "negotiate the use of public buildings as polling places; skill in training temporary staff.",
]


def _layout(width: int | None, indent: str = "") -> str:
    lines = ["ELECTIONS COORDINATOR", "", "DUTIES", ""]
    for paragraph in PARAGRAPHS[:2]:
        wrapped = textwrap.wrap(paragraph, width) if width else [paragraph]
        lines += [indent + line for line in wrapped] + [""]
    lines += ["KNOWLEDGE, SKILLS AND ABILITIES", ""]
    wrapped = textwrap.wrap(PARAGRAPHS[2], width) if width else [PARAGRAPHS[2]]
    lines += [indent + line for line in wrapped] + [""]
    return "\n".join(lines)


def _clauses(text: str) -> list[str]:
    return [clause.text for section in parse_text(text).sections for clause in section.walk()]


@pytest.mark.parametrize(("width", "indent"), [(50, ""), (72, ""), (90, ""), (64, "    ")])
def test_a_paragraph_segments_alike_in_every_layout(width: int, indent: str) -> None:
    assert _clauses(_layout(width, indent)) == _clauses(_layout(None))


def test_the_layouts_compare_as_unchanged() -> None:
    diff = compare(parse_text(_layout(None)), parse_text(_layout(60)))
    assert not diff.has_substantive
    assert {c.op for c in diff.changes} == {"unchanged"}
