"""compare() on hand-built documents: every kind of change, and the bookkeeping around them."""

from __future__ import annotations

import jsonschema

from specdiff.diff import compare
from specdiff.model import Change, Diff, Document
from specdiff.schemas import load_schema

from .docs import DUTIES_1, DUTIES_2, base_spec, make_doc


def _every_clause_once(old: Document, new: Document, diff: Diff) -> None:
    old_ids = [r.id for c in diff.changes for r in c.old]
    new_ids = [r.id for c in diff.changes for r in c.new]
    assert sorted(old_ids) == sorted(c.id for _, c in old.clauses())
    assert sorted(new_ids) == sorted(c.id for _, c in new.clauses())


def _only(diff: Diff) -> list[Change]:
    return [c for c in diff.changes if c.op != "unchanged"]


def test_identical_documents_are_all_unchanged() -> None:
    old, new = make_doc(base_spec()), make_doc(base_spec(), new=True)
    diff = compare(old, new)
    assert {c.op for c in diff.changes} == {"unchanged"}
    assert not diff.has_substantive
    _every_clause_once(old, new, diff)


def test_number_change_is_substantive_with_inline_diff() -> None:
    spec = base_spec()
    spec[3][2][0] = "Open Competitive: three years of clerical experience in a public agency."
    old, new = make_doc(base_spec()), make_doc(spec, new=True)
    [change] = _only(compare(old, new))
    assert (change.op, change.substantive, change.match) == ("modified", True, "fuzzy")
    assert [(i.op, i.text) for i in change.inline if i.op != "equal"] == [("delete", "two"), ("insert", "three")]
    assert any('"two" -> "three"' in r for r in change.reasons)


def test_editorial_noise_is_editorial_with_named_reasons() -> None:
    spec = base_spec()
    spec[1][2][0] = "FILES INCOMING  correspondence and\nmaintains the records index for division"
    spec[3][2][1] = "Promotion: one year of permanent service as a RC 1 (WB)."
    old, new = make_doc(base_spec()), make_doc(spec, new=True)
    changes = _only(compare(old, new))
    assert [c.substantive for c in changes] == [False, False]
    assert set(changes[0].reasons) >= {"case", "whitespace", "punctuation", "article"}
    assert "abbreviation" in changes[1].reasons


def test_reordered_duty_is_an_editorial_move() -> None:
    spec = base_spec()
    spec[1][2][:] = [DUTIES_1[2], DUTIES_1[0], DUTIES_1[1], DUTIES_1[3]]
    diff = compare(make_doc(base_spec()), make_doc(spec, new=True))
    [change] = _only(diff)
    assert (change.op, change.substantive) == ("moved", False)
    assert change.reasons == ("reordered within its list",)


def test_duty_moved_to_another_title_is_substantive() -> None:
    spec = base_spec()
    spec[1][2].remove(DUTIES_1[1])
    spec[2][2].append(DUTIES_1[1])
    diff = compare(make_doc(base_spec()), make_doc(spec, new=True))
    [change] = _only(diff)
    assert (change.op, change.substantive) == ("moved", True)
    assert change.reasons[0] == "moved to another title"


def test_added_and_removed_clauses() -> None:
    spec = base_spec()
    spec[2][2].append("Approves overtime requests for the unit within budget limits set by the director.")
    del spec[1][2][3]
    old, new = make_doc(base_spec()), make_doc(spec, new=True)
    diff = compare(old, new)
    ops = sorted((c.op, c.substantive) for c in _only(diff))
    assert ops == [("added", True), ("removed", True)]
    _every_clause_once(old, new, diff)


def test_split_lists_all_parts() -> None:
    spec = base_spec()
    spec[2][2][1:2] = [
        "Reviews permit files for completeness.",
        "Forwards the complete permit files to the engineers of the board.",
    ]
    old_spec = base_spec()
    old_spec[2][2][1] = (
        "Reviews permit files for completeness; forwards the complete permit files to the engineers of the board."
    )
    old, new = make_doc(old_spec), make_doc(spec, new=True)
    diff = compare(old, new)
    [change] = _only(diff)
    assert change.op == "split" and len(change.new) == 2 and change.match == "split"
    _every_clause_once(old, new, diff)


