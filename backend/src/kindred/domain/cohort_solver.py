"""Exact solvers behind `plan_cohort`: which group goes to which household.

Input: per (group, household) an integer value (0 = forbidden), group sizes and vacancies. Output:
an assignment of maximum total value that never gives a group more than one household nor a
household more children than its vacancies.

* `prune` keeps, per group, its best households until the other groups cannot block them all;
  any optimal plan can be rearranged into one using only kept pairs, so nothing is lost.
* `solve_single_children`: when every group is one child, households become identical slots and
  `scipy.optimize.linear_sum_assignment` is exact.
* `solve_sibling_groups`: otherwise an integer programme (`scipy.optimize.milp`, HiGHS, zero gap)
  over a tight pattern formulation, kept small by pricing (column generation) and proven optimal
  over every kept pair by a Lagrangian bound computed here from the LP duals.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, linear_sum_assignment, linprog, milp

_COLUMNS_PER_ROUND = 8
"""Best households per group in the first LP, and most pairs a group gains per pricing round."""
_PRICING_ROUNDS = 50
_MAX_PATTERNS = 64
"""Beyond this many ways to fill a household, it keeps the plain capacity row (still exact)."""
_EPSILON = 1e-6
_INTEGRAL = 1e-6


@dataclass(frozen=True, slots=True, eq=False)
class Problem:
    """Kept (group, household) pairs, each group's best first, with group sizes and vacancies."""

    group: npt.NDArray[np.intp]
    house: npt.NDArray[np.intp]
    value: npt.NDArray[np.int64]
    position: npt.NDArray[np.intp]
    sizes: npt.NDArray[np.int64]
    vacancies: npt.NDArray[np.int64]
    per_child: int
    """value = per_child x group size + fit, per_child exceeding any total fit."""


def prune(
    value: npt.NDArray[np.int64],
    per_child: int,
    sizes: npt.NDArray[np.int64],
    vacancies: npt.NDArray[np.int64],
    tie_break: npt.NDArray[np.int64],
) -> Problem:
    """Keep, per group, its best households until the other groups cannot block them all.

    Another group blocks household h for group g only by using at least v_h - n_g + 1 of its
    places, and each group sits in one household. So once the kept households number G, or their
    sum of (v_h - n_g + 1) exceeds the other groups' children, one of them is always free for g,
    and a plan placing g elsewhere can move it there without losing value.
    """
    group_count = value.shape[0]
    children = int(sizes.sum())
    groups, houses, positions = [], [], []
    for g in range(group_count):
        candidates = np.flatnonzero(value[g] > 0)
        candidates = candidates[np.lexsort((tie_break[candidates], -value[g, candidates]))]
        room = np.cumsum(vacancies[candidates] - sizes[g] + 1)
        enough = int(np.searchsorted(room, children - sizes[g], side="right")) + 1
        keep = candidates[: min(enough, group_count)]
        groups.append(np.full(keep.size, g, dtype=np.intp))
        houses.append(keep.astype(np.intp))
        positions.append(np.arange(keep.size, dtype=np.intp))
    group = np.concatenate(groups)
    house = np.concatenate(houses)
    return Problem(
        group, house, value[group, house], np.concatenate(positions), sizes, vacancies, per_child
    )


def solve_single_children(problem: Problem, groups: int) -> dict[int, int]:
    """{group: household}: each household as identical slots, one linear assignment."""
    used = np.unique(problem.house)
    local = np.searchsorted(used, problem.house)
    dense = np.zeros((groups, used.size), dtype=np.float64)
    dense[problem.group, local] = problem.value
    slots = np.minimum(problem.vacancies[used], np.bincount(local, minlength=used.size))
    slot_house = np.repeat(np.arange(used.size), slots)
    values = dense[:, slot_house]
    rows, picked = linear_sum_assignment(values, maximize=True)
    return {
        int(g): int(used[slot_house[s]])
        for g, s in zip(rows, picked, strict=True)
        if values[g, s] > 0
    }


def _patterns(vacancies: int, sizes: tuple[int, ...]) -> list[dict[int, int]] | None:
    """Every maximal way to fill `vacancies` places with whole groups (sizes largest first).

    None when there are more than `_MAX_PATTERNS` (a household with unusually many places).
    """
    smallest = min(sizes)
    found: list[dict[int, int]] = []
    counts = dict.fromkeys(sizes, 0)

    def extend(start: int, room: int) -> None:
        if len(found) > _MAX_PATTERNS:
            return
        if room < smallest:
            found.append({size: count for size, count in counts.items() if count})
        for index in range(start, len(sizes)):
            if sizes[index] <= room:
                counts[sizes[index]] += 1
                extend(index, room - sizes[index])
                counts[sizes[index]] -= 1

    extend(0, vacancies)
    return None if len(found) > _MAX_PATTERNS else found


