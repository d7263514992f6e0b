"""The ladders of real series against lists written by hand from each standard's own
distinguishing characteristics (NYS Contract Management Specialist 2024; CalHR Safety Engineer
(Construction) and (Industrial); CalHR Investment Officer, PERS).

For each level above the first, the hand list says what that level's distinguishing
characteristics state that the level below does not (its duties and its supervisory scope),
and what the two levels share. The ladder must name every listed phrase among the level's
distinguishing items, must not call a shared phrase distinguishing, and must name the listed
scope changes with their direction.
"""

from __future__ import annotations

from functools import cache

import pytest

from specdiff.ingest import read
from specdiff.ladders import Ladder, ladder
from specdiff.parsers import parse

from ..conftest import shared_path

pytestmark = pytest.mark.shared
DC = "distinguishing_characteristics"


@cache
def _ladder(*parts: str) -> Ladder:
    return ladder(parse(read(shared_path(*parts))))


def _squash(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def distinguishing(result: Ladder, level: str) -> list[str]:
    """The new-side text of every distinguishing-characteristics item of the step into ``level``
    that is not shared with the level below."""
    [step] = [s for s in result.steps if s.new == level]
    return [_squash(r.text) for item in step.items if item.section == DC and item.kind != "shared" for r in item.new]


def shared(result: Ladder, level: str) -> list[str]:
    [step] = [s for s in result.steps if s.new == level]
    return [_squash(r.text) for item in step.items if item.section == DC and item.kind == "shared" for r in item.new]


def scope(result: Ladder, level: str) -> dict[str, str]:
    [step] = [s for s in result.steps if s.new == level]
    return {s.scale: s.direction for s in step.scope}


def role_texts(result: Ladder, level: str, role: str) -> list[str]:
    return [_squash(c.clause.text) for c in result.level(level).characteristics if role in c.roles]


def assert_named(phrases: list[str], texts: list[str]) -> None:
    for phrase in phrases:
        assert any(_squash(phrase) in t for t in texts), f"{phrase!r} not named in {texts}"


def assert_not_named(phrases: list[str], texts: list[str]) -> None:
    for phrase in phrases:
        assert not any(_squash(phrase) in t for t in texts), f"{phrase!r} wrongly called distinguishing"


NYS = {
    "cms-2": {
        "new": [
            "advanced performance and/or first supervisory level",
            "reports to a Contract Management Specialist 3 (Health Benefit Exchange)",
            "serves as part of a team charged with certifying health plans for participation in NYSOH",
            "manages all aspects of the relationship with specific marketplace health plans participating in NYSOH",
            "serves as a subject matter expert in the design, testing, implementation, and refinement of Marketplace",
            "May supervise Contract Management Specialist 1 (Health Benefit Exchange) and paraprofessional staff",
        ],
        "shared": ["may be assigned to the individual or the Small Business Marketplace"],
        "scope": {"level": "up"},
        "supervision_exercised": ["May supervise Contract Management Specialist 1"],
        "supervision_received": ["reports to a Contract Management Specialist 3"],
    },
    "cms-3": {
        "new": [
            "managerial level",
            "reports to the Contract Management Specialist 4 (Health Benefit Exchange)",
            "manages a team of professional staff charged with certifying health plans for participation in NYSOH",
            "manages all aspects of the relationship with marketplace health plans participating in NYSOH",
            "works with the Contract Management Specialist 4 (Health Benefit Exchange)and other departments to develop",
        ],
        "shared": ["may be assigned to the individual or the Small Business Marketplace"],
        "scope": {"level": "up"},
        "supervision_exercised": ["manages a team of professional staff"],
        "supervision_received": ["reports to the Contract Management Specialist 4"],
    },
    "cms-4": {
        "new": [
            "one position class",
            "director level",
            "designs, develops, and issues health plan participation solicitations",
            "directs staff engaged in all aspects of the relationship with Qualified Health Plans and Essential Plans",
        ],
        "shared": [],
        "scope": {"level": "up"},
        "supervision_exercised": ["directs staff engaged in all aspects"],
        "supervision_received": [],
    },
}


@pytest.mark.parametrize("level", sorted(NYS))
def test_nys_levels_named_as_their_distinguishing_characteristics_say(level: str) -> None:
    result = _ladder("seeds", "nys-cms-hbe-2024-tentative.txt")
    want = NYS[level]
    assert_named(want["new"], distinguishing(result, level))
    assert_named(want["shared"], shared(result, level))
    assert_not_named(want["shared"], distinguishing(result, level))
    assert scope(result, level) == want["scope"]
    assert_named(want["supervision_exercised"], role_texts(result, level, "supervision_exercised"))
    assert_named(want["supervision_received"], role_texts(result, level, "supervision_received"))


def test_nys_team_member_to_team_manager_is_a_scope_change_up() -> None:
    result = _ladder("seeds", "nys-cms-hbe-2024-tentative.txt")
    [step] = [s for s in result.steps if s.new == "cms-3"]
    [item] = [i for i in step.items if i.kind == "scope" and i.section == DC and "part of a team" in i.old[0].text]
    assert item.direction == "up"
    assert [(s.scale, s.direction) for s in item.shifts] == [("supervision_exercised", "up")]


def test_nys_duties_a_level_inherits_are_not_dropped() -> None:
    result = _ladder("seeds", "nys-cms-hbe-2024-tentative.txt")
    for step in result.steps:
        kinds = {i.kind for i in step.items if i.section == "duties" and i.old and not i.new}
        assert "only_old" not in kinds, (step.old, step.new)
        assert any(inh.extent == "all" for inh in step.inheritances)
    [first] = [s for s in result.steps if s.new == "cms-2"]
    assert [i.source for i in first.inheritances] == ["cms-1"]
    [last] = [s for s in result.steps if s.new == "cms-4"]
    assert [i.source for i in last.inheritances] == ["lower"]


SAFETY = {
    "sse": {
        "new": [
            "first full supervisory level",
            "plans, organizes, directs and supervises the work of a group of Safety Engineers",
            "conducts complex studies and analyses",
            "initiates investigations into occupational safety and health complaints",
            "reviews and makes recommendations on reports of the seriousness of violations found",
            "in comparison of Federal/State standards",
            "conducts committee meetings to revise or propose new safety orders",
            "Develops programs for promotion of safety concepts",
            "consults with labor, management and public groups on the more complex and sensitive",
            "plans and implements seminars for industry and in-service training of staff",
        ],
        "scope": {"level": "up"},
        "supervision_exercised": ["supervises the work of a group of Safety Engineers"],
    },
    "pse": {
        "new": [
            "directs the work of staff through subordinate supervisors",
            "is responsible for maintaining effective, comprehensive safety orders",
            "monitors the field program for uniformity in application and enforcement of relevant safety orders",
            "assures that new or revised safety orders proposed for adoption",
            "issues interpretations of safety orders",
            "advises the Division Chief, the Occupational Safety and Health Standards Board and field staff",
        ],
        "scope": {"supervision_exercised": "up"},
        "supervision_exercised": ["through subordinate supervisors"],
    },
}


@pytest.mark.parametrize(
    "name", ["016_calhr-safety-engineer-construction-series.html", "017_calhr-safety-engineer-industrial-series.html"]
)
@pytest.mark.parametrize("level", sorted(SAFETY))
def test_calhr_safety_engineer_levels(name: str, level: str) -> None:
    result = _ladder("realdocs", name)
    want = SAFETY[level]
    assert_named(want["new"], distinguishing(result, level))
    assert scope(result, level) == want["scope"]
    assert_named(want["supervision_exercised"], role_texts(result, level, "supervision_exercised"))


@pytest.mark.parametrize(
    "name", ["016_calhr-safety-engineer-construction-series.html", "017_calhr-safety-engineer-industrial-series.html"]
)
def test_calhr_technical_advisor_is_held_by_both_lower_levels(name: str) -> None:
    result = _ladder("realdocs", name)
    [step] = [s for s in result.steps if s.new == "sse"]
    [item] = [i for i in step.items if any("technical advisor" in r.text for r in i.new)]
    assert item.old and item.kind in ("shared", "reworded")


IO2 = "investment-officer-ii-public-employees-r"
IO3 = "investment-officer-iii-public-employees-"
INVESTMENT = {
    IO2: {
        "new": [
            "This is the full working level",
            "Under direction",
            "incumbents perform a full range of average to difficult investment analysis, research, and oversight work",
            "may direct the work of student assistants and interns, and may train other investment officers",
        ],
        "shared": [],
        "scope": {"level": "up", "supervision_received": "up"},
        "supervision_exercised": ["may direct the work of student assistants and interns"],
    },
    IO3: {
        "new": [
            "This is the advanced working and lead level",
            "an unusually high level of authority to make decisions on the sale and purchase of investments",
            "significant responsibility for training and coordinating the work of lower level investment officers",
        ],
        "shared": ["Under direction"],
        "scope": {"level": "up"},
        "supervision_exercised": ["coordinating the work of lower level investment officers"],
    },
}


@pytest.mark.parametrize("level", sorted(INVESTMENT))
def test_calhr_investment_officer_levels(level: str) -> None:
    result = _ladder("realdocs", "023_calhr-investment-officer-pers-series.html")
    want = INVESTMENT[level]
    assert_named(want["new"], distinguishing(result, level))
    assert_named(want["shared"], shared(result, level))
    assert scope(result, level) == want["scope"]
    assert_named(want["supervision_exercised"], role_texts(result, level, "supervision_exercised"))
