"""After a return is merged: which episodes ended with a move, and each child's care status,
decided by the one rule (`domain.care_status`) over every episode the council holds for the
children in the return, whichever file (or person) recorded them."""

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.care_status import CareState, care_status, moves
from kindred.modules.imports import held_repository as repository
from kindred.modules.imports.held_repository import HeldEpisode


@dataclass(frozen=True, slots=True)
class Followed:
    statuses_changed: set[uuid.UUID]
    """Children whose care status, placement type or legal status changed."""
    moves_without_reason: list[tuple[str, date]]
    """(local child id, start date) of episodes that ended with a move whose reason is blank."""


async def follow_held_episodes(db: AsyncSession, tenant_id: uuid.UUID, today: date) -> Followed:
    """Mark moves and set care statuses where they differ from what is held; one query to
    read, one statement per kind of change."""
    by_child: dict[uuid.UUID, list[HeldEpisode]] = defaultdict(list)
    for held in await repository.histories(db, tenant_id):
        by_child[held.child_id].append(held)
    changed_moves: dict[uuid.UUID, bool] = {}
    statuses: dict[uuid.UUID, CareState] = {}
    unreasoned: list[tuple[str, date]] = []
    for child_id, history in by_child.items():
        episodes = [held.episode for held in history]
        for held, moved in zip(history, moves(episodes), strict=True):
            if moved != held.ended_with_move:
                changed_moves[held.id] = moved
            if moved and held.episode.reason_for_change is None:
                unreasoned.append((held.local_child_id, held.episode.start))
        was = history[0].held
        now = care_status(episodes, held=was, today=today)
        if now != was:
            statuses[child_id] = now
    await repository.mark_moves(db, changed_moves)
    await repository.set_care_statuses(db, statuses)
    return Followed(set(statuses), unreasoned)
