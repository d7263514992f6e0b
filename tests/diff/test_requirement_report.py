"""The requirement report of a diff: quoted sources, honest gaps, moves, conditions, printed order.

Documents are parsed from short texts written here, so each test reads as the qualification a
reviewer would see.
"""

from __future__ import annotations

import jsonschema

from specdiff.diff import compare
from specdiff.diff.requirement_report import requirement_report
from specdiff.model import Clause, Diff, Document, Passage, Requirement, Section, Source, Span, Title
from specdiff.parsers.requirements import with_requirements
from specdiff.schemas import load_schema

SOURCE = Source("x.txt", "0" * 64, "text/plain")


def qualifications(*texts: str, titles: tuple[str, ...] = ()) -> Document:
    """One minimum-qualifications section per text (scoped to the title at the same place, if any)."""
    sections = []
    for i, text in enumerate(texts, 1):
        title = titles[i - 1] if i <= len(titles) else None
        clauses = tuple(
            Clause(f"mq{i}.{j}", t, Span(10 * i + j, 10 * i + j, 1)) for j, t in enumerate(text.split("\n"), 1)
        )
        sections.append(Section(f"mq{i}", "minimum_qualifications", "Minimum Qualifications", clauses, title=title))
    doc = Document(
        SOURCE, "generic", titles=tuple(Title(f"t{i}", t) for i, t in enumerate(titles)), sections=tuple(sections)
    )
    return with_requirements(doc)


def test_every_change_quotes_the_old_and_new_sentence_with_clause_and_place() -> None:
    old = qualifications("Open Competitive: two years of professional experience in auditing.")
    new = qualifications("Open Competitive: six years of professional experience in auditing.")
    (change,) = requirement_report(old, new).changes
    assert (change.old, change.new) == (2, 6)
    (before,) = change.old_evidence
    (after,) = change.new_evidence
    assert before.text == "two years of professional experience in auditing."  # after its route's label
    assert (after.clause, after.page, after.line, after.heading) == ("mq1.1", 1, 11, "Minimum Qualifications")


def test_a_fact_the_other_side_states_in_words_not_read_is_a_gap_not_a_removal() -> None:
    old = qualifications("Two years of experience in auditing. Bachelor's degree in Accounting.")
    new = qualifications(
        "Two years of experience in auditing. Graduates of the Accounting program of a recognized institute qualify."
    )
    report = requirement_report(old, new)
    assert not [c for c in report.changes if c.field == "field"]
    (gap,) = [g for g in report.gaps if g.field == "field"]
    assert gap.status == "not_read" and gap.old == "Accounting"
    assert "not read" in gap.summary and gap.new_evidence[0].text.startswith("Graduates of the Accounting")


def test_a_fact_moved_to_another_title_is_one_move() -> None:
    titles = ("Clerk 1", "Clerk 2")
    old = qualifications(
        "Two years of experience. Must possess a valid driver's license.", "Four years of experience.", titles=titles
    )
    new = qualifications(
        "Two years of experience.", "Four years of experience. Must possess a valid driver's license.", titles=titles
    )
    (licence,) = requirement_report(old, new).changes
    assert (licence.field, licence.status, licence.title, licence.moved_from) == (
        "condition",
        "moved",
        "Clerk 2",
        ("Clerk 1", "other", None),
    )
    degree = "A bachelor's degree in Chemistry."
    old = qualifications(f"Two years of experience.\n{degree}", "Four years of experience.", titles=titles)
    new = qualifications("Two years of experience.", f"Four years of experience.\n{degree}", titles=titles)
    moved = requirement_report(old, new).changes
    assert [(c.status, c.title, c.field, c.new, c.moved_from) for c in moved] == [
        ("moved", "Clerk 2", "education", "bachelor", ("Clerk 1", "other", None)),
        ("moved", "Clerk 2", "field", "Chemistry", ("Clerk 1", "other", None)),
    ]
    assert moved[0].old_evidence[0].clause == "mq1.2" and moved[0].new_evidence[0].clause == "mq2.2"


