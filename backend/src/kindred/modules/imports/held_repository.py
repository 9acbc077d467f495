"""The queries of following held episodes after a merge: read every episode of the children in
the return (from the import's temporary tables), then write moves and care statuses in bulk."""

import uuid
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.care_status import CareState, CareStatus, Episode


@dataclass(frozen=True, slots=True)
class HeldEpisode:
    """An episode held for a child in the return, with what the child's record says now."""

    id: uuid.UUID
    child_id: uuid.UUID
    local_child_id: str
    episode: Episode
    ended_with_move: bool
    held: CareState


async def histories(db: AsyncSession, tenant_id: uuid.UUID) -> list[HeldEpisode]:
    """Every episode held, from any file or by hand, for the children in the return."""
    rows = await db.execute(
        text(
            """
            SELECT p.id, p.child_id, c.local_child_id, p.start_date, p.end_date,
                   p.placement_type, p.legal_status, p.reason_new_episode, p.reason_ceased,
                   p.reason_for_change, p.ended_with_move, c.care_status,
                   c.placement_type AS child_placement, c.legal_status AS child_legal
            FROM children c
            JOIN placements p ON p.tenant_id = :tenant AND p.child_id = c.id
            WHERE c.tenant_id = :tenant AND c.local_child_id IN (
                SELECT local_child_id FROM import_children
                UNION SELECT local_child_id FROM import_episodes
            )
            ORDER BY p.child_id, p.start_date
            """
        ),
        {"tenant": tenant_id},
    )
    return [
        HeldEpisode(
            row.id,
            row.child_id,
            row.local_child_id,
            Episode(
                row.start_date,
                row.end_date,
                row.placement_type,
                row.legal_status,
                row.reason_new_episode,
                row.reason_ceased,
                row.reason_for_change,
            ),
            row.ended_with_move,
            CareState(CareStatus(row.care_status), row.child_placement, row.child_legal),
        )
        for row in rows
    ]


async def mark_moves(db: AsyncSession, moves: dict[uuid.UUID, bool]) -> None:
    """Set `ended_with_move` of the episodes given, in one statement."""
    if not moves:
        return
    await db.execute(
        text(
            """
            UPDATE placements p SET ended_with_move = x.moved, version = p.version + 1,
                   updated_at = now()
            FROM unnest(CAST(:ids AS uuid[]), CAST(:moved AS boolean[])) AS x(id, moved)
            WHERE p.id = x.id
            """
        ),
        {"ids": list(moves), "moved": list(moves.values())},
    )


async def set_care_statuses(db: AsyncSession, statuses: dict[uuid.UUID, CareState]) -> None:
    """Set the children's care status, placement type and legal status, in one statement."""
    if not statuses:
        return
    await db.execute(
        text(
            """
            UPDATE children c SET care_status = x.care_status, placement_type = x.placement,
                   legal_status = x.legal, version = c.version + 1, updated_at = now()
            FROM unnest(CAST(:ids AS uuid[]), CAST(:statuses AS text[]),
                        CAST(:placements AS text[]), CAST(:legals AS text[]))
                 AS x(id, care_status, placement, legal)
            WHERE c.id = x.id
            """
        ),
        {
            "ids": list(statuses),
            "statuses": [s.care_status for s in statuses.values()],
            "placements": [s.placement_type for s in statuses.values()],
            "legals": [s.legal_status for s in statuses.values()],
        },
    )
