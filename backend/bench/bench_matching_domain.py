"""Time `rank_households` (40,000 households x 12 domains) and `plan_cohort` (500 x 5,000).

Seeded random data; prints figures only.

Run: `cd backend && ../.venv/bin/python bench/bench_matching_domain.py`
"""

from __future__ import annotations

import dataclasses
import random
import statistics
import time

from kindred.domain.cohort_plan import plan_cohort
from kindred.domain.matching import (
    ChildNeeds,
    Household,
    HouseholdMatrix,
    MatchQuery,
    PlacementType,
    rank_households,
)

HOUSEHOLDS = 40_000
DOMAINS = 12
CALLS = 200
COHORT_CHILDREN = 500
COHORT_HOUSEHOLDS = 5_000
TYPES = [t.value for t in PlacementType]


def random_household(rng: random.Random, number: int) -> Household:
    age_min = rng.randint(0, 12)
    located = rng.random() > 0.05
    return Household(
        household_id=f"H{number:06d}",
        capacity=tuple(rng.choices(range(5), weights=(1, 2, 4, 3, 1), k=DOMAINS)),
        age_min=age_min,
        age_max=rng.randint(age_min, 18),
        approved_types=frozenset(rng.sample(TYPES, rng.randint(1, 4))),
        vacancies=rng.choice((0, 1, 1, 2, 2, 3)),
        in_house=rng.random() < 0.4,
        weekly_fee_pence=rng.randrange(40_000, 120_000, 100),
        easting=rng.uniform(100_000, 650_000) if located else None,
        northing=rng.uniform(0, 1_200_000) if located else None,
    )


def random_child(rng: random.Random, number: int) -> ChildNeeds:
    return ChildNeeds(
        child_id=f"C{number:04d}",
        age_years=rng.randint(0, 17),
        levels=tuple(rng.choices(range(5), weights=(3, 3, 3, 2, 1), k=DOMAINS)),
        placement_type=rng.choice(TYPES[:3]),
        sibling_group_size=rng.choice((1, 1, 1, 2)),
        easting=rng.uniform(100_000, 650_000),
        northing=rng.uniform(0, 1_200_000),
    )


def main() -> None:
    rng = random.Random(20_241_123)
    started = time.perf_counter()
    matrix = HouseholdMatrix.build([random_household(rng, n) for n in range(HOUSEHOLDS)])
    built = time.perf_counter() - started
    children = [random_child(rng, n) for n in range(CALLS)]
    queries = (
        MatchQuery(limit=20),
        MatchQuery(limit=50, max_distance_km=80, include_excluded=True),
    )
    print(f"matrix: {HOUSEHOLDS:,} households x {DOMAINS} domains, built in {built * 1000:.0f} ms")
    for query in queries:
        rank_households(children[0], matrix, query)  # warm up
        timings = []
        for child in children:
            t0 = time.perf_counter()
            rank_households(child, matrix, query)
            timings.append((time.perf_counter() - t0) * 1000)
        cuts = statistics.quantiles(timings, n=100)
        print(
            f"rank_households limit={query.limit} max_km={query.max_distance_km} "
            f"excluded={query.include_excluded}: p50 {cuts[49]:.2f} ms, p95 {cuts[94]:.2f} ms "
            f"over {CALLS} calls"
        )

    bench_cohort(rng)


def bench_cohort(rng: random.Random) -> None:
    children = [random_child(rng, n) for n in range(COHORT_CHILDREN)]
    singles = [dataclasses.replace(c, sibling_group_size=1) for c in children]
    for full_share in (0.0, 0.9):
        # full_share: the share of households with no vacancy, to make places scarce.
        homes = [random_household(rng, n) for n in range(COHORT_HOUSEHOLDS)]
        homes = [
            dataclasses.replace(h, vacancies=0) if rng.random() < full_share else h for h in homes
        ]
        matrix = HouseholdMatrix.build(homes)
        for label, cohort in (("single children", singles), ("with sibling groups", children)):
            t0 = time.perf_counter()
            plan = plan_cohort(cohort, matrix)
            took = time.perf_counter() - t0
            print(
                f"plan_cohort {COHORT_CHILDREN} x {COHORT_HOUSEHOLDS:,}, {label}, "
                f"{full_share:.0%} of households full: {took:.2f} s "
                f"({len(plan.assignments)} placed, {len(plan.unmatched)} unmatched)"
            )


if __name__ == "__main__":
    main()
