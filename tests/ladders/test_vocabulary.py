"""The scope vocabulary, one test per rule: every rung's examples are read at that rung, every
scale's counter-examples are not read on it, and each step between neighbouring rungs is named
up one way and down the other. The examples live beside the rules in the data file, so a rule
added without an example fails ``test_every_rung_has_an_example``."""

from __future__ import annotations

import pytest

from specdiff.ladders.scope import one_sided, overall, scope_shifts
from specdiff.ladders.vocabulary import compile_pattern, find_terms, rank_of, vocabulary, vocabulary_from

VOCAB = vocabulary()
RUNG_EXAMPLES = [
    pytest.param(scale.name, rung.rank, example, id=f"{scale.name}-{rung.rank}-{k}")
    for scale in VOCAB.scales
    for rung in scale.rungs
    for k, example in enumerate(rung.examples)
]
COUNTER_EXAMPLES = [
    pytest.param(scale.name, example, id=f"{scale.name}-not-{k}")
    for scale in VOCAB.scales
    for k, example in enumerate(scale.counter_examples)
]
NEIGHBOURS = [
    pytest.param(scale.name, low.examples[0], high.examples[0], id=f"{scale.name}-{low.rank}<{high.rank}")
    for scale in VOCAB.scales
    for low, high in zip(scale.rungs, scale.rungs[1:], strict=False)
]


def test_every_scale_has_sources_and_ordered_rungs() -> None:
    for scale in VOCAB.scales:
        assert scale.sources, scale.name
        ranks = [r.rank for r in scale.rungs]
        assert ranks == sorted(set(ranks)), scale.name


def test_every_rung_has_an_example() -> None:
    assert all(rung.examples for scale in VOCAB.scales for rung in scale.rungs)


@pytest.mark.parametrize(("scale", "rank", "example"), RUNG_EXAMPLES)
def test_rung_example_is_read_at_its_rank(scale: str, rank: int, example: str) -> None:
    terms = [t for t in find_terms(example) if t.scale == scale]
    assert rank in [t.rank for t in terms], (example, terms)


@pytest.mark.parametrize(("scale", "example"), COUNTER_EXAMPLES)
def test_counter_example_is_not_read_on_the_scale(scale: str, example: str) -> None:
    assert [t for t in find_terms(example) if t.scale == scale and not t.implicit] == []


@pytest.mark.parametrize(("scale", "low", "high"), NEIGHBOURS)
def test_neighbouring_rungs_are_up_one_way_and_down_the_other(scale: str, low: str, high: str) -> None:
    up = [s for s in scope_shifts(find_terms(low), find_terms(high)) if s.scale == scale]
    down = [s for s in scope_shifts(find_terms(high), find_terms(low)) if s.scale == scale]
    assert [s.direction for s in up] == ["up"], (low, high)
    assert [s.direction for s in down] == ["down"], (high, low)


def test_longer_phrase_wins_over_its_prefix() -> None:
    assert [(t.scale, t.rank) for t in find_terms("Under general supervision, reviews claims.")][:1] == [
        ("supervision_received", 3)
    ]
    assert rank_of(find_terms("full performance level"), "level") == 3


def test_negated_term_does_not_count() -> None:
    assert rank_of(find_terms("Works without close supervision."), "supervision_received") is None
    assert rank_of(find_terms("Under close supervision, files records."), "supervision_received") == 1


def test_passive_supervised_is_not_supervision_exercised() -> None:
    assert rank_of(find_terms("The work is supervised by the bureau chief."), "supervision_exercised") is None


def test_stop_phrase_belongs_to_no_scale() -> None:
    assert rank_of(find_terms("Analysis leading to recommendations."), "action") is None
    assert rank_of(find_terms("Leads the review of applications."), "action") == 3


def test_opening_verb_not_in_the_vocabulary_is_performs() -> None:
    [term] = [t for t in find_terms("Reviews applications for completeness.") if t.scale == "action"]
    assert (term.rank, term.implicit, term.text) == (2, True, "Reviews")
    [term] = [t for t in find_terms("In collaboration with the bureau, develops strategies.") if t.scale == "action"]
    assert term.text == "develops"
    assert [t for t in find_terms("Knowledge of statutes.") if t.scale == "action"] == []


def test_a_word_read_on_one_scale_is_not_read_on_the_next() -> None:
    terms = find_terms("Directs staff engaged in all aspects of the relationship.")
    assert [(t.scale, t.text) for t in terms if t.scale in ("supervision_exercised", "action")] == [
        ("supervision_exercised", "Directs staff")
    ]


def test_a_non_consuming_scale_shares_words() -> None:
    scales = {t.scale for t in find_terms("Manages a team of professional staff.")}
    assert {"supervision_exercised", "org_unit"} <= scales


def test_phrase_syntax_alternatives_and_gaps() -> None:
    assert compile_pattern("manage|manages ... team") == (frozenset({"manage", "manages"}), None, frozenset({"team"}))
    data = {
        "scales": [
            {
                "name": "x",
                "label": "X",
                "rungs": [{"rank": 1, "label": "one", "phrases": ["alpha ... omega"]}],
            }
        ]
    }
    custom = vocabulary_from(data)
    assert [t.text for t in find_terms("alpha b c d e omega", custom)] == ["alpha b c d e omega"]
    assert find_terms("alpha b c d e f omega", custom) == ()  # a gap spans four words at most


def test_doing_the_work_and_directing_those_who_do_it_compare_on_supervision_not_on_the_verb() -> None:
    old = find_terms("manages all aspects of the relationship with health plans")
    new = find_terms("directs staff engaged in all aspects of the relationship with health plans")
    [shift] = scope_shifts(old, new)  # not "manages" -> "directs" on the role scale, which would read down
    assert (shift.scale, shift.direction) == ("supervision_exercised", "up")
    assert [(t.rank, t.text, t.implicit) for t in shift.old] == [(0, "manages", True)]
    assert [t.text for t in shift.new] == ["directs staff"]
    assert not any("supervision exercised" in note for note in one_sided(old, new, (shift,)))


def test_a_duty_now_supervised_is_up() -> None:
    [shift] = scope_shifts(
        find_terms("Prepares monthly reports."), find_terms("Supervises the preparation of monthly reports.")
    )
    assert (shift.scale, shift.direction) == ("supervision_exercised", "up")


def test_mixed_shifts_are_mixed() -> None:
    old = find_terms("Under direction, assists in complex studies.")
    new = find_terms("Under general supervision, manages complex studies.")
    shifts = scope_shifts(old, new)
    assert {s.scale: s.direction for s in shifts} == {"supervision_received": "down", "action": "up"}
    assert overall(shifts) == "mixed"


def test_a_term_on_one_side_only_is_not_a_shift() -> None:
    old = find_terms("Conducts studies and analyses.")
    new = find_terms("Conducts complex studies and analyses.")
    assert scope_shifts(old, new) == ()
    assert one_sided(old, new) == ("difficulty of the work stated on the new side only: “complex”",)


def test_a_title_name_is_not_a_scope_word() -> None:
    from specdiff.ladders.mentions import scope_terms
    from specdiff.model import Title

    titles = (Title("sc", "Supervising Counselor, School for the Deaf", aliases=("SUPERVISING COUNSELOR",)),)
    text = "One year at a level of responsibility equivalent to a Supervising Counselor, School for the Deaf."
    assert [t.scale for t in find_terms(text)] == ["supervision_exercised"]  # read alone, the word counts
    assert scope_terms(text, titles) == ()
    assert [t.text for t in scope_terms("Supervises staff; reports to a supervising counselor.", titles)] == [
        "Supervises"
    ]
