"""Time `find_step_downs`: 5,000 residential children over 40,000 households (target < 2 s).

Seeded random data; prints figures only. Households as in `bench_matching_domain`; children with
residential-like needs (about a third have a domain at level 4 and are blocked). A second, worst
case run gives every child low needs, so most households survive the bitset filter and must be
ranked.

Run: `cd backend && ../.venv/bin/python -m bench.bench_step_down`
"""

from __future__ import annotations

import random
import time

from bench.bench_matching_domain import DOMAINS, random_household
from kindred.domain.matching import ChildNeeds, HouseholdMatrix
from kindred.domain.placement_costs import INDICATIVE_WEEKLY_COST_PENCE
from kindred.domain.step_down import StepDownResult, find_step_downs

CHILDREN = 5_000
HOUSEHOLDS = 40_000
RESIDENTIAL_NEEDS = (2, 3, 4, 3, 1)
"""Relative frequency of need levels 0-4 per domain for a child in residential care."""
LOW_NEEDS = (5, 4, 1, 0, 0)


def residential_child(rng: random.Random, number: int, weights: tuple[int, ...]) -> ChildNeeds:
    located = rng.random() > 0.05
    return ChildNeeds(
        child_id=f"R{number:05d}",
        age_years=rng.randint(8, 17),
        levels=tuple(rng.choices(range(5), weights=weights, k=DOMAINS)),
        placement_type="long_term",
        easting=rng.uniform(100_000, 650_000) if located else None,
        northing=rng.uniform(0, 1_200_000) if located else None,
    )


def timed(
    matrix: HouseholdMatrix, children: list[ChildNeeds], costs: list[int], repeats: int = 3
) -> tuple[float, StepDownResult]:
    best = float("inf")
    result = None
    for _ in range(repeats):
        started = time.perf_counter()
        result = find_step_downs(children, costs, matrix)
        best = min(best, time.perf_counter() - started)
    assert result is not None
    return best, result


def step_down_figures() -> dict[str, str]:
    rng = random.Random(23)
    matrix = HouseholdMatrix.build([random_household(rng, n) for n in range(HOUSEHOLDS)])
    types = sorted(INDICATIVE_WEEKLY_COST_PENCE)
    figures = {}
    for label, weights in (("residential-like needs", RESIDENTIAL_NEEDS), ("low needs", LOW_NEEDS)):
        children = [residential_child(rng, n, weights) for n in range(CHILDREN)]
        costs = [INDICATIVE_WEEKLY_COST_PENCE[rng.choice(types)] for _ in children]
        seconds, result = timed(matrix, children, costs)
        figures[f"step-down, {CHILDREN:,} children x {HOUSEHOLDS:,} households, {label}"] = (
            f"{seconds:.2f} s ({len(result.proposals):,} proposed, "
            f"{len(result.blocked_by_very_high_need):,} blocked by a level 4, "
            f"{len(result.no_household):,} with no household)"
        )
    return figures


if __name__ == "__main__":
    for name, value in step_down_figures().items():
        print(f"{name}: {value}")
