"""A list printed one item a line without bullets or full stops (scraped postings) is a list: one
clause per line, and under conditions of employment one condition per clause."""

from __future__ import annotations

from collections.abc import Callable

from specdiff.parsers.requirement_facts import read_alternative
from tests.parsers.joined import joined

from .helpers import parse_text, texts

POSTING = """
PARK OFFICE COORDINATOR

DUTIES

Keeps the visitor records of the park office and answers questions from the public by phone.
Prepares the monthly attendance reports of the district and sends them to the regional office.
Orders supplies for the visitor centre and keeps the inventory of maps, leaflets and permits.

CONDITIONS OF EMPLOYMENT

Membership in the State Parks Volunteer Network
Must be able to work evenings and holidays during the summer season
Assignments may rotate among the three district offices as needed

WORK ENVIRONMENT

Work is performed in an office and outdoors in all weather; some tasks require lifting boxes.
"""

WRAPPED = """
PARK OFFICE COORDINATOR

DUTIES

Keeps the visitor records of the park office and answers questions from the public by phone, and
Coordinates the volunteer schedules of the three district offices with the Regional Director of
Parks and the Friends of the Park association in the region.
"""


def test_each_unpunctuated_line_with_room_left_is_its_own_clause() -> None:
    found = texts(parse_text(POSTING), "conditions_of_employment")
    assert found == [
        "Membership in the State Parks Volunteer Network",
        "Must be able to work evenings and holidays during the summer season",
        "Assignments may rotate among the three district offices as needed",
    ]


def test_a_wrapped_paragraph_still_runs_on() -> None:
    # the lines stop where the next word had no room (or on a joining word): one paragraph
    found = texts(parse_text(WRAPPED), "duties")
    assert len(found) == 1
    assert found[0].endswith("Friends of the Park association in the region.")


def test_conditions_printed_without_full_stops_are_one_per_clause() -> None:
    text, locate = joined(
        ("coe.1", "Membership in the State Parks Volunteer Network"),
        ("coe.2", "Must be able to work evenings and holidays during the summer season"),
        ("coe.3", "Assignments may rotate among the three district offices as needed"),
    )
    draft = read_alternative(text, locate=locate, section="conditions_of_employment")
    assert [(p.clause, p.kind) for p in draft.conditions] == [
        ("coe.1", "other"),
        ("coe.2", "schedule"),
        ("coe.3", "other"),
    ]
    assert draft.conditions[1].text == "Must be able to work evenings and holidays during the summer season"


def test_evidence_names_the_line_each_fact_stands_on() -> None:
    # read as one sentence (nothing ends the lines), but each fact is quoted from its own line
    text, locate = joined(
        ("mq.1", "Associate degree in Parks and Recreation Management"),
        ("mq.2", "Four (4) years of visitor-services experience"),
        ("mq.3", "Two (2) in a supervisory role"),
    )
    draft = read_alternative(text, locate=locate)
    assert draft.experience_years == 4 and draft.education == "associate"
    quoted = {(p.kind, p.clause, p.text) for p in draft.evidence}
    assert ("experience_years", "mq.2", "Four (4) years of visitor-services experience") in quoted
    assert ("education", "mq.1", "Associate degree in Parks and Recreation Management") in quoted
    assert all(p.text in text.replace("\n", " ") and "\n" not in p.text for p in draft.evidence)
    assert all(p.text in dict(_clause_texts(text, locate))[p.clause] for p in draft.evidence)


def test_a_connector_ending_one_item_is_no_word_of_the_next() -> None:
    # "; and/or" closes the first item; the degree read after it stands on the second line
    text, locate = joined(
        ("mq.1", "At least 6 years of park operations experience; and/or"),
        ("mq.2", "A bachelor's degree in natural resources or a related field"),
    )
    draft = read_alternative(text, locate=locate)
    degree = [p for p in draft.evidence if "bachelor" in p.text]
    assert degree and all(p.clause == "mq.2" and not p.text.startswith("and/or") for p in degree)


def test_a_list_a_lead_in_opens_is_quoted_with_it() -> None:
    text, locate = joined(
        ("mq.1", "Three years of experience maintaining one or more of the following systems:"),
        ("mq.1.a", "a. irrigation controls"),
        ("mq.1.b", "b. water treatment equipment"),
    )
    draft = read_alternative(text, locate=locate)
    years = [p for p in draft.evidence if p.kind == "experience_years"]
    assert [p.clause for p in years] == ["mq.1"]
    assert years[0].text.endswith("b. water treatment equipment")


def _clause_texts(text: str, locate: Callable[[int], str | None]) -> list[tuple[str | None, str]]:
    out: list[tuple[str | None, str]] = []
    at = 0
    for line in text.split("\n"):
        out.append((locate(at), line))
        at += len(line) + 1
    return out
