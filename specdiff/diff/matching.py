"""A globally consistent 1:1 assignment: maximum total weight over a sparse candidate graph.

Greedy first-come matching is what makes simple aligners pair a clause with its neighbour's
partner and then report two false changes; a maximum-weight matching cannot. The graph is
split into connected components; small ones (the usual case: a handful of edited clauses in
one section) go to a plain Hungarian algorithm, so the common path needs no SciPy import
(~0.35 s); large ones go to SciPy's sparse LAPJV on an augmented graph that lets any node stay
unmatched.
"""

from __future__ import annotations

from collections.abc import Mapping

Edge = tuple[int, int]
SMALL = 60  # components with at most this many rows and columns use the pure-Python solver


def _components(edges: Mapping[Edge, float]) -> list[list[Edge]]:
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(x: tuple[int, int]) -> tuple[int, int]:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        a, b = find((0, i)), find((1, j))
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[tuple[int, int], list[Edge]] = {}
    for edge in sorted(edges):
        groups.setdefault(find((0, edge[0])), []).append(edge)
    return [groups[k] for k in sorted(groups)]


def _hungarian(weights: list[list[float]]) -> list[int]:
    """Minimum-cost assignment of each row to a distinct column (rows <= columns) on cost
    ``-weight``; returns the column of each row. O(rows^2 * columns), e-maxx formulation."""
    n, m = len(weights), len(weights[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            row = weights[i0 - 1]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    result = [0] * n
    for j in range(1, m + 1):
        if p[j]:
            result[p[j] - 1] = j - 1
    return result


def _solve_small(component: list[Edge], edges: Mapping[Edge, float]) -> list[Edge]:
    rows = sorted({i for i, _ in component})
    cols = sorted({j for _, j in component})
    flip = len(rows) > len(cols)
    if flip:
        rows, cols = cols, rows
    matrix = [[0.0] * len(cols) for _ in rows]
    col_at = {c: k for k, c in enumerate(cols)}
    row_at = {r: k for k, r in enumerate(rows)}
    for i, j in component:
        r, c = (j, i) if flip else (i, j)
        matrix[row_at[r]][col_at[c]] = edges[(i, j)]
    chosen = []
    for r, c in enumerate(_hungarian(matrix)):
        if matrix[r][c] > 0:
            chosen.append((cols[c], rows[r]) if flip else (rows[r], cols[c]))
    return chosen


def _solve_sparse(component: list[Edge], edges: Mapping[Edge, float]) -> list[Edge]:
    """Rows R, columns C; add a private "unmatched" column per row and row per column, and a
    dummy-dummy edge mirroring every real edge, so a perfect matching always exists and its
    cost is constant minus the real weight chosen."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    rows = sorted({i for i, _ in component})
    cols = sorted({j for _, j in component})
    nr, nc = len(rows), len(cols)
    row_at = {r: k for k, r in enumerate(rows)}
    col_at = {c: k for k, c in enumerate(cols)}
    r_idx, c_idx, cost = [], [], []
    for i, j in component:
        a, b = row_at[i], col_at[j]
        r_idx += [a, nr + b]  # real edge; dummy row of column b -> dummy column of row a
        c_idx += [b, nc + a]
        cost += [2.0 - edges[(i, j)], 2.0]
    for a in range(nr):
        r_idx.append(a)
        c_idx.append(nc + a)
        cost.append(2.0)
    for b in range(nc):
        r_idx.append(nr + b)
        c_idx.append(b)
        cost.append(2.0)
    size = nr + nc
    graph = coo_matrix((np.array(cost), (np.array(r_idx), np.array(c_idx))), shape=(size, size)).tocsr()
    _, matched_cols = min_weight_full_bipartite_matching(graph)
    return [(rows[a], cols[int(b)]) for a, b in enumerate(matched_cols[:nr]) if int(b) < nc]


def max_weight_matching(edges: Mapping[Edge, float]) -> list[Edge]:
    """The set of (row, column) edges of maximum total weight, each row and column used at most
    once. Weights must be in (0, 1]; the result is sorted and the same for the same input."""
    chosen: list[Edge] = []
    for component in _components(edges):
        if len(component) == 1:
            chosen.extend(component)
            continue
        rows = len({i for i, _ in component})
        cols = len({j for _, j in component})
        solver = _solve_small if max(rows, cols) <= SMALL else _solve_sparse
        chosen.extend(solver(component, edges))
    return sorted(chosen)
