"""The one rule for a child's care status and current placement, and for moves of placement."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kindred.domain.care_status import CareState, CareStatus, Episode, care_status, moves

TODAY = date(2026, 12, 7)
HELD = CareState(CareStatus.in_care, None, None)


def episode(start: date, end: date | None, place: str = "U4", **codes: str) -> Episode:
    return Episode(start, end, place, codes.pop("ls", "C2"), **codes)


def test_an_episode_running_today_puts_the_child_in_care_in_its_placement() -> None:
    history = [
        episode(date(2024, 1, 1), date(2025, 1, 1), "U4", reason_ceased="X1"),
        episode(date(2025, 1, 1), None, "K2", ls="V2"),
    ]

    assert care_status(history, held=HELD, today=TODAY) == CareState(CareStatus.in_care, "K2", "V2")


def test_a_child_is_a_care_leaver_only_when_the_return_says_they_left() -> None:
    left = [episode(date(2024, 1, 1), date(2025, 1, 1), reason_ceased="E4A")]
    gap = [episode(date(2024, 1, 1), date(2025, 1, 1), reason_ceased="X1")]
    unknown = [episode(date(2024, 1, 1), date(2025, 1, 1))]

    assert care_status(left, held=HELD, today=TODAY) == CareState(
        CareStatus.care_leaver, None, "C2"
    )
    assert care_status(gap, held=HELD, today=TODAY) == CareState(CareStatus.in_care, None, "C2")
    assert care_status(unknown, held=HELD, today=TODAY).care_status == "in_care"


def test_no_episode_or_only_future_ones_change_nothing() -> None:
    edge = CareState(CareStatus.edge_of_care, None, None)

    assert care_status([], held=edge, today=TODAY) == edge
    assert care_status([episode(TODAY + timedelta(days=1), None)], held=edge, today=TODAY) == edge


def test_moves_follow_the_next_episodes_reason_and_placement() -> None:
    day = date(2024, 6, 1)
    start = date(2024, 1, 1)
    cases = {
        ("P", None): True,  # a move, its reason not recorded (DfE rule 225)
        ("B", "CARPL"): True,
        ("L", None): False,  # legal status only
        ("T", None): False,  # legal status changed, the child stayed put
        ("U", None): False,
        ("T", "CARPL"): True,
        ("S", None): False,
    }
    for (reason, change), expected in cases.items():
        codes = {"reason_for_change": change} if change else {}
        history = [
            episode(start, day, "U4", reason_ceased="X1", **codes),
            episode(day, None, "U4", reason_new_episode=reason),
        ]
        assert moves(history) == [expected, False], (reason, change)
    left = [episode(start, day, reason_ceased="E4A"), episode(day, None, "K2")]
    no_rne_same_place = [episode(start, day), episode(day, None, "U4")]
    no_rne_other_place = [episode(start, day), episode(day, None, "K2")]
    assert moves(left) == [False, False]
    assert moves(no_rne_same_place) == [False, False]
    assert moves(no_rne_other_place) == [True, False]


@st.composite
def histories(draw: st.DrawFn) -> list[Episode]:
    """Contiguous or gapped histories, the last one open or not, with any codes."""
    day = draw(st.dates(date(2015, 1, 1), date(2026, 1, 1)))
    history: list[Episode] = []
    for _ in range(draw(st.integers(0, 6))):
        length = draw(st.integers(1, 400))
        still_open = draw(st.integers(0, 4)) == 0
        end = None if still_open else day + timedelta(days=length)
        history.append(
            Episode(
                day,
                end,
                draw(st.sampled_from(["U4", "U6", "K2", "P1"])),
                draw(st.sampled_from(["C2", "V2"])),
                draw(st.sampled_from([None, "S", "P", "L", "T", "U", "B"])),
                draw(st.sampled_from([None, "X1", "E4A", "E11"])) if end else None,
                draw(st.sampled_from([None, "CARPL"])) if end else None,
            )
        )
        if end is None:
            break
        day = end + timedelta(days=draw(st.sampled_from([0, 0, 0, 30])))
    return history


@given(histories(), st.sampled_from(CareStatus))
def test_in_care_exactly_while_an_episode_runs_today(
    history: list[Episode], held: CareStatus
) -> None:
    status = care_status(history, held=CareState(held, "Z1", None), today=TODAY)

    running = [e for e in history if e.start <= TODAY and (e.end is None or e.end > TODAY)]
    if running:
        assert status == CareState(
            CareStatus.in_care, running[-1].placement_type, running[-1].legal_status
        )
    elif any(e.start <= TODAY for e in history):
        assert status.placement_type is None
        assert status.care_status in (held, "care_leaver")
    else:
        assert status.care_status == held


@given(histories())
def test_only_an_episode_another_follows_the_same_day_can_end_with_a_move(
    history: list[Episode],
) -> None:
    moved = moves(history)

    starts = {e.start for e in history}
    for episode_, was_move in zip(history, moved, strict=True):
        if was_move:
            assert episode_.end in starts
            assert episode_.reason_ceased in (None, "X1")
    assert sum(moved) <= max(len(history) - 1, 0)
