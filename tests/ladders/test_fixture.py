"""The ladder on a small series written by us (tests/ladders/documents/permit-technician.txt):
three levels, descriptions in one run-on sentence each, an inheritance clause naming the level
below and one naming "the lower levels", duties with scope verbs."""

from __future__ import annotations

import pytest

from specdiff.errors import InputError
from specdiff.ingest import read
from specdiff.ladders import compare_titles, ladder
from specdiff.ladders.model import Ladder, Step
from specdiff.ladders.views import find_title

from ..renderers.test_browser import DOCUMENTS as REPORT_DOCUMENTS
from .helpers import assert_every_clause_once, fixture


def _step(result: Ladder, new: str) -> Step:
    return next(s for s in result.steps if s.new == new)


def test_levels_in_print_order_and_one_step_between_neighbours() -> None:
    result = ladder(fixture())
    assert [lv.id for lv in result.levels] == ["pt-1", "pt-2", "pt-3"]
    assert [(s.old, s.new) for s in result.steps] == [("pt-1", "pt-2"), ("pt-2", "pt-3")]
    assert_every_clause_once(result)


def test_description_facets_pair_by_what_they_state() -> None:
    step = _step(ladder(fixture()), "pt-2")
    scope = {(i.old[0].text, i.new[0].text): i.direction for i in step.items if i.kind == "scope"}
    assert scope[("entry level", "full performance level")] == "up"
    assert scope[("under close supervision", "under general supervision")] == "up"
    [shared] = [i for i in step.items if i.kind == "shared" and i.section == "distinguishing_characteristics"]
    assert shared.new[0].text == "may be assigned to a regional office"


def test_assisting_with_a_duty_then_doing_it_is_up() -> None:
    step = _step(ladder(fixture()), "pt-2")
    [item] = [i for i in step.items if i.kind == "scope" and i.section == "duties"]
    assert item.old[0].text.startswith("Assists in the review")
    assert [(s.scale, s.direction) for s in item.shifts] == [("action", "up")]


def test_a_duty_now_supervised_is_up_and_a_new_duty_is_new() -> None:
    step = _step(ladder(fixture()), "pt-3")
    [item] = [i for i in step.items if i.new and i.new[0].text.startswith("Supervises the preparation")]
    assert (item.kind, item.direction) == ("scope", "up")
    [new] = [i for i in step.items if i.new and i.new[0].text.startswith("Trains new staff")]
    assert new.kind == "only_new"


def test_inherited_duties_are_inherited_not_dropped() -> None:
    result = ladder(fixture())
    first, second = result.steps
    assert [(i.source, i.extent) for i in first.inheritances] == [("pt-1", "all")]
    assert [(i.source, i.extent) for i in second.inheritances] == [("lower", "all")]
    [inherited] = [i for i in first.items if i.kind == "inherited"]
    assert inherited.old[0].text.startswith("Enters application data")
    assert not [i for s in result.steps for i in s.items if i.section == "duties" and i.kind == "only_old"]


def test_the_levels_own_descriptions_compared_scale_by_scale() -> None:
    result = ladder(fixture())
    assert {s.scale: s.direction for s in result.steps[0].scope} == {"supervision_received": "up", "level": "up"}
    assert {s.scale: s.direction for s in result.steps[1].scope} == {
        "supervision_received": "up",
        "supervision_exercised": "up",
        "level": "up",
    }


def test_series_wide_text_is_shared_once() -> None:
    result = ladder(fixture())
    assert [s.heading for s in result.shared] == ["Brief Description of Class Series"]
    assert not any(i.section == "description" for s in result.steps for i in s.items)


def test_levels_chosen_and_ordered_by_name_code_or_alias() -> None:
    result = ladder(fixture(), ["0555300", "permit technician 1"])
    assert [lv.id for lv in result.levels] == ["pt-3", "pt-1"]
    assert find_title(fixture(), "PT 2").id == "pt-2"


def test_unknown_title_and_single_title_are_one_line_errors() -> None:
    with pytest.raises(InputError, match=r"no title 'Permit Technician 9' in permit-technician.txt; its titles: "):
        ladder(fixture(), ["Permit Technician 1", "Permit Technician 9"])
    with pytest.raises(InputError, match="a ladder needs two or more titles"):
        ladder(fixture(), ["PT 1"])
    with pytest.raises(InputError, match="named twice"):
        ladder(fixture(), ["PT 1", "pt-1"])


def test_two_titles_of_two_documents() -> None:
    from specdiff.parsers import parse

    clerk = parse(read(REPORT_DOCUMENTS / "records-clerk-2024.txt"))
    result = compare_titles(clerk, None, fixture(), "PT 1")
    assert result.comparison == "titles"
    assert len(result.documents) == 2 and result.shared == ()
    [step] = result.steps
    # both entry level under close ("direct") supervision: nothing moved, so nothing is named
    assert step.scope == ()
    ranks = [(t.scale, t.rank) for lv in result.levels for c in lv.characteristics for t in c.terms]
    assert ranks.count(("supervision_received", 1)) == 2 and ranks.count(("level", 1)) == 2
    assert_every_clause_once(result)


def test_the_same_title_twice_is_refused() -> None:
    with pytest.raises(InputError, match="both name"):
        compare_titles(fixture(), "PT 1", fixture(), "0555100")
