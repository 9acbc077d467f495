"""In-process timings of the pure functions at the issue's sizes (seeded random data)."""

import random
import statistics
import time

from bench.bench_matching_domain import random_child, random_household
from kindred.domain.cohort_plan import plan_cohort
from kindred.domain.matching import HouseholdMatrix, MatchQuery, rank_households


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def domain_figures() -> dict[str, str]:
    rng = random.Random(11)
    households = [random_household(rng, number) for number in range(40_000)]
    started = time.perf_counter()
    matrix = HouseholdMatrix.build(households)
    built = time.perf_counter() - started
    children = [random_child(rng, number) for number in range(200)]
    samples = []
    for child in children:
        started = time.perf_counter()
        rank_households(child, matrix, MatchQuery(limit=20))
        samples.append((time.perf_counter() - started) * 1000)
    cohort_households = HouseholdMatrix.build(households[:5_000])
    cohort = [random_child(rng, number) for number in range(500)]
    started = time.perf_counter()
    plan = plan_cohort(cohort, cohort_households)
    cohort_seconds = time.perf_counter() - started
    return {
        "matrix build, 40,000 households": f"{built * 1000:.0f} ms",
        "rank one child over 40,000 households": (
            f"p50 {statistics.median(samples):.1f} ms, p95 {_p95(samples):.1f} ms (200 children)"
        ),
        "cohort plan, 500 children x 5,000 households": (
            f"{cohort_seconds:.2f} s ({plan.children_placed} placed)"
        ),
    }
