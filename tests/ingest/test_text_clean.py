"""The ASCII short cut of clean_text never changes a result."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from specdiff.ingest.text import SAFE_MARKS, clean_text, clean_text_fully

ASCII = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x7F), max_size=120)
TYPOGRAPHIC = st.text(alphabet=st.sampled_from([chr(c) for c in range(0x20, 0x7F)] + list(SAFE_MARKS + "\t")))
NEAR_MOJIBAKE = st.text(alphabet=st.sampled_from(list(SAFE_MARKS + "\u00c2\u00c3\u00e2\u20ac\u2122a ")), max_size=12)
MIXED = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)


@settings(max_examples=400)
@given(ASCII)
def test_ascii_lines_clean_as_ftfy_would(text: str) -> None:
    assert clean_text(text) == clean_text_fully(text)


@settings(max_examples=1000)
@given(TYPOGRAPHIC)
def test_lines_of_typographic_marks_clean_as_ftfy_would(text: str) -> None:
    assert clean_text(text) == clean_text_fully(text)


@settings(max_examples=500)
@given(NEAR_MOJIBAKE)
def test_marks_beside_mojibake_lead_characters_still_go_through_ftfy(text: str) -> None:
    assert clean_text(text) == clean_text_fully(text)


def test_mojibake_of_a_curly_apostrophe_is_repaired() -> None:
    assert clean_text("The employee\u00e2\u20ac\u2122s duties") == "The employee\u2019s duties"


@given(MIXED)
def test_any_line_cleans_as_ftfy_would(text: str) -> None:
    assert clean_text(text) == clean_text_fully(text)


def test_tab_becomes_four_spaces_without_ftfy() -> None:
    assert clean_text("Salary\t$40,000") == "Salary    $40,000"


# Character references left in recovered text (a page converted without decoding them).
REFERENCES = st.lists(
    st.sampled_from(
        [
            "&amp;",
            "&amp;amp;",
            "&#39;",
            "&#x2019;",
            "&lt;",
            "&nbsp;",
            "&#10;",
            "&#0;",
            "&nosuch;",
            "AT&T",
            "R&D;",
            "a",
            "é",
        ]
    ),
    max_size=8,
).map(" ".join)


@given(REFERENCES)
def test_references_decode_alike_on_both_paths(text: str) -> None:
    assert clean_text(text) == clean_text_fully(text)


def test_complete_references_to_printable_characters_are_decoded() -> None:
    assert clean_text("Director of Elections &amp; Registration") == "Director of Elections & Registration"
    assert clean_text("the employee&#39;s duties") == "the employee's duties"
    assert clean_text("the employee&#x2019;s duties") == "the employee\u2019s duties"
    assert clean_text("&lt;b&gt; is not a tag here") == "<b> is not a tag here"
    assert clean_text("Q&amp;amp;A") == "Q&amp;A"  # one decoding: what the page printed


def test_incomplete_unknown_and_control_references_stay_as_printed() -> None:
    for printed in ("AT&T", "R&D;", "&nosuch;", "&amp", "line&#10;break", "&#0;", "&#xD800;", "&#1114112;"):
        assert clean_text(printed) == printed
