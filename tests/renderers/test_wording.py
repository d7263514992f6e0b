"""Reasons as plain sentences: the diff's reason grammar read back, the printed words quoted with
context, a pay line with its percentage, and moves told only when the place changed."""

from __future__ import annotations

from specdiff.model import Change, ClauseRef, InlineOp, Span
from specdiff.renderers.wording import (
    display_op,
    heading_label,
    parse_reason,
    pay_sentence,
    real_move,
    sentences,
)


def ref(text: str, heading: str = "Duties", section: str = "duties", title: str | None = None) -> ClauseRef:
    return ClauseRef("c1", text, section, title, Span(1, 1), heading=heading)


def change(old: str, new: str, *reasons: str, op: str = "modified", **where: str) -> Change:
    a = ref(old, **{k.removeprefix("old_"): v for k, v in where.items() if k.startswith("old_")})
    b = ref(new, **{k.removeprefix("new_"): v for k, v in where.items() if k.startswith("new_")})
    return Change("c1", op, True, b.section, b.title, (a,), (b,), reasons)


def test_the_reason_grammar_is_read_back() -> None:
    assert parse_reason('words changed: "a recognized" -> "an accredited"').kind == "changed"
    assert parse_reason('words added: "electronic"').new == "electronic"
    assert parse_reason("reordered within its list").move == "reorder"
    assert parse_reason("punctuation").kind == "editorial"
    assert parse_reason("something new").kind == "other"


def test_added_words_are_quoted_as_printed_with_what_follows() -> None:
    c = change(
        "Maintains the records management system.",
        "Maintains the electronic records management system.",
        'words added: "electronic"',
    )
    assert sentences(c) == ("Adds ‘electronic’ before ‘records management system’",)


def test_changed_and_removed_words_keep_their_printed_case_and_punctuation() -> None:
    c = change(
        "Graduation from a recognized college, with 36 units.",
        "Graduation from an accredited college, with 32 units.",
        'words changed: "a recognized" -> "an accredited"',
        'words changed: "36" -> "32"',
        "…",
    )
    assert sentences(c) == (
        "Changes ‘a recognized’ to ‘an accredited’",
        "Changes ‘36’ to ‘32’",
        "More words changed: see the redline",
    )
    gone = change("Answers telephone inquiries, promptly.", "Answers inquiries.", 'words removed: "telephone"')
    assert sentences(gone) == ("Removes ‘telephone’ before ‘inquiries promptly’",)


def test_a_pay_line_is_one_sentence_with_the_percentage() -> None:
    c = change(
        "$55,916 to $81,734",
        "$59,361 to $86,779",
        'words changed: "55 916" -> "59 361"',
        old_heading="ANNUAL SALARY",
        new_heading="ANNUAL SALARY",
        old_section="other",
        new_section="other",
    )
    assert pay_sentence(c) == "Annual salary raised from $55,916–$81,734 to $59,361–$86,779 (+6.2%)"
    assert sentences(c) == (pay_sentence(c),)
    cut = change("Pay: $20.00 per hour", "Pay: $19.00 per hour", 'words changed: "20 00" -> "19 00"')
    assert pay_sentence(cut) == "Pay lowered from $20.00 to $19.00 (-5.0%)"
    assert pay_sentence(change("Requires 2 years.", "Requires 3 years.", 'words changed: "2" -> "3"')) is None


def test_a_reorder_is_no_move_and_a_relettered_heading_is_the_same_place() -> None:
    inline = (InlineOp("equal", "Files records"), InlineOp("insert", " daily"), InlineOp("equal", "."))
    reorder = Change("c1", "moved", False, "duties", None, (ref("Files records."),), (ref("Files records."),),
                     ("reordered within its list",))  # fmt: skip
    assert not real_move(reorder) and display_op(reorder) == "reordered"
    edited = Change("c1", "moved", True, "duties", None, (ref("Files records."),), (ref("Files records daily."),),
                    ("reordered within its list", 'words added: "daily"'), inline=inline)  # fmt: skip
    assert display_op(edited) == "modified"
    assert sentences(edited)[0] == "Now in another place in the same list"
    relettered = change("Listens.", "Listens.", "moved to another section", op="moved",
                        old_heading="C Sensory Attention", new_heading="Sensory Attention")  # fmt: skip
    assert not real_move(relettered)
    real = change("Holds a CPA.", "Holds a CPA.", "moved to another section", op="moved",
                  old_heading="SCOPE", new_heading="Licenses/Certifications")  # fmt: skip
    assert real_move(real) and sentences(real)[0] == "Moved from Scope to Licenses/Certifications"


def test_headings_are_printed_but_not_shouted() -> None:
    assert (
        heading_label(ref("x", heading="REQUIREMENTS/MINIMUM QUALIFICATIONS:")) == "Requirements/minimum qualifications"
    )
    assert heading_label(ref("x", heading="Illustrative Tasks")) == "Illustrative Tasks"
    assert heading_label(ref("x", heading="", section="minimum_qualifications")) == "Minimum qualifications"


def test_editorial_reasons_say_what_changed_in_words() -> None:
    c = change("Clerk's duties", "Clerks duties", "apostrophe", "punctuation")
    assert sentences(c) == ("Editorial: only apostrophes and punctuation changed",)
