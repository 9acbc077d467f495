"""Who provides a placement of each SSDA903 type and what it costs a week, for made-up data.

Fees follow DOMAIN.md's public ranges (in-house fostering £400–£600 a week, agency fostering
£820–£950, children's homes £3,800–£6,250, a few very complex placements over £10,000), drawn at
random within the range, so spend follows the placement type more than the child's needs, as
councils found when they measured. Shared by the demo data and the synthetic scale data.
"""

import random

# Placement type → (provider choices, weekly fee range in pounds).
FEES: dict[str, tuple[tuple[str, ...], tuple[int, int]]] = {
    "U1": (("PR1",), (400, 600)),
    "U3": (("PR1",), (400, 600)),
    "U4": (("PR1", "PR1", "PR4"), (400, 600)),
    "U5": (("PR1",), (400, 600)),
    "U6": (("PR1", "PR4", "PR5"), (400, 600)),
    "K1": (("PR1", "PR2"), (5_500, 7_000)),
    "K2": (("PR4",), (3_800, 6_250)),
    "R1": (("PR4", "PR5"), (3_800, 6_250)),
    "H5": (("PR4", "PR5"), (900, 1_800)),
}
AGENCY_FEE = (820, 950)
COMPLEX_FEE = (10_000, 12_500)


def provider_for(rng: random.Random, placement_type: str) -> str:
    """An SSDA903 provider code (PR1 own council, PR4 private, …) for this placement type."""
    return rng.choice(FEES.get(placement_type, (("PR1",), (0, 0)))[0])


def weekly_fee_pence(rng: random.Random, placement_type: str, provider: str) -> int:
    """A weekly fee in pence for a placement of this type and provider."""
    low, high = FEES.get(placement_type, (("PR1",), (400, 600)))[1]
    if placement_type.startswith("U") and provider in ("PR4", "PR5"):
        low, high = AGENCY_FEE
    if placement_type in ("K2", "R1") and rng.random() < 0.2:
        low, high = COMPLEX_FEE
    return rng.randint(low, high) * 100
