"""Requirement changes on real pairs, each expected row written by hand from reading the two texts.

The grants-program-analyst series is ours (corpus/); the seeds and realdocs are ../shared (these
tests skip without it, and fail in CI). A row is named by (title, route, field, old, new); a
condition or preferred item by its kind and the first words of its sentence.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from specdiff.diff import compare
from specdiff.ingest import read
from specdiff.model import Diff, Document, RequirementChange
from specdiff.parsers import parse as parse_raw

from ..conftest import ROOT, shared_path

GRANTS = ROOT / "corpus" / "grants-program-analyst"


@lru_cache(maxsize=64)
def _parse(path: Path) -> Document:
    """Each document parsed once for the module (several tests read the same pair)."""
    return parse_raw(read(path))


def _diff(old: Path, new: Path) -> Diff:
    return compare(_parse(old), _parse(new))


def _realdoc(number: int) -> Path:
    return next(shared_path("realdocs").glob(f"{number:03d}_*"))


def _row(change: RequirementChange) -> tuple[Any, ...]:
    def short(value: Any) -> Any:
        if isinstance(value, dict) and "text" in value:
            return f"{value['kind']}: {' '.join(value['text'].split()[:4])}"
        if isinstance(value, dict):
            return tuple(sorted(value.items()))
        return value

    return (change.title, change.route, change.field, short(change.old), short(change.new))


GPA2, GPA3, GPM = "Grants Program Analyst 2", "Grants Program Analyst 3", "Grants Program Manager"


def test_grants_series_2016_to_2021_reports_exactly_its_requirement_changes() -> None:
    """2016 -> 2021: GPA 2 needs one year, not two; its master's substitution lists public health and
    now covers all the required experience; its J.D. substitution is gone; GPA 3 needs three years,
    not four. GPA 1 and the manager are unchanged."""
    diff = _diff(GRANTS / "2016-09" / "standard.txt", GRANTS / "2021-06-tentative" / "standard.pdf")
    master = (("education", "master"), ("years", 1))
    assert [_row(c) for c in diff.requirement_changes] == [
        (GPA2, "open_competitive", "experience_years", 2, 1),
        (GPA2, "open_competitive", "field", None, "public health"),
        (GPA2, "open_competitive", "substitution", master, (master[0], ("whole", True), master[1])),
        (
            GPA2,
            "open_competitive",
            "substitution",
            (("degree", "J.D."), ("education", "doctorate"), ("years", 1)),
            None,
        ),
        (GPA3, "open_competitive", "experience_years", 4, 3),
    ]
    assert "likewise for Grants Program Analyst 3" in diff.requirement_changes[1].summary  # the list it repeats
    assert not diff.requirement_gaps
    master_row = next(e for e in diff.eligibility if e.title == GPA2 and e.profile == "master")
    assert (master_row.old.experience_years, master_row.new.experience_years) == (1, 0)


def test_records_clerk_new_qualifying_experience_is_not_read_but_shown() -> None:
    series = ROOT / "corpus" / "records-clerk"
    diff = _diff(series / "2019-03" / "standard.txt", series / "2023-08" / "standard.pdf")
    assert [_row(c) for c in diff.requirement_changes] == [
        (None, "other", "experience_years", 1, 0.5),
        (None, "other", "field", "office administration", None),
    ]
    (gap,) = diff.requirement_gaps
    assert (gap.status, gap.old, gap.new_evidence[0].clause) == ("not_read", None, "mq.5")
    assert gap.new_evidence[0].text.startswith("Volunteer clerical experience")


def test_grants_series_2021_to_2022_reports_the_managers_new_open_competitive_route() -> None:
    diff = _diff(GRANTS / "2021-06-tentative" / "standard.pdf", GRANTS / "2022-01" / "standard.docx")
    # 2021 prints no open-competitive route for the manager (promotion only): the new route is one
    # row with its facts, not "experience none -> 6 years" (which reads as a requirement raised)
    (route,) = diff.requirement_changes
    assert (route.title, route.route, route.field, route.old) == (GPM, "open_competitive", "route", None)
    assert route.summary.startswith(f"Open competitive, {GPM}: route added (bachelor's degree; 6 years of ")
    assert "(2 years supervisory)" in route.summary
    assert route.new_evidence and not route.old_evidence
    rows = {e.profile: e for e in diff.eligibility if e.title == GPM}
    assert not rows["no_degree"].old.eligible and not rows["no_degree"].new.eligible
    assert (rows["bachelor"].old.eligible, rows["bachelor"].new.experience_years) == (False, 6)


def test_seed_pair_says_who_can_now_qualify() -> None:
    seeds = shared_path("seeds")
    diff = _diff(seeds / "nys-cms-hbe-2018.txt", seeds / "nys-cms-hbe-2024-tentative.txt")
    assert len(diff.requirement_changes) == 7
    # the experience the 2024 text describes in sentences no rule reads is listed as not read, not lost
    assert {(g.field, g.status) for g in diff.requirement_gaps} == {("sentence", "not_read")}
    assert any("service coordination" in g.summary for g in diff.requirement_gaps)
    cms1 = {
        e.profile: e for e in diff.eligibility if e.title and e.title.startswith("Contract Management Specialist 1")
    }
    assert {e.route for e in cms1.values()} == {"open_competitive"}
    assert (cms1["no_degree"].old.eligible, cms1["no_degree"].new.experience_years) == (False, 6)
    assert (cms1["bachelor"].old.experience_years, cms1["bachelor"].new.experience_years) == (2, 2)
    assert (cms1["master"].old.experience_years, cms1["master"].new.experience_years) == (2, 1)
    education = next(c for c in diff.requirement_changes if c.field == "education")
    assert "now substitutes for 4 years" in education.summary  # not a bare "bachelor's → none"
    for change in diff.requirement_changes:
        assert change.old_evidence or change.new_evidence, change.summary
        assert all(e.line is not None for e in (*change.old_evidence, *change.new_evidence))
    titles = [c.title for c in diff.requirement_changes if c.route == "promotion"]
    assert titles == sorted(titles)  # level 3 before level 4


def test_nova_scotia_designation_is_reworded_not_dropped() -> None:
    diff = _diff(_realdoc(46), _realdoc(47))
    (change,) = diff.requirement_changes
    assert (change.field, change.old["kind"], change.new["kind"]) == ("condition", "certificate", "certificate")
    assert "recognized accounting designation" in change.old["text"]
    assert "or suitable equivalency" in change.new["text"]


def test_cobb_county_answer_options_and_preferred_items_are_not_titles() -> None:
    diff = _diff(_realdoc(102), _realdoc(103))
    rows = [_row(c) for c in diff.requirement_changes]
    assert {r[0] for r in rows} == {None}  # no "CERA (...)" title
    assert (None, "other", "field", None, "Political Science") in rows
    assert (None, "other", "condition", None, "citizenship: Must be a US") in rows
    assert (None, "other", "preferred", "preferred: Master's Degree in Public", None) in rows
    assert (None, "other", "preferred", "preferred: Knowledge of process management,", None) in rows
    kinds = [(r[2], r[3], r[4]) for r in rows if r[2] == "condition" and r[3] and r[4]]
    assert kinds == [("condition", "certificate: Must be able to", "certificate: Must obtain and maintain")]
    assert not [r for r in rows if r[2] in ("experience_years", "education", "managerial_years")]


def test_arapahoe_preferred_list_is_its_own_kind_and_the_minimums_changed() -> None:
    diff = _diff(_realdoc(106), _realdoc(107))
    rows = [_row(c) for c in diff.requirement_changes]
    assert {r[0] for r in rows} == {None}  # no "Bilingual and/or American Sign Language" title
    assert (None, "other", "experience_years", 3, 5) in rows
    # "At least 5 years of relevant experience; and/or A bachelor's degree ...": the degree is offered
    # instead of the years, not required
    assert (None, "other", "education", "high_school", None) in rows
    bachelor = (("education", "bachelor"), ("whole", True), ("years", 5))
    assert (None, "other", "substitution", None, bachelor) in rows
    assert (None, "other", "experience", "Elections-related experience", "relevant experience") in rows
    # one desirable criterion per bullet: "Bilingual and/or American Sign Language" (no full stop)
    # is not glued to the next bullet
    assert sum(1 for r in rows if r[2] == "preferred" and r[3] is None) == 5
    assert (None, "other", "condition", None, "background_check: Security clearance required: will") in rows
    assert not [r for r in rows if r[2] == "supervisory_years"]  # a preferred item, not a minimum
    # "public/business administration" is two fields: only business administration was dropped
    fields = [(r[3], r[4]) for r in rows if r[2] == "field"]
    assert ("business administration", None) in fields
    assert not [f for f in fields if "public" in (f[0] or f[1] or "").lower()]


@pytest.mark.parametrize(("old", "new"), [(36, 37), (76, 77)])
def test_review_and_selective_certification_are_not_minimums(old: int, new: int) -> None:
    for number in (old, new):
        doc = _parse(_realdoc(number))
        kinds = {s.kind for s in doc.sections}
        read_from = {c for r in doc.requirements for c in r.clauses}
        sections = {s.id: s.kind for s in doc.sections}
        assert {sections[c.split(".")[0]] for c in read_from} <= {"minimum_qualifications", "notes"}, number
        assert "minimum_qualifications" in kinds
    assert not _diff(_realdoc(old), _realdoc(new)).requirement_changes


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            31,
            32,
            [  # "recognized" -> "accredited" college in both alternatives; 36 -> 32 quarter units
                (None, "other", "institution", "recognized four-year college", "accredited four-year college"),
                (None, "other", "credits", "24 semester or 36 quarter units", "24 semester or 32 quarter units"),
                (None, "other", "institution", "recognized four-year college", "accredited four-year college"),
            ],
        ),
        (39, 40, [(None, "other", "institution", "recognized four-year college", "accredited four-year college")]),
        (72, 73, []),
        (
            74,
            75,
            [
                (None, "other", "experience_years", 3, 2),
                (None, "other", "preferred", None, "preferred: A valid certification as"),  # a new process note
            ],
        ),
        (76, 77, []),
        (
            78,
            79,
            [  # "and a good driving record" is dropped from the licence condition (its kind stays
                # licence); a new note defines the level by a PE licence
                (
                    None,
                    "other",
                    "condition",
                    "license: A valid California driver’s",
                    "license: A valid California driver’s",
                ),
                (None, "other", "condition", None, "license: To be at the"),
            ],
        ),
        (80, 81, []),
        (82, 83, []),
        (84, 85, []),
        (96, 97, [(None, "other", "experience_years", None, 1)]),
        (  # the Deaf school asks every level for American Sign Language; its licence "of the appropriate
            # class" at the Blind school is two words more, one item
            10,
            11,
            [(None, "other", "condition", "language: Proficiency in the use", None)],
        ),
        (14, 15, []),
    ],
)
def test_real_pairs_report_only_true_requirement_changes(old: int, new: int, expected: list[tuple[Any, ...]]) -> None:
    assert [_row(c) for c in _diff(_realdoc(old), _realdoc(new)).requirement_changes] == expected


@pytest.mark.parametrize(("old", "new"), [(48, 49), (50, 51), (54, 55), (60, 61), (66, 67), (70, 71), (32, 33)])
def test_the_same_bulletin_in_two_formats_has_no_requirement_change(old: int, new: int) -> None:
    diff = _diff(_realdoc(old), _realdoc(new))
    assert not diff.requirement_changes
    assert all(not e.changed for e in diff.eligibility)


def test_report_groups_put_level_3_before_level_4() -> None:
    """A removed or moved-away clause of level 4 once placed its group before level 3's."""
    from specdiff.renderers.report import build_view

    seeds = shared_path("seeds")
    view = build_view(_diff(seeds / "nys-cms-hbe-2018.txt", seeds / "nys-cms-hbe-2024-tentative.txt"))
    levels = [g.title[31] for g in view.groups if g.section == "minimum_qualifications" and g.title]
    assert levels == sorted(levels) == ["1", "2", "3", "4"]


def test_desirable_list_under_a_lead_in_sentence_is_compared_as_desirable() -> None:
    """089 introduces its desirable list with a sentence, not a heading: its items are desirable
    criteria compared with 088's "Desirable" list (added, dropped, reworded), not unread prose."""
    diff = _diff(_realdoc(88), _realdoc(89))
    rows = [(c.field, c.old is None, c.new is None) for c in diff.requirement_changes]
    assert {r[0] for r in rows} == {"preferred"}
    assert rows.count(("preferred", True, False)) == 3  # Lean UX, data analysis tools, inclusive design
    assert rows.count(("preferred", False, True)) == 2  # prototype kit, training junior designers
    (reworded,) = [c for c in diff.requirement_changes if c.old is not None and c.new is not None]
    assert "workshops" in reworded.old["text"] and "co-design workshops" in reworded.new["text"]