def test_conditions_and_preferences_are_compared_as_sentences() -> None:
    old = qualifications(
        "Five years of experience. Must possess a valid driver's license. Must obtain a state certification. "
        "A master's degree is preferred."
    )
    new = qualifications(
        "Five years of experience. Must be a US Citizen. Must possess and maintain a valid driver's license. "
        "Must obtain a state certification within 12 months of hire."
    )
    rows = [
        (c.field, (c.old or {}).get("kind"), (c.new or {}).get("kind")) for c in requirement_report(old, new).changes
    ]
    assert sorted(rows, key=str) == sorted(
        [
            ("condition", None, "citizenship"),
            ("condition", "certificate", "certificate"),  # "within 12 months of hire": a changed figure
            ("preferred", "preferred", None),
        ],
        key=str,
    )


def test_titles_in_printed_order() -> None:
    titles = ("Clerk 1", "Clerk 2", "Clerk 3", "Clerk 4")
    old = qualifications(*(f"{n} years of experience." for n in ("One", "Two", "Three", "Four")), titles=titles)
    new = qualifications(*(f"{n} years of experience." for n in ("One", "Three", "Four", "Five")), titles=titles)
    assert [c.title for c in requirement_report(old, new).changes] == ["Clerk 2", "Clerk 3", "Clerk 4"]


def test_an_unread_sentence_that_cannot_state_the_fact_leaves_the_change_a_change() -> None:
    old = qualifications("Two years of experience. Bachelor's degree.")
    new = qualifications("Two years of experience. Experience as a private practitioner is not considered qualifying.")
    report = requirement_report(old, new)
    assert [(c.field, c.old, c.new) for c in report.changes] == [("education", "bachelor", None)]
    assert [(g.field, g.old, g.new["text"]) for g in report.gaps] == [  # listed as not read, with its text
        ("sentence", None, "Experience as a private practitioner is not considered qualifying.")
    ]


def test_diff_json_with_evidence_gaps_and_eligibility_validates() -> None:
    old = qualifications("Open Competitive: bachelor's degree and two years of experience.")
    new = qualifications(
        "Open Competitive: six years of experience. A bachelor's degree may substitute for four years of experience."
    )
    diff = compare(old, new)
    data = diff.to_json()
    jsonschema.validate(data, load_schema("specdiff/diff/v1"))
    assert Diff.from_json(data) == diff
    assert data["requirement_changes"][0]["evidence"]["old"][0]["span"] == {"page": 1, "line": 11, "end_line": 11}
    assert {
        (r["profile"], r["old"]["experience_years"], r["new"]["experience_years"]) for r in data["eligibility"]
    } >= {
        ("no_degree", None, 6),
        ("bachelor", 2, 2),
    }


def test_document_json_with_conditions_and_unread_validates() -> None:
    doc = qualifications(
        "Two years of experience. Must reside in the county. Proficiency in the local dialect of Yiddish."
    )
    (req,) = doc.requirements
    assert req.conditions == (Passage("residency", "Must reside in the county.", "mq1.1"),)
    assert isinstance(req, Requirement)
    jsonschema.validate(doc.to_json(), load_schema("specdiff/document/v1"))
    assert Document.from_json(doc.to_json()) == doc


def test_a_sentence_that_only_moved_into_the_qualifications_is_not_reported_added() -> None:
    """Gaps compare text, not section kinds: the old version prints the sentence under its duties."""
    from specdiff.diff import compare
    from specdiff.ingest import read
    from specdiff.parsers import parse

    sentence = "You will have significant experience collaborating with teams to define the problem."
    old = (
        "SAMPLE ANALYST\n\nDUTIES\n\n" + sentence + "\n\nMINIMUM QUALIFICATIONS\n\n"
        "Two years of experience in analysis.\n"
    )
    new = (
        "SAMPLE ANALYST\n\nDUTIES\n\nWrites reports.\n\nMINIMUM QUALIFICATIONS\n\n"
        "Two years of experience in analysis.\n\n" + sentence + "\n"
    )
    diff = compare(parse(read(old.encode(), name="old.txt")), parse(read(new.encode(), name="new.txt")))
    assert not [g for g in diff.requirement_gaps if "collaborating" in g.summary]
    fresh = new.replace("define the problem", "define the budget")
    diff = compare(parse(read(old.encode(), name="old.txt")), parse(read(fresh.encode(), name="new.txt")))
    assert [g for g in diff.requirement_gaps if "collaborating" in g.summary]  # words changed: still listed