def test_merge_lists_all_parts() -> None:
    spec = base_spec()
    spec[2][2][1:3] = [DUTIES_2[1] + " " + DUTIES_2[2]]
    diff = compare(make_doc(base_spec()), make_doc(spec, new=True))
    [change] = _only(diff)
    assert change.op == "merged" and len(change.old) == 2
    assert not change.substantive


def test_metadata_changes() -> None:
    old = make_doc(base_spec())
    new = make_doc(base_spec(), new=True, status="tentative", date="3/2024")
    fields = {(m.field, m.old, m.new) for m in compare(old, new).metadata_changes}
    assert fields == {("status", "final", "tentative"), ("date", "5/18", "3/2024")}


def test_diff_json_follows_the_schema() -> None:
    spec = base_spec()
    spec[1][2][0] = "Files all incoming correspondence."
    diff = compare(make_doc(base_spec()), make_doc(spec, new=True))
    jsonschema.validate(diff.to_json(), load_schema("specdiff/diff/v1"))
    assert Diff.from_json(diff.to_json()) == diff


def test_compare_is_deterministic() -> None:
    spec = base_spec()
    spec[1][2].reverse()
    old, new = make_doc(base_spec()), make_doc(spec, new=True)
    assert compare(old, new).to_json() == compare(old, new).to_json()


def test_merge_reaches_past_a_clause_that_moved_away() -> None:
    spec = base_spec()
    spec[1][2][:] = [DUTIES_1[0] + " " + DUTIES_1[2], DUTIES_1[3], DUTIES_1[1]]
    diff = compare(make_doc(base_spec()), make_doc(spec, new=True))
    merged = [c for c in diff.changes if c.op == "merged"]
    assert [[r.text for r in c.old] for c in merged] == [[DUTIES_1[0], DUTIES_1[2]]]


def test_unrelated_leftovers_are_not_paired_by_position() -> None:
    old_spec, new_spec = base_spec(), base_spec()
    old_spec[3][2][:] = ["Applications and supplements may be periodically taken at alternate campus fairs."]
    new_spec[3][2][:] = ["Applications will only be accepted online through the city portal."]
    ops = sorted(c.op for c in compare(make_doc(old_spec), make_doc(new_spec, new=True)).changes if c.op != "unchanged")
    assert ops == ["added", "removed"]


def test_rewritten_route_in_its_section_is_paired_by_position() -> None:
    old_spec, new_spec = base_spec(), base_spec()
    old_spec[3][2][:] = [
        "Open Competitive: seven years of professional experience in the administration of public records.",
        "Promotion: one year as a Records Clerk 1 (Water Board).",
    ]
    new_spec[3][2][:] = [
        "Promotion: one year of permanent service as a Records Clerk 1 (Water Board).",
        "Open Competitive: seven years of the experience listed for Records Clerk 1; a degree may substitute.",
    ]
    changes = [c for c in compare(make_doc(old_spec), make_doc(new_spec, new=True)).changes if c.op != "unchanged"]
    assert all(c.old and c.new and c.substantive for c in changes)
    assert {c.match for c in changes} <= {"fuzzy", "position"}


def test_two_versions_of_one_title_renamed_report_the_rename_and_the_grade() -> None:
    """One title on each side is one position however it was renamed: "title renamed" and the
    grade change, never a title removed and another added (and the grade lost)."""
    from specdiff.ingest import read
    from specdiff.parsers import parse

    page = "# {title}\n\n<dl>\n<dt>\nGrade\n</dt>\n<dd>\n{grade}\n</dd>\n</dl>\n\n## You will\n\n- review samples\n"
    old = parse(read(page.format(title="Sample analyst", grade="SEO").encode(), name="a.md"))
    new = parse(read(page.format(title="Midweight sample analyst", grade="SEO (Midweight)").encode(), name="b.md"))
    assert len(old.titles) == len(new.titles) == 1
    facts = {(m.field, m.old, m.new) for m in compare(old, new).metadata_changes}
    assert ("title", "Sample analyst", "Midweight sample analyst") in facts
    assert ("grade", "SEO", "SEO (Midweight)") in facts
    level_1, level_2 = (
        parse(read(page.format(title=t, grade="SEO").encode(), name="c.md")) for t in ("Analyst 1", "Analyst 2")
    )
    facts = {(m.field, m.old, m.new) for m in compare(level_1, level_2).metadata_changes}
    assert ("title", "Analyst 1", None) in facts  # another level is another title
