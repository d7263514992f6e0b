"""Properties of compare() that must hold for any input (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from specdiff.diff import compare
from specdiff.model import Diff, Document, Line, RawText, Source
from specdiff.parsers import parse

from .docs import DUTIES_1, DUTIES_2, QUALS, make_doc

SENTENCES = [*DUTIES_1, *DUTIES_2, *QUALS, "May supervise subordinate staff.", "MAY SUPERVISE SUBORDINATE STAFF"]
KINDS = ["description", "duties", "minimum_qualifications", "other"]
TITLES = [None, "Records Clerk 1 (Water Board)", "Records Clerk 2 (Water Board)", "RC 2 (WB)"]

specs = st.lists(
    st.tuples(st.sampled_from(KINDS), st.sampled_from(TITLES), st.lists(st.sampled_from(SENTENCES), max_size=6)),
    max_size=5,
)


def _links(diff: Diff) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(tuple(r.id for r in c.old), tuple(r.id for r in c.new)) for c in diff.changes if c.old and c.new}


def _once(old: Document, new: Document, diff: Diff) -> None:
    assert sorted(r.id for c in diff.changes for r in c.old) == sorted(c.id for _, c in old.clauses())
    assert sorted(r.id for c in diff.changes for r in c.new) == sorted(c.id for _, c in new.clauses())


@settings(max_examples=40, deadline=None)
@given(specs)
def test_a_document_against_itself_is_all_unchanged(spec: list) -> None:  # type: ignore[type-arg]
    doc = make_doc(spec)
    diff = compare(doc, doc)
    assert all(c.op == "unchanged" and not c.substantive for c in diff.changes)
    assert not diff.metadata_changes


@settings(max_examples=40, deadline=None)
@given(specs, specs)
def test_swapping_sides_swaps_added_and_removed_and_keeps_links(a: list, b: list) -> None:  # type: ignore[type-arg]
    old, new = make_doc(a), make_doc(b, new=True)
    forward, backward = compare(old, new), compare(new, old)
    _once(old, new, forward)
    _once(new, old, backward)
    assert forward.summary["added"] == backward.summary["removed"]
    assert forward.summary["removed"] == backward.summary["added"]
    assert {(n, o) for o, n in _links(backward)} == _links(forward)


lines = st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=60), min_size=1, max_size=25)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines, lines)
def test_compare_never_raises_on_parsed_text(a: list[str], b: list[str]) -> None:
    def doc(texts: list[str]) -> Document:
        source = Source("x.txt", "0" * 64, "text/plain")
        return parse(RawText(source, tuple(Line(t, n + 1) for n, t in enumerate(texts))))

    old, new = doc(a), doc(b)
    _once(old, new, compare(old, new))
