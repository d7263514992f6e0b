"""The report's view: document order, grouping, counts and anchors agree with the diff."""

from __future__ import annotations

from specdiff.model import Change, Diff
from specdiff.renderers.report import ChangeItem, ContextRun, MoveStub, build_view, series_title

from .fixtures import CLERK1, CLERK2, every_op_diff, large_diff, ref


def _ids(group_items: tuple[object, ...]) -> list[str]:
    out = []
    for item in group_items:
        if isinstance(item, ChangeItem):
            out.append(item.change.id)
        elif isinstance(item, MoveStub):
            out.append(f"stub:{item.change.id}")
        elif isinstance(item, ContextRun):
            out.extend(c.id for c in item.changes)
    return out


def test_groups_follow_document_order_by_section_then_title() -> None:
    view = build_view(every_op_diff())
    assert [(g.section, g.title) for g in view.groups] == [
        ("description", None),
        ("duties", CLERK1),
        ("duties", CLERK2),
        ("minimum_qualifications", CLERK2),
    ]


def test_removed_clause_sits_where_it_was_not_at_the_end() -> None:
    diff = every_op_diff()
    kept, removed = ref("k1", "Kept.", "duties", None, 1), ref("r", "Gone.", "duties", None, 2)
    added = ref("a", "New.", "duties", None, 2)
    later = ref("k2", "Later.", "duties", None, 3)
    changes = (
        Change("k1", "unchanged", False, "duties", None, (kept,), (kept,)),
        Change("k2", "unchanged", False, "duties", None, (later,), (later,)),
        Change("old-r", "removed", True, "duties", None, (removed,), ()),
        Change("a", "added", True, "duties", None, (), (added,)),
    )
    view = build_view(Diff(diff.old, diff.new, changes))
    assert _ids(view.groups[0].items) == ["k1", "old-r", "a", "k2"]


def test_move_has_a_stub_at_its_old_place_linking_both_ways() -> None:
    view = build_view(every_op_diff())
    clerk1, clerk2 = view.groups[1], view.groups[2]
    stub = next(i for i in clerk1.items if isinstance(i, MoveStub))
    moved = next(i for i in clerk2.items if isinstance(i, ChangeItem) and i.change.id == stub.change.id)
    assert stub.target == moved.anchor and moved.moved_from == stub.anchor


def test_unchanged_runs_are_collapsed_and_every_change_appears_once() -> None:
    diff = every_op_diff()
    view = build_view(diff)
    seen = [i for g in view.groups for i in _ids(g.items) if not i.startswith("stub:")]
    assert sorted(seen) == sorted(c.id for c in diff.changes)
    runs = [i for g in view.groups for i in g.items if isinstance(i, ContextRun)]
    assert all(c.op == "unchanged" for r in runs for c in r.changes)


def test_group_counts_add_up_to_the_summary() -> None:
    for diff in (every_op_diff(), large_diff(pages=5)):
        view = build_view(diff)
        for key in ("substantive", "editorial", "added", "removed", "split", "merged", "unchanged"):
            assert sum(g.counts[key] for g in view.groups) == diff.summary[key] == view.summary[key], key
        moves = sum(view.summary[k] for k in ("moved", "reordered")) + view.summary["modified"]
        assert moves == diff.summary["moved"] + diff.summary["modified"], "a reorder is told, not lost"


def test_anchors_are_unique_even_when_ids_repeat() -> None:
    diff = every_op_diff()
    twice = Diff(diff.old, diff.new, diff.changes + diff.changes[:3])
    view = build_view(twice)
    anchors = [
        a for g in view.groups for i in g.items for a in (i.anchors if isinstance(i, ContextRun) else [i.anchor])
    ]
    assert len(anchors) == len(set(anchors))


def test_series_title_drops_the_level_number_shared_by_all_titles() -> None:
    diff = every_op_diff()
    assert series_title(diff.old) == "Records Clerk"


def test_a_label_the_printed_text_already_carries_is_not_printed_twice() -> None:
    from specdiff.model import ClauseRef
    from specdiff.renderers.report import own_label

    assert (
        own_label(
            ClauseRef(id="mq.a", text="(A) Two years of experience.", section="minimum_qualifications", label="(A)")
        )
        is None
    )
    assert (
        own_label(ClauseRef(id="mq.a", text="Two years of experience.", section="minimum_qualifications", label="(A)"))
        == "(A)"
    )


def test_old_places_keep_their_list_and_their_old_order() -> None:
    """A clause only the old version has stays in its own list when it opened it, and several at
    one place keep the old order whatever order the diff lists them in; a split that moved does
    not count as a landmark for placing them."""
    from specdiff.renderers.report import positions

    a_last = ref("a2", "Last of list A.", "duties", CLERK1, 2)
    b_first_old, b_second_old = (
        ref("b1", "First of B.", "duties", CLERK2, 3),
        ref("b2", "Second of B.", "duties", CLERK2, 4),
    )
    b_kept = ref("b3", "Kept in B.", "duties", CLERK2, 5)
    moved_split_old = ref("x", "Far away.", "duties", CLERK2, 4)
    changes = (
        Change("a2", "unchanged", False, "duties", CLERK1, (a_last,), (a_last,)),
        Change("b3", "unchanged", False, "duties", CLERK2, (b_kept,), (ref("b3", "Kept in B.", "duties", CLERK2, 3),)),
        Change("old-b2", "removed", True, "duties", CLERK2, (b_second_old,), ()),
        Change("old-b1", "removed", True, "duties", CLERK2, (b_first_old,), ()),
        Change(
            "x", "split", True, "duties", CLERK1, (moved_split_old,),
            (ref("x1", "Far", "duties", CLERK1, 2), ref("x2", "away.", "duties", CLERK1, 2)),
            ("moved to another title",),
        ),
    )  # fmt: skip
    keys, old_keys = positions(changes)
    order = [c.id for _, c in sorted(zip(keys, changes, strict=True), key=lambda kc: kc[0])]
    assert order.index("a2") < order.index("old-b1") < order.index("old-b2") < order.index("b3")
    assert old_keys[4] is not None and old_keys[0] is not None
