"""Placement episodes as a spreadsheet: a child's, as on their page, or the whole council's."""

import uuid
from collections.abc import Callable, Sequence
from datetime import date

from kindred.core.table_query import AnyRow, TableQuery
from kindred.modules.placements import repository
from kindred.modules.placements.service import read_placement

PLACEMENTS = "placements"
HEADER = (
    "placement_id",
    "child_id",
    "start_date",
    "end_date",
    "current",
    "placement_type",
    "placement_type_label",
    "provider",
    "legal_status",
    "reason_new_episode",
    "category_of_need",
    "reason_ceased",
    "ended_with_move",
    "reason_for_change",
    "household",
    "provider_name",
    "urn",
    "home_postcode",
    "placement_postcode",
    "distance_km",
    "distance_miles",
    "over_20_miles",
    "source",
)


def _cells(today: date) -> Callable[[AnyRow], Sequence[object]]:
    def cells(row: AnyRow) -> list[object]:
        episode = read_placement(row[0], row[1], today=today)
        return [
            episode.id,
            episode.child_id,
            episode.start_date,
            episode.end_date,
            episode.current,
            episode.placement_type,
            episode.placement_type_label,
            episode.provider,
            episode.legal_status,
            episode.reason_new_episode,
            episode.category_of_need,
            episode.reason_ceased,
            episode.ended_with_move,
            episode.reason_for_change,
            episode.household.name if episode.household else None,
            episode.provider_name,
            episode.urn,
            episode.home_postcode,
            episode.placement_postcode,
            episode.distance_km,
            episode.distance_miles,
            episode.over_20_miles,
            episode.source,
        ]

    return cells


def placements_table(today: date, child_id: uuid.UUID | None = None) -> TableQuery:
    """One child's episodes (newest first), or every child's when no child is given."""
    query = repository.placements_with_household(child_id)
    return TableQuery(PLACEMENTS, HEADER, query, _cells(today))
