"""The key changes: one computation for every format, in the order a reviewer asks, each item
leading to its card or header row; on the real pairs, the changes the issue names come first."""

from __future__ import annotations

from dataclasses import replace

import markupsafe
import pytest

from specdiff.model import Change, Diff
from specdiff.renderers.html import to_html
from specdiff.renderers.keychanges import KEY_GROUPS, key_changes
from specdiff.renderers.markdown import md, to_markdown

from ..conftest import shared_path
from .fixtures import CLERK2, MQ, every_op_diff, ref


def texts(diff: Diff) -> dict[str, list[str]]:
    return {g.key: [i.text for i in g.items] for g in key_changes(diff)}


def test_groups_come_in_the_reviewers_order_and_empty_ones_are_left_out() -> None:
    diff = every_op_diff()
    groups = key_changes(diff)
    assert [g.key for g in groups] == ["pay", "eligibility", "requirements", "duties", "status", "elsewhere"]
    assert len(KEY_GROUPS) == 7
    found = texts(diff)
    assert found["pay"] == ["Grade raised from 6 to 7"]
    assert "Bachelor's degree: 2 years → 3 years (1 year more)" in found["eligibility"]
    assert "Open competitive: experience raised from 2 years to 3 years" in found["requirements"]
    assert found["duties"] == [
        "Removes a duty: ‘Operates the microfilm reader.’",
        "Adds a duty: ‘Scans paper records into the electronic records system;’",
    ]
    assert found["status"] == ["Status changed from tentative to final", "Date changed from 2019-03-01 to 2024-06-15"]


def test_every_item_leads_to_a_card_or_a_header_row() -> None:
    diff = every_op_diff()
    ids = {c.id for c in diff.changes}
    for group in key_changes(diff):
        for item in group.items:
            assert (item.change in ids) != (
                item.metadata is not None and 0 <= item.metadata < len(diff.metadata_changes)
            )


def test_html_and_markdown_print_the_same_key_changes() -> None:
    diff = every_op_diff()
    page, markdown = to_html(diff), to_markdown(diff)
    for group in key_changes(diff):
        for item in group.items:
            assert md(item.text) in markdown
            assert str(markupsafe.escape(item.text)) in page  # as Jinja2's autoescape writes it


def pair(old: str, new: str) -> Diff:
    from specdiff.diff import compare
    from specdiff.ingest import read
    from specdiff.parsers import parse

    return compare(parse(read(shared_path("realdocs", old))), parse(read(shared_path("realdocs", new))))


@pytest.mark.shared
def test_the_la_salary_and_the_ns_grade_are_key_changes() -> None:
    la = texts(pair("031_la-tax-auditor-1514-2015-rev010215.pdf", "032_la-tax-auditor-1514-2018-062218.pdf"))
    assert la["pay"] and la["pay"][0].startswith("Annual salary raised from $55,916–$81,766")
    assert "%" in la["pay"][0]
    assert any("36 quarter units to 24 semester or 32 quarter units" in t for t in la["requirements"])
    ns = texts(
        pair(
            "046_ns-exec-director-financial-advisory-services-ec15-90004197-2019.pdf",
            "047_ns-exec-director-financial-advisory-services-ec16-90005877-2025.pdf",
        )
    )
    assert ns["pay"][0] == "Grade raised from EC 15 to EC 16"


def test_a_requirement_key_change_cites_the_clause_its_evidence_is_in() -> None:
    """Not the first requirement card of the title: the card showing the sentence it was read from."""
    from specdiff.model import Evidence, RequirementChange

    diff = every_op_diff()
    added = ref("s4.3", "Must possess a valid driver's license.", MQ, CLERK2, 33)
    card = Change("s4.3", "added", True, MQ, CLERK2, (), (added,), ("added",))
    licence = RequirementChange(
        "open_competitive",
        "condition",
        None,
        {"kind": "license", "text": added.text},
        "Open competitive: condition (license) added",
        CLERK2,
        new_evidence=(Evidence("s4.3", added.text, None, 33, 33),),
    )
    diff = replace(diff, changes=(*diff.changes, card), requirement_changes=(*diff.requirement_changes, licence))
    group = next(g for g in key_changes(diff) if g.key == "requirements")
    cited = {i.text: i.change for i in group.items}
    assert cited["Open competitive: condition of employment added: ‘Must possess a valid driver's license.’"] == "s4.3"
    assert cited["Open competitive: experience raised from 2 years to 3 years"] == "s4.1"


def _with(*changes: Change) -> Diff:
    base = every_op_diff()
    return replace(base, changes=changes, requirement_changes=(), eligibility=(), metadata_changes=())


def test_changed_essential_criteria_are_requirements_and_other_sections_are_counted() -> None:
    """Never "no change to requirements" when a knowledge/skills list changed, and substantive
    changes no group covers are counted under their headings, most first."""
    ksa = ref("k.1", "Experience of data model design.", "knowledge_skills_abilities", None, 40)
    steps = [
        replace(ref(f"o.{i}", f"Interview stage {i} is held by video.", "other", None, 50 + i), heading="Selection")
        for i in range(3)
    ]
    diff = _with(
        Change("k.1", "removed", True, "knowledge_skills_abilities", None, (ksa,), (), ("removed",)),
        *(Change(s.id, "removed", True, "other", None, (s,), (), ("removed",)) for s in steps),
    )
    found = texts(diff)
    assert found["requirements"] == ["Removes ‘Experience of data model design.’"]
    assert found["elsewhere"] == ["Selection: 3 substantive changes (3 removed)"]


def test_a_printed_grade_field_is_a_pay_and_grade_change() -> None:
    old, new = ref("h.11", "Grade Code: 120", "other", None, 11), ref("h.11", "Grade Code: 122", "other", None, 11)
    diff = _with(Change("h.11", "modified", True, "other", None, (old,), (new,), ("reworded",)))
    assert texts(diff) == {"pay": ["Grade Code raised from 120 to 122"]}


def test_a_requirement_clause_no_fact_was_read_from_is_listed_beside_the_facts() -> None:
    """A title with facts read still shows its changed clauses that no fact quotes (the essential
    criteria replaced while a desirable item was dropped)."""
    diff = every_op_diff()
    licence = ref("s4.3", "Must hold a forklift certificate.", MQ, CLERK2, 33)
    diff = replace(diff, changes=(*diff.changes, Change("s4.3", "added", True, MQ, CLERK2, (), (licence,), ("added",))))
    found = texts(diff)["requirements"]
    assert "Adds ‘Must hold a forklift certificate.’" in found
    assert not [t for t in found if "clerical experience" in t]  # s4.1: the experience fact quotes it


def test_a_run_of_capitalised_names_under_duties_is_no_duty() -> None:
    names = ref("d.1", "Integrity Respect for Others Safety Teamwork", "duties", None, 70)
    duty = ref("d.2", "Recruits and trains election judges.", "duties", None, 71)
    diff = _with(
        Change("d.1", "removed", True, "duties", None, (names,), (), ("removed",)),
        Change("d.2", "added", True, "duties", None, (), (duty,), ("added",)),
    )
    assert texts(diff)["duties"] == ["Adds a duty: ‘Recruits and trains election judges.’"]
