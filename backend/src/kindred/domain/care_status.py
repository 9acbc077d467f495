"""The one rule for what a child's placement episodes say about them now, and which episodes
ended with a move of placement.

Used by the SSDA903 import (over every episode the council holds for the children in a return,
whichever file they came from) and by recording an episode by hand, so the two never disagree.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kindred.domain.placements import Span, current_episode

NEW_EPISODE_WITHOUT_MOVE = frozenset({"S", "L"})
"""RNE codes that never mean a move: a first episode, or a change of legal status only."""
STATUS_ONLY_UNLESS_REASONED = frozenset({"T", "U"})
"""RNE codes that change legal status; they are a move only when the ending episode gives a
reason for the placement change (councils leave it blank when the child stayed put)."""


@dataclass(frozen=True, slots=True)
class Episode(Span):
    """The facts of an episode the rule reads."""

    placement_type: str
    legal_status: str
    reason_new_episode: str | None = None
    reason_ceased: str | None = None
    reason_for_change: str | None = None


# Where a child stands with care: the one list, stored on the child and served.
class CareStatus(StrEnum):
    in_care = "in_care"
    edge_of_care = "edge_of_care"
    care_leaver = "care_leaver"


@dataclass(frozen=True, slots=True)
class CareState:
    """A child's care status with their current placement type and legal status."""

    care_status: CareStatus
    placement_type: str | None
    legal_status: str | None


def left_care(episode: Episode) -> bool:
    """Whether the return says the child left care when this episode ended (any REC but X1,
    which means a new episode began the same day)."""
    return episode.end is not None and episode.reason_ceased not in (None, "X1")


def care_status(episodes: Sequence[Episode], *, held: CareState, today: date) -> CareState:
    """In care, in the current episode's placement, while an episode runs today; a care leaver
    when the latest episode ended and the return says the child left care; otherwise the status
    held is kept, with no current placement. With no episode at all, nothing changes."""
    started = [episode for episode in episodes if episode.start <= today]
    if not started:
        return held
    current = current_episode(started, today)
    if current is not None:
        return CareState(CareStatus.in_care, current.placement_type, current.legal_status)
    latest = max(started, key=lambda episode: episode.start)
    status = CareStatus.care_leaver if left_care(latest) else held.care_status
    return CareState(status, None, latest.legal_status)


def moved(ending: Episode, following: Episode) -> bool:
    """Whether `following`, starting the day `ending` ended, is a move of placement."""
    if ending.end is None or ending.end != following.start or left_care(ending):
        return False
    reason = following.reason_new_episode
    if reason in NEW_EPISODE_WITHOUT_MOVE:
        return False
    if reason in STATUS_ONLY_UNLESS_REASONED:
        return ending.reason_for_change is not None
    if reason is None:
        return following.placement_type != ending.placement_type
    return True


def moves(history: Sequence[Episode]) -> list[bool]:
    """For each episode of one child's history (in the order given), whether it ended with a
    move: another of the child's episodes starts that day as a change of placement."""
    by_start = {episode.start: episode for episode in history}
    return [
        episode.end is not None
        and (following := by_start.get(episode.end)) is not None
        and following is not episode
        and moved(episode, following)
        for episode in history
    ]
