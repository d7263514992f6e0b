"""One desirable criterion per list item, and a list a sentence introduces kept with it."""

from __future__ import annotations

from specdiff.model import RequirementChange
from specdiff.parsers.requirement_facts import read_alternative
from specdiff.renderers.keychanges import fact_sentence
from tests.parsers.joined import joined


def test_a_bullet_of_several_sentences_is_one_desirable_criterion() -> None:
    text, locate = joined(
        ("pq.1", "Communication skills. You can listen to stakeholders. You know how to manage expectations."),
        ("pq.2", "Community collaboration. You work collaboratively within a group."),
    )
    draft = read_alternative(text, locate=locate, section="preferred_qualifications")
    assert [(p.clause, p.text) for p in draft.preferred] == [
        ("pq.1", "Communication skills. You can listen to stakeholders. You know how to manage expectations."),
        ("pq.2", "Community collaboration. You work collaboratively within a group."),
    ]


def test_bullets_without_full_stops_are_not_glued_into_one() -> None:
    text, locate = joined(
        ("pq.1", "you'll have experience of using a prototype kit"),
        ("pq.2", "planning and facilitating workshops"),
        ("pq.3", "training and developing more junior designers"),
    )
    draft = read_alternative(text, locate=locate, section="preferred_qualifications")
    assert [p.text for p in draft.preferred] == [
        "you'll have experience of using a prototype kit",
        "planning and facilitating workshops",
        "training and developing more junior designers",
    ]


def test_sentences_each_saying_preferred_stay_separate_items() -> None:
    text, locate = joined(("pq.1", "A master's degree is preferred. Experience with GIS is desirable."))
    draft = read_alternative(text, locate=locate, section="preferred_qualifications")
    assert [p.text for p in draft.preferred] == ["A master's degree is preferred.", "Experience with GIS is desirable."]


def test_a_list_introduced_by_a_preference_is_quoted_with_it() -> None:
    text, locate = joined(
        ("n.3", "3. A valid certification as one of the following is desired, but not required:"),
        ("n.a", "a. Certified Purchasing Manager (C.P.M.) issued by the Institute; or"),
        ("n.b", "b. Certified Public Purchasing Officer (CPPO) issued by the Council."),
        ("n.4", "4. Applicants must list their education."),
    )
    draft = read_alternative(text, locate=locate, section="notes")
    assert [p.text for p in draft.preferred] == [
        "A valid certification as one of the following is desired, but not required: a. Certified Purchasing "
        "Manager (C.P.M.) issued by the Institute; or b. Certified Public Purchasing Officer (CPPO) issued by "
        "the Council."
    ]


def test_a_desirable_criterion_added_or_dropped_is_never_required() -> None:
    item = {"kind": "preferred", "text": "Communication skills."}
    added = fact_sentence(RequirementChange("not_stated", "preferred", None, item, ""))
    dropped = fact_sentence(RequirementChange("not_stated", "preferred", item, None, ""))
    assert added.endswith("desirable criterion added: ‘Communication skills.’")
    assert dropped.endswith("desirable criterion dropped: ‘Communication skills.’")
    assert "required" not in added + dropped


def test_a_condition_is_of_the_kind_it_obliges_first() -> None:
    """A licence with a good driving record is a licence condition, as the licence alone is."""
    from specdiff.parsers.requirement_conditions import condition_kind

    both = "A valid California driver's license and a good driving record are required prior to appointment."
    assert condition_kind(both) == condition_kind("A valid California driver's license is required.") == "license"
    assert condition_kind("Must pass a background check and hold a valid driver's license.") == "background_check"


def test_a_degree_offered_and_or_beside_the_years_is_not_required() -> None:
    """ "At least 5 years of relevant experience; and/or A bachelor's degree ...": either qualifies,
    so the degree stands for all the years; it is no education requirement."""
    text, locate = joined(
        ("mq.1", "At least 5 years of relevant experience; and/or"),
        ("mq.2", "A bachelor's degree in public administration or related field"),
    )
    draft = read_alternative(text, locate=locate)
    assert draft.experience_years == 5
    assert draft.education is None
    assert draft.substitutions == [("bachelor", None)]


def test_the_kind_of_experience_ends_where_another_figure_is_written_out() -> None:
    from specdiff.parsers.requirement_phrases import experience_kind

    assert experience_kind(" years of Elections-related experience One (1) in a lead role") == (
        "years of Elections-related experience"
    )
    assert experience_kind(" years of relevant experience\nBachelor's degree") == "years of relevant experience"


def test_a_shortened_quote_never_ends_on_the_next_items_label() -> None:
    text = "A valid certification as one of the following is desired, but not required: a. Certified Purchasing"
    item = {"kind": "preferred", "text": text}
    said = fact_sentence(RequirementChange("not_stated", "preferred", None, item, ""))
    assert said.endswith("not required: …’")
