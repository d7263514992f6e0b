"""The 1:1 assignment is optimal, whichever solver a component goes to."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from specdiff.diff import matching
from specdiff.diff.matching import max_weight_matching

edge_sets = st.dictionaries(
    st.tuples(st.integers(0, 6), st.integers(0, 6)), st.floats(0.05, 1.0, allow_nan=False), max_size=30
)


def _brute(edges: dict[tuple[int, int], float]) -> float:
    items = sorted(edges.items())

    def best(k: int, rows: frozenset[int], cols: frozenset[int]) -> float:
        if k == len(items):
            return 0.0
        (i, j), w = items[k]
        skip = best(k + 1, rows, cols)
        if i in rows or j in cols:
            return skip
        return max(skip, w + best(k + 1, rows | {i}, cols | {j}))

    return best(0, frozenset(), frozenset())


@settings(max_examples=60, deadline=None)
@given(edge_sets)
def test_matching_is_maximum_and_one_to_one(edges: dict[tuple[int, int], float]) -> None:
    if len(edges) > 14:
        edges = dict(sorted(edges.items())[:14])
    chosen = max_weight_matching(edges)
    assert len({i for i, _ in chosen}) == len(chosen) == len({j for _, j in chosen})
    assert abs(sum(edges[e] for e in chosen) - _brute(edges)) < 1e-9


@settings(max_examples=30, deadline=None)
@given(edge_sets)
def test_sparse_and_small_solvers_agree(edges: dict[tuple[int, int], float]) -> None:
    for component in matching._components(edges):
        if len(component) < 2:
            continue
        small = sum(edges[e] for e in matching._solve_small(component, edges))
        sparse = sum(edges[e] for e in matching._solve_sparse(component, edges))
        assert abs(small - sparse) < 1e-9


def test_greedy_would_fail_here() -> None:
    # greedy takes (0, 0) first and leaves 1 unmatched; the optimum pairs both
    edges = {(0, 0): 0.9, (0, 1): 0.85, (1, 0): 0.8}
    assert max_weight_matching(edges) == [(0, 1), (1, 0)]
