"""Which episode runs on a day: the one rule the care status and the placement list share."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kindred.domain.placements import Span, current_episode, is_running, overlaps

TODAY = date(2026, 12, 7)

days = st.integers(min_value=-60, max_value=60).map(lambda offset: TODAY + timedelta(days=offset))
spans = st.builds(
    lambda start, length: Span(start, None if length is None else start + timedelta(days=length)),
    days,
    st.none() | st.integers(min_value=0, max_value=90),
)


def test_an_episode_runs_from_its_start_up_to_but_not_on_its_end() -> None:
    episode = Span(TODAY, TODAY + timedelta(days=2))

    assert [is_running(episode, TODAY + timedelta(days=n)) for n in (-1, 0, 1, 2)] == [
        False,
        True,
        True,
        False,
    ]
    assert is_running(Span(TODAY, None), TODAY + timedelta(days=999))


@given(spans, days)
def test_running_on_a_day_is_sharing_that_day(span: Span, day: date) -> None:
    assert is_running(span, day) == overlaps(span, Span(day, day + timedelta(days=1)))


@given(st.lists(spans, max_size=6))
def test_the_current_episode_is_the_latest_started_of_those_running(history: list[Span]) -> None:
    current = current_episode(history, TODAY)
    running = [span for span in history if is_running(span, TODAY)]

    if running:
        assert current in running
        assert current is not None
        assert current.start == max(span.start for span in running)
    else:
        assert current is None
