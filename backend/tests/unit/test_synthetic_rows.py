"""Synthetic data is deterministic for a seed and plausible in shape."""

import random
from collections import Counter
from datetime import date

from kindred.frameworks.loader import load_default_framework
from kindred.seed.synthetic_rows import COLUMNS, SCALES, CouncilRows, agency_rows, council_rows

TODAY = date(2026, 11, 23)


def _council(seed: int) -> CouncilRows:
    scale = SCALES["council"]
    agencies = [row[0] for row in agency_rows(scale, random.Random(seed))]
    return council_rows(1, scale, agencies, load_default_framework(), "hash", TODAY, seed)


def test_the_same_seed_gives_the_same_rows() -> None:
    assert _council(7) == _council(7)
    assert _council(7) != _council(8)


def test_rows_fit_their_columns_and_sizes() -> None:
    rows = _council(7)
    scale = SCALES["council"]

    assert len(rows.children) == scale.children_per_council
    assert len(rows.households) == scale.households_per_council
    for table, attribute in (("children", "children"), ("households", "households"),
                             ("assessments", "assessments")):  # fmt: skip
        assert {len(row) for row in getattr(rows, attribute)} == {len(COLUMNS[table])}
    domains = len(load_default_framework().domain_keys)
    assert len(rows.assessment_domains) == domains * len(rows.assessments)


def test_placement_mix_is_mostly_fostering_with_some_residential() -> None:
    children = _council(7).children
    types = Counter(str(row[COLUMNS["children"].index("placement_type")]) for row in children)
    fostering = sum(count for code, count in types.items() if code.startswith("U"))
    residential = sum(types[code] for code in ("K1", "K2", "R1"))

    assert 0.55 < fostering / len(children) < 0.8
    assert 0.07 < residential / len(children) < 0.22


def test_fees_follow_the_public_ranges() -> None:
    households = _council(7).households
    agency_index = COLUMNS["households"].index("agency_id")
    fee_index = COLUMNS["households"].index("weekly_fee_pence")

    for row in households:
        low, high = (82_000, 95_000) if row[agency_index] else (40_000, 60_000)
        fee = row[fee_index]
        assert isinstance(fee, int)
        assert low <= fee <= high
