"""Title differences go through the editorial rules: a name printed with other punctuation is the
same title, and a title only one version's layout prints as a title (the other names the job in
its text) was read on one side only. A different name, or a name the other version never prints,
stays a rename, an addition or a removal (worded "now stated" / "no longer stated" when the other
version states no title at all). Documents here are built by hand."""

from __future__ import annotations

import jsonschema
import pytest

from specdiff.diff import compare
from specdiff.model import Diff, Title
from specdiff.model.identity import prints_title
from specdiff.renderers.keychanges import key_changes
from specdiff.renderers.markdown import to_markdown
from specdiff.schemas import load_schema

from ..conftest import shared_path
from .docs import base_spec, make_doc

PLANNER = Title("p", "Water Planner - Intake")


def _titles(diff: Diff) -> list[tuple[str | None, str | None, bool]]:
    return [(m.old, m.new, m.editorial) for m in diff.metadata_changes if m.field == "title"]


def _key_titles(diff: Diff) -> list[str]:
    return [i.text for g in key_changes(diff) if g.key == "titles" for i in g.items]


def test_a_title_printed_with_other_punctuation_is_no_rename() -> None:
    old = make_doc(base_spec(), titles=(Title("p", "WB Water Planner"),))
    new = make_doc(base_spec(), new=True, titles=(Title("p", "WB: Water  planner"),))
    diff = compare(old, new)
    assert _titles(diff) == [("WB Water Planner", "WB: Water  planner", True)]
    assert "punctuation" in (diff.metadata_changes[0].reason or "")
    assert _key_titles(diff) == [] and not diff.has_substantive
    jsonschema.validate(diff.to_json(), load_schema("specdiff/diff/v1"))
    assert Diff.from_json(diff.to_json()) == diff
    assert "Title (editorial: same title" in to_markdown(diff)


def test_a_title_renamed_in_other_words_stays_a_rename() -> None:
    old = make_doc(base_spec(), titles=(Title("p", "Water Planner"),))
    new = make_doc(base_spec(), new=True, titles=(Title("p", "Water Resources Planner"),))
    diff = compare(old, new)
    assert _titles(diff) == [("Water Planner", "Water Resources Planner", False)]
    assert _key_titles(diff) == ["Title renamed from Water Planner to Water Resources Planner"]
    assert diff.has_substantive


def _spec_naming(name: str) -> list[tuple[str, str | None, list[str]]]:
    spec = base_spec()
    spec[1][2].append(f"The {name} reports to the intake supervisor and keeps the permit log.")
    return spec


def test_a_title_the_other_version_prints_in_its_text_is_read_on_one_side_only() -> None:
    """The older layout prints no title line; its text names the job ("water planner (intake)")."""
    old = make_doc(_spec_naming("water planner (intake)"), titles=())
    new = make_doc(_spec_naming("water planner (intake)"), new=True, titles=(PLANNER,))
    diff = compare(old, new)
    assert _titles(diff) == [(None, PLANNER.title, True)]
    assert "one version only" in (diff.metadata_changes[0].reason or "")
    assert _key_titles(diff) == []
    back = compare(new, old)  # the newer version lost its title line: removed on one side only
    assert _titles(back) == [(PLANNER.title, None, True)] and _key_titles(back) == []


def test_a_title_the_other_version_never_prints_is_still_a_change() -> None:
    """Substantive, but worded as what happened: the old version states no title at all, so the
    title was not added to a series of titles, it is stated where none was."""
    old = make_doc(_spec_naming("intake officer"), titles=())
    new = make_doc(_spec_naming("intake officer"), new=True, titles=(PLANNER,))
    diff = compare(old, new)
    assert _titles(diff) == [(None, PLANNER.title, False)]
    assert _key_titles(diff) == [f"Title now stated: {PLANNER.title} (the old version states none)"]
    assert _key_titles(compare(new, old)) == [f"Title no longer stated: {PLANNER.title} (the new version states none)"]


def test_a_title_beside_titles_of_its_own_is_added_or_removed() -> None:
    clerk = Title("c", "Intake Clerk")
    old = make_doc(_spec_naming("intake officer"), titles=(clerk,))
    new = make_doc(_spec_naming("intake officer"), new=True, titles=(clerk, PLANNER))
    assert _key_titles(compare(old, new)) == [f"Title added: {PLANNER.title}"]
    assert _key_titles(compare(new, old)) == [f"Title removed: {PLANNER.title}"]


def test_a_version_with_titles_of_its_own_gains_a_title_it_names() -> None:
    """Only a version with NO title reads one on one side only; beside titles of its own, a new
    level its text mentions (a promotion line) is a title added."""
    clerk = Title("c", "Intake Clerk")
    old = make_doc(_spec_naming("water planner (intake)"), titles=(clerk,))
    new = make_doc(_spec_naming("water planner (intake)"), new=True, titles=(clerk, PLANNER))
    assert _titles(compare(old, new)) == [(None, PLANNER.title, False)]


@pytest.mark.parametrize(
    ("text", "name", "printed"),
    [
        ("an opportunity for a Voter Service Manager to serve", "Voter service manager", True),
        ("the Clerk’s Aide (Water Board) files", "Clerks Aide (WB)", True),  # a qualifier as its initials
        ("the Clerk’s Aide (Water Board) files", "Clerk's Aide (Harbour Board)", False),
        ("manager of voter services", "Voter Service Manager", False),
        ("a Service Managers' meeting", "Service Manager", False),  # whole words only
    ],
)
def test_prints_title_reads_names_as_title_keys(text: str, name: str, printed: bool) -> None:
    assert prints_title(text, name) is printed


@pytest.mark.shared
def test_real_pairs_report_no_title_rename_or_addition_the_texts_do_not_make() -> None:
    from specdiff.ingest import read
    from specdiff.parsers import parse

    def diff(old: str, new: str) -> Diff:
        return compare(parse(read(shared_path("realdocs", old))), parse(read(shared_path("realdocs", new))))

    gsa = diff(
        "096_us-gsa-tts-senior-advisor-technology-2024-10-23.md",
        "097_us-gsa-tts-senior-advisor-technology-2024-12-18.md",
    )
    assert [t[2] for t in _titles(gsa)] == [True] and _key_titles(gsa) == []
    county = diff(
        "106_us-co-arapahoe-county-voter-service-manager-2020-03-06.txt",
        "107_us-co-arapahoe-county-voter-service-manager-2023-11-14.txt",
    )
    assert [(t[0], t[2]) for t in _titles(county)] == [(None, True)] and _key_titles(county) == []