@dataclass(frozen=True, slots=True, eq=False)
class _Model:
    """A x <= limits over every kept pair (the first `pairs` columns) and pattern weights."""

    rows: sparse.csc_array
    limits: npt.NDArray[np.float64]
    pairs: int


def _model(problem: Problem, groups: int, houses: int) -> _Model:
    """One household per group; each household filled by at most one pattern of whole groups.

    A pattern is a maximal multiset of group sizes that fits the household's vacancies (4 places:
    4, 3+1, 2+2, 2+1+1, 1+1+1+1). Per household, the number of groups of each size is at most what
    a weighted choice of its patterns allows. For whole x this is exactly "sizes within
    vacancies", but its LP is the convex hull of each household's options, far tighter than the
    plain capacity row, so pricing converges and few pairs need the integer search. Households
    with too many patterns keep the plain row sum(size x) <= vacancies.
    """
    pair_count = problem.group.size
    pair_ids = np.arange(pair_count)
    size = problem.sizes[problem.group]
    kinds = tuple(sorted(set(problem.sizes.tolist()), reverse=True))
    rows, columns, data = [problem.group], [pair_ids], [np.ones(pair_count)]
    limits = [np.ones(groups)]
    next_row, next_column = groups, pair_count
    link = np.full((houses, max(kinds) + 1), -1, dtype=np.intp)
    capacity_row = np.full(houses, -1, dtype=np.intp)

    def new_rows(count: int, limit: float) -> npt.NDArray[np.intp]:
        nonlocal next_row
        limits.append(np.full(count, limit))
        next_row += count
        return np.arange(next_row - count, next_row)

    for places in np.unique(problem.vacancies).tolist():
        fitting = tuple(k for k in kinds if k <= places)
        if not fitting:
            continue  # no group fits, so no pair was kept here
        members = np.flatnonzero(problem.vacancies == places)
        patterns = _patterns(places, fitting)
        if patterns is None:
            capacity_row[members] = new_rows(members.size, places)
            continue
        choice = new_rows(members.size, 1.0)
        for kind in fitting:
            link[members, kind] = new_rows(members.size, 0.0)
        for pattern in patterns:
            weight = np.arange(next_column, next_column + members.size)
            next_column += members.size
            rows.append(choice)
            columns.append(weight)
            data.append(np.ones(members.size))
            for kind, count in pattern.items():
                rows.append(link[members, kind])
                columns.append(weight)
                data.append(np.full(members.size, -float(count)))

    linked = link[problem.house, size] >= 0
    rows += [link[problem.house[linked], size[linked]], capacity_row[problem.house[~linked]]]
    columns += [pair_ids[linked], pair_ids[~linked]]
    data += [np.ones(np.count_nonzero(linked)), size[~linked].astype(np.float64)]
    matrix = sparse.csc_array(
        (np.concatenate(data), (np.concatenate(rows), np.concatenate(columns))),
        shape=(next_row, next_column),
    )
    return _Model(matrix, np.concatenate(limits), pair_count)


