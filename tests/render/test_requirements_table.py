"""`specdiff parse FILE --format requirements`: the table of one document, end to end."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from specdiff.cli import main
from specdiff.model import Document, Requirement, Source, Substitution
from specdiff.render.requirements import to_requirements_table

SPEC = """WATER TREATMENT OPERATOR 2

MINIMUM QUALIFICATIONS

Open Competitive: Associate's degree in Environmental Technology and three years of experience operating a
water treatment plant; two years of the experience must have been at a supervisory level.

Promotion: one year of permanent service as a Water Treatment Operator 1.

Date: 2/21
"""


def test_parse_prints_the_requirements_table(tmp_path: Path) -> None:
    path = tmp_path / "operator.txt"
    path.write_text(SPEC)
    result = CliRunner().invoke(main, ["parse", str(path), "--format", "requirements"])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert len(rows) == 2
    assert "| Open competitive |" in rows[0] and "3 years: experience operating a water treatment plant" in rows[0]
    assert "associate degree in Environmental Technology" in rows[0] and "2 years supervisory" in rows[0]
    assert "1 year permanent service as Water Treatment Operator 1" in rows[1]


def test_unstated_facts_are_blank_and_pipes_are_escaped() -> None:
    req = Requirement("other", "A | B", substitutions=(Substitution("master", 1),), clauses=("s1.1",))
    source = Source("x", "0" * 64, "text/plain")
    doc = Document(source, "generic", requirements=(req,), warnings=("requirements: s1.2: x",))
    text = to_requirements_table(doc)
    assert "| A \\| B | Route not stated |  |  |  | master's degree for 1 year |  | s1.1 |" in text
    assert text.rstrip().endswith("- s1.2: x")


def test_a_document_without_requirements_says_so() -> None:
    doc = Document(Source("x", "0" * 64, "text/plain"), "generic")
    assert "No minimum-qualification requirements were read." in to_requirements_table(doc)
