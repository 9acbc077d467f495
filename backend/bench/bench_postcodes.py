"""Time `place_postcodes` on texts drawn from the ONS directory (target ≥ 50,000 a second).

100,000 texts, seeded: two thirds full postcodes as councils type them (upper, lower, no space),
a third partial or unknown (sectors with odd spacing, bare districts, changed inward codes,
`n/a`). Cold is the first call in a process, which reads and indexes every area the texts touch
(here all of them); warm is the best of three calls after it. A second cold figure places one
council's 1,710 postcodes, the size the issue measured (5.4 s). Wall-clock figures depend on
what else the machine runs, so CPU seconds are printed beside them.

Only `place_postcodes` and the package's files are used, so the same module measures an older
checkout: `PYTHONPATH=<checkout>/backend/src ../.venv/bin/python -m bench.bench_postcodes`.
Run: `cd backend && ../.venv/bin/python -m bench.bench_postcodes`
"""

import random
import time
from collections import Counter
from collections.abc import Callable

import brotli
import msgpack

from kindred.geography.postcodes import _data_dir, postcode_directory
from kindred.modules.placements.places import place_postcodes

TEXTS = 100_000
ONE_COUNCIL = 1_710
TARGET_PER_SECOND = 50_000
NOT_POSTCODES = ("n/a", "NFA", "unknown", "abroad", "0")


def directory_postcodes() -> list[str]:
    """Every postcode in the package, as the directory spells it (`M1  1AE`)."""
    postcodes: list[str] = []
    for source in sorted(_data_dir().glob("postcodes_*.msgpack.br")):
        table = msgpack.unpackb(brotli.decompress(source.read_bytes()), raw=False)["data"]
        postcodes += table["pcd"]
    return postcodes


def as_held(rng: random.Random, number: int, postcode: str) -> str:
    """A postcode as a council's file might hold it; every third partial or not placeable."""
    outward, inward = postcode[:-3].strip(), postcode[-3:]
    if number % 3:
        return rng.choice((f"{outward} {inward}", f"{outward} {inward}".lower(), outward + inward))
    kind = (number // 3) % 4
    if kind == 0:
        return rng.choice((f"{outward} {inward[0]}", f" {outward.lower()}  {inward[0]}"))
    if kind == 1:
        return outward
    if kind == 2:
        return f"{outward} {inward[0]}{rng.choice('ZQX')}{rng.choice('ZQX')}"
    return rng.choice(NOT_POSTCODES)


def timed(place: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    place()
    return time.perf_counter() - wall, time.process_time() - cpu


def rate(count: int, seconds: tuple[float, float]) -> str:
    wall, cpu = seconds
    per_second = count / wall
    return (
        f"{wall:.2f} s, {per_second:,.0f}/s ({per_second / TARGET_PER_SECOND:.1f}x the "
        f"{TARGET_PER_SECOND:,}/s target); CPU {cpu:.2f} s, {count / cpu:,.0f} per CPU-second"
    )


def postcode_figures() -> dict[str, str]:
    rng = random.Random(7)
    every = directory_postcodes()
    texts = [as_held(rng, n, postcode) for n, postcode in enumerate(rng.sample(every, TEXTS))]
    leeds = [p for p in every if p.startswith("LS")]
    council = [as_held(rng, n, p) for n, p in enumerate(rng.sample(leeds, ONE_COUNCIL))]
    del every, leeds
    postcode_directory.cache_clear()
    one_council = timed(lambda: place_postcodes(council))
    postcode_directory.cache_clear()
    cold = timed(lambda: place_postcodes(texts))
    warm = min((timed(lambda: place_postcodes(texts)) for _ in range(3)), key=lambda t: t[0])
    placed = place_postcodes(texts)
    counts = Counter(p.precision.value for p in placed.values())
    return {
        f"postcodes, {ONE_COUNCIL:,} of one council (LS), cold": rate(ONE_COUNCIL, one_council),
        f"postcodes, {TEXTS:,} drawn from the directory, cold": rate(TEXTS, cold),
        f"postcodes, {TEXTS:,} drawn from the directory, warm": rate(TEXTS, warm),
        f"postcodes, {len(placed):,} distinct placed as": ", ".join(
            f"{value} {count:,}" for value, count in sorted(counts.items())
        ),
    }


if __name__ == "__main__":
    for name, value in postcode_figures().items():
        print(f"{name}: {value}")