def _best_per_group(
    mask: npt.NDArray[np.bool_], score: npt.NDArray[np.float64], group: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """The highest-scoring `_COLUMNS_PER_ROUND` pairs of each group among those in `mask`."""
    index = np.flatnonzero(mask)
    index = index[np.lexsort((-score[index], group[index]))]
    owner = group[index]
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    lengths = np.diff(np.r_[starts, index.size])
    rank = np.arange(index.size) - np.repeat(starts, lengths)
    chosen = np.zeros(mask.size, dtype=np.bool_)
    chosen[index[rank < _COLUMNS_PER_ROUND]] = True
    return chosen


def solve_sibling_groups(problem: Problem, groups: int, houses: int) -> dict[int, int]:
    """{group: household} by pricing, an integer programme, and a bound proving optimality."""
    model = _model(problem, groups, houses)
    rows, limits = model.rows, model.limits
    weights = np.arange(model.pairs, rows.shape[1])
    value = np.concatenate([problem.value.astype(np.float64), np.zeros(weights.size)])
    in_model = problem.position < _COLUMNS_PER_ROUND
    duals = np.zeros(limits.size)
    lp_plan: npt.NDArray[np.intp] | None = None
    for _ in range(_PRICING_ROUNDS):
        pairs = np.flatnonzero(in_model)
        columns = np.concatenate([pairs, weights])
        # scipy-stubs type A_ub as dense only; HiGHS takes the sparse matrix as it is.
        relaxed = linprog(  # type: ignore[call-overload]
            -value[columns], A_ub=rows[:, columns], b_ub=limits, bounds=(0, 1), method="highs"
        )
        if relaxed.status != 0:
            raise RuntimeError(f"cohort LP failed: {relaxed.message}")
        duals = np.maximum(-np.asarray(relaxed.ineqlin.marginals, dtype=np.float64), 0.0)
        x = np.asarray(relaxed.x, dtype=np.float64)[: pairs.size]
        lp_plan = pairs[x > 0.5] if np.all(np.abs(x - np.round(x)) <= _INTEGRAL) else None
        reduced = (value - rows.T @ duals)[: model.pairs]
        entering = (reduced > _EPSILON) & ~in_model
        if not entering.any():
            break
        in_model |= _best_per_group(entering, reduced, problem.group)

    searched = np.zeros_like(in_model)
    if lp_plan is not None and _feasible(problem, lp_plan):
        best = lp_plan
    else:
        best = _integer_optimum(problem, np.flatnonzero(in_model))
        searched = in_model
    incumbent = int(problem.value[best].sum())

    # Lagrangian bound, valid for any duals y >= 0: a plan is worth at most y.limits + each
    # group's best positive reduced cost + every positive pattern reduced cost; a plan using
    # pair p, at most that with p's own reduced cost in place of its group's best.
    reduced = value - rows.T @ duals
    best_gain = np.zeros(groups)
    np.maximum.at(best_gain, problem.group, reduced[: model.pairs])
    bound = float(limits @ duals) + float(best_gain.sum())
    bound += float(np.maximum(reduced[model.pairs :], 0.0).sum())
    pair_bound = bound - best_gain[problem.group] + reduced[: model.pairs]
    promising = pair_bound > incumbent + 0.5
    if (promising & ~searched).any():
        pairs = np.flatnonzero(in_model | promising)
        best = _integer_optimum(problem, pairs)
    return {int(problem.group[p]): int(problem.house[p]) for p in best}


def _feasible(problem: Problem, chosen: npt.NDArray[np.intp]) -> bool:
    """Exact check: no group twice, no household over its vacancies."""
    seats = np.bincount(problem.group[chosen], minlength=problem.sizes.size)
    used = np.bincount(
        problem.house[chosen],
        weights=problem.sizes[problem.group[chosen]],
        minlength=problem.vacancies.size,
    )
    return bool(np.all(seats <= 1) and np.all(used <= problem.vacancies))


def _integer_optimum(problem: Problem, pairs: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """The pairs chosen by the exact integer optimum over `pairs`, checked for feasibility.

    Solved in the objective's two stages (most children, then most fit with exactly that many
    children) on the plain rows: HiGHS branches several times faster on these than on one
    big-weighted objective or on the pattern rows, which serve the LP.
    """
    count = pairs.size
    groups, houses = problem.sizes.size, problem.vacancies.size
    size = problem.sizes[problem.group[pairs]].astype(np.float64)
    fit = (problem.value[pairs] - problem.per_child * problem.sizes[problem.group[pairs]]).astype(
        np.float64
    )
    rows = LinearConstraint(
        sparse.csr_array(
            (
                np.r_[np.ones(count), size],
                (
                    np.r_[problem.group[pairs], groups + problem.house[pairs]],
                    np.r_[np.arange(count), np.arange(count)],
                ),
            ),
            shape=(groups + houses, count),
        ),
        -np.inf,
        np.r_[np.ones(groups), problem.vacancies.astype(np.float64)],
    )
    whole = np.ones(count, dtype=np.int64)
    most = milp(
        -size,
        integrality=whole,
        bounds=Bounds(0, 1),
        constraints=rows,
        options={"mip_rel_gap": 0.0},
    )
    if most.status != 0 or most.x is None:
        raise RuntimeError(f"cohort integer programme failed: {most.message}")
    children = round(-most.fun)
    best = milp(
        -fit,
        integrality=whole,
        bounds=Bounds(0, 1),
        constraints=[rows, LinearConstraint(size[None, :], children, children)],
        options={"mip_rel_gap": 0.0},
    )
    if best.status != 0 or best.x is None:
        raise RuntimeError(f"cohort integer programme failed: {best.message}")
    chosen = pairs[np.asarray(best.x) > 0.5]
    if not _feasible(problem, chosen):
        raise RuntimeError("cohort integer programme returned an infeasible plan")
    return chosen
