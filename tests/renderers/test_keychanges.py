"""The key changes: one computation for every format, in the order a reviewer asks, each item
leading to its card or header row; on the real pairs, the changes the issue names come first."""

from __future__ import annotations

import markupsafe
import pytest

from specdiff.model import Diff
from specdiff.renderers.html import to_html
from specdiff.renderers.keychanges import KEY_GROUPS, key_changes
from specdiff.renderers.markdown import md, to_markdown

from ..conftest import shared_path
from .fixtures import every_op_diff


def texts(diff: Diff) -> dict[str, list[str]]:
    return {g.key: [i.text for i in g.items] for g in key_changes(diff)}


def test_groups_come_in_the_reviewers_order_and_empty_ones_are_left_out() -> None:
    diff = every_op_diff()
    groups = key_changes(diff)
    assert [g.key for g in groups] == ["pay", "eligibility", "requirements", "duties", "status"]
    assert len(KEY_GROUPS) == 6
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
    from dataclasses import replace

    from specdiff.model import Change, Evidence, RequirementChange

    from .fixtures import CLERK2, MQ, ref

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
