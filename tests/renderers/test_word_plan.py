"""The redline's plan: cutting a word diff at clause boundaries gives both versions back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from specdiff.diff.inline import inline_diff
from specdiff.model import Change, ClauseRef, InlineOp
from specdiff.renderers.word_plan import (
    DEL,
    INS,
    TEXT,
    Block,
    Heading,
    accepted,
    change_ops,
    cut,
    layout,
    paragraphs,
    rejected,
)

from .fixtures import every_op_diff


def _norm(texts: list[str]) -> list[str]:
    return [" ".join(t.split()) for t in texts]


def test_a_split_is_an_inserted_paragraph_mark() -> None:
    old = ["Answers telephone and counter inquiries."]
    new = ["Answers telephone inquiries.", "Answers counter inquiries."]
    paras = cut(inline_diff(old[0], " ".join(new)), old, new, "inplace")
    assert [p.mark for p in paras] == [INS, TEXT]
    assert accepted(paras) == new and rejected(paras) == old


def test_a_merge_is_a_deleted_paragraph_mark() -> None:
    old = ["Reviews retention schedules", "with the county archivist."]
    new = ["Reviews retention schedules with the county archivist."]
    paras = cut(inline_diff(" ".join(old), new[0]), old, new, "inplace")
    assert [p.mark for p in paras] == [DEL, TEXT]
    assert [[(x.kind, x.text) for x in p.pieces] for p in paras] == [
        [(TEXT, "Reviews retention schedules ")],
        [(TEXT, "with the county archivist.")],
    ]
    assert accepted(paras) == new and rejected(paras) == old


def test_a_move_is_cut_into_its_two_sides() -> None:
    ops = inline_diff("Audits the index each quarter.", "Audits the records index each month.")
    source = cut(ops, ["Audits the index each quarter."], ["Audits the records index each month."], "from")
    target = cut(ops, ["Audits the index each quarter."], ["Audits the records index each month."], "to")
    assert accepted(source) == [] and rejected(source) == ["Audits the index each quarter."]
    assert accepted(target) == ["Audits the records index each month."] and rejected(target) == []
    assert {x.kind for p in source for x in p.pieces} == {"from", DEL}
    assert {x.kind for p in target for x in p.pieces} == {"to", INS}


def test_a_renumbered_label_is_its_own_small_change() -> None:
    old = ClauseRef("d.8", "8. Does related work.", "duties", label="8.")
    new = ClauseRef("d.9", "9. Does related work.", "duties", label="9.")
    ops = change_ops(Change("d.9", "unchanged", False, "duties", None, (old,), (new,)))
    assert ops == (InlineOp("delete", "8."), InlineOp("insert", "9."), InlineOp("equal", " Does related work."))


words = st.lists(
    st.sampled_from(["the", "records", "clerk", "files", "two", "years", "of", "(A)", "-", ","]), max_size=9
)
clause_lists = st.lists(words.map(" ".join).filter(lambda t: t.strip()), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(clause_lists, clause_lists)
def test_cutting_the_word_diff_gives_each_version_back(old: list[str], new: list[str]) -> None:
    """Whatever the clauses, the cut paragraphs accept to the new ones and reject to the old ones
    (the whole-clause fallback is never needed)."""
    ops = inline_diff(" ".join(old), " ".join(new))
    paras = cut(ops, old, new, "inplace")
    assert accepted(paras) == _norm(new)
    assert rejected(paras) == _norm(old)
    assert accepted(cut(ops, old, new, "to")) == _norm(new)
    assert rejected(cut(ops, old, new, "from")) == _norm(old)


def test_editorial_changes_stand_as_new_text_unless_included() -> None:
    diff = every_op_diff()
    plain = [e for e in layout(diff) if isinstance(e, Block) and not e.tracked]
    assert {e.change.substantive for e in plain} == {False}
    assert all(p.mark == TEXT and {x.kind for x in p.pieces} <= {TEXT} for e in plain for p in e.paras)
    included = [e for e in layout(diff, "include") if isinstance(e, Block)]
    assert all(e.tracked for e in included if e.change.op != "unchanged")


def test_a_heading_over_removed_clauses_only_is_a_deleted_heading() -> None:
    gone = ClauseRef("n.1", "Old note.", "notes", heading="NOTE")
    kept = ClauseRef("d.1", "A duty.", "duties", heading="Duties")
    diff = every_op_diff().__class__(
        every_op_diff().old,
        every_op_diff().new,
        (
            Change("d.1", "unchanged", False, "duties", None, (kept,), (kept,)),
            Change("old-n.1", "removed", True, "notes", None, (gone,), (), ("removed",)),
        ),
    )
    headings = [e for e in layout(diff) if isinstance(e, Heading)]
    assert [(h.text, h.mark) for h in headings] == [("Duties", TEXT), ("NOTE", DEL)]


def test_paragraphs_fall_back_to_whole_clauses_when_the_diff_cannot_be_cut() -> None:
    old = ClauseRef("a", "Alpha beta.", "duties")
    new = ClauseRef("a", "Gamma delta.", "duties")
    wrong = Change("a", "modified", True, "duties", None, (old,), (new,), inline=(InlineOp("insert", "Nonsense"),))
    paras = paragraphs(wrong, "inplace")
    assert accepted(paras) == ["Gamma delta."] and rejected(paras) == ["Alpha beta."]
