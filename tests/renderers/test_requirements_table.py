"""`specdiff parse FILE --format requirements`: the table of one document, end to end."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from specdiff.cli import main
from specdiff.model import Document, Requirement, Source, Substitution
from specdiff.renderers.requirements import to_requirements_table

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
    facts, who = result.output.split("## Who can qualify")
    rows = [line for line in facts.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert len(rows) == 2
    assert "| Open competitive |" in rows[0] and "3 years: experience operating a water treatment plant" in rows[0]
    assert "associate degree; degree fields: Environmental Technology" in rows[0] and "2 years supervisory" in rows[0]
    assert "1 year permanent service as Water Treatment Operator 1" in rows[1]
    # the promotion route is not judged by education; the open competitive one is
    assert "| Open competitive | not eligible | 3 years | 3 years | 3 years | 3 years |" in who


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


def test_conditions_preferences_and_unread_sentences_are_listed_with_their_clauses() -> None:
    from specdiff.model import Passage

    req = Requirement(
        "other",
        None,
        experience_years=2,
        conditions=(Passage("license", "Must possess a valid driver's license.", "mq.2"),),
        preferred=(Passage("preferred", "A master's degree is preferred.", "mq.3"),),
        unread=(Passage("sentence", "Proficiency in the local dialect.", "mq.4"),),
    )
    text = to_requirements_table(Document(Source("x", "0" * 64, "text/plain"), "generic", requirements=(req,)))
    assert "| (all) | licence | Must possess a valid driver's license. | mq.2 |" in text
    assert "| (all) |  | A master's degree is preferred. | mq.3 |" in text
    assert "- mq.4: sentence: Proficiency in the local dialect." in text


def test_rows_word_list_items_moves_and_gaps_as_such() -> None:
    from specdiff.model import RequirementChange
    from specdiff.renderers.facts import fact_row

    added = fact_row(RequirementChange("other", "field", None, "Public Health", "s"))
    assert (added.field, added.old, added.new) == ("Degree field", "—", "added: Public Health")
    dropped = fact_row(RequirementChange("other", "field", "Accounting", None, "s"))
    assert (dropped.old, dropped.new) == ("Accounting", "dropped")
    moved = fact_row(
        RequirementChange("other", "field", "X", "X", "s", "T2", status="moved", moved_from=("T1", "other", None))
    )
    assert moved.old == "X (under Route not stated, T1)"
    sentence = fact_row(
        RequirementChange(
            "other", "sentence", None, {"kind": "sentence", "text": "Volunteer work counts."}, "s", status="not_read"
        )
    )
    assert (sentence.field, sentence.old, sentence.new, sentence.status) == (
        "Sentence not read",
        "—",
        "Volunteer work counts.",
        "not_read",
    )
