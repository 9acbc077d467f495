"""Synthetic data is deterministic for a seed and plausible in shape."""

import itertools
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
    for table, attribute in (
        ("children", "children"),
        ("households", "households"),
        ("assessments", "assessments"),
    ):
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


def _column(table: str, row: tuple[object, ...], name: str) -> object:
    return row[COLUMNS[table].index(name)]


def test_each_child_has_a_history_of_episodes_that_never_overlap() -> None:
    rows = _council(7)
    episodes: dict[object, list[tuple[object, ...]]] = {}
    for row in rows.placements:
        assert len(row) == len(COLUMNS["placements"])
        episodes.setdefault(_column("placements", row, "child_id"), []).append(row)

    assert set(episodes) == {row[0] for row in rows.children}
    for child in rows.children:
        history = episodes[child[0]]
        in_care = _column("children", child, "care_status") == "in_care"
        current = history[-1]
        assert _column("placements", current, "placement_type") == _column(
            "children", child, "placement_type"
        )
        assert (_column("placements", current, "end_date") is None) == in_care
        for earlier, later in itertools.pairwise(history):
            end, start = (
                _column("placements", earlier, "end_date"),
                _column("placements", later, "start_date"),
            )
            assert isinstance(end, date)
            assert isinstance(start, date)
            assert end <= start
            assert _column("placements", earlier, "reason_for_change") is not None
    movers = sum(len(history) > 1 for history in episodes.values())
    assert 0.3 < movers / len(episodes) < 0.8


def test_every_episode_has_a_weekly_fee_within_its_dates() -> None:
    rows = _council(7)
    episodes = {row[0]: row for row in rows.placements}
    fees = [row for row in rows.cost_records if _column("cost_records", row, "kind") == "placement"]

    assert {_column("cost_records", row, "placement_id") for row in fees} == set(episodes)
    for fee in fees:
        assert len(fee) == len(COLUMNS["cost_records"])
        episode = episodes[_column("cost_records", fee, "placement_id")]
        start, end = (
            _column("cost_records", fee, "start_date"),
            _column("cost_records", fee, "end_date"),
        )
        assert start == _column("placements", episode, "start_date")
        assert isinstance(start, date)
        assert end is None or (isinstance(end, date) and end >= start)
        amount = _column("cost_records", fee, "amount_pence")
        assert isinstance(amount, int)
        assert 40_000 <= amount <= 1_250_000
