"""The kinds of bulk load, each with its columns, its row check and its write.

A kind's `check` reads the file's rows (and what it needs of the council's data); its `write`
puts the valid rows in the database in the caller's transaction and says what changed.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.bulk_rows import CheckedFile, Column, Table
from kindred.modules.bulk_loads.households import service as households
from kindred.modules.bulk_loads.needs_profiles import service as needs_profiles
from kindred.modules.bulk_loads.placement_costs import service as placement_costs
from kindred.modules.bulk_loads.staging import Counts, Loader

KindName = Literal["households", "placement_costs", "needs_profiles"]


@dataclass(frozen=True, slots=True)
class Kind:
    name: KindName
    title: str
    summary: str
    columns: Callable[[], tuple[Column, ...]]
    check: Callable[[AsyncSession, Table, date], Awaitable[CheckedFile[Any]]]
    """(db, file, today) → every row checked."""
    write: Callable[[AsyncSession, CheckedFile[Any], Loader], Awaitable[Counts]]


KINDS: dict[str, Kind] = {
    "households": Kind(
        "households",
        "Fostering households",
        "Households with their terms of approval, places, languages, faith, fee and capacity "
        "per needs domain. Matched by reference.",
        households.columns,
        households.check,
        households.write,
    ),
    "placement_costs": Kind(
        "placement_costs",
        "Placement costs",
        "Cost records from a finance system extract: child, provider, weekly or period "
        "amounts, dates and funder. Matched by child, provider and start date.",
        placement_costs.columns,
        placement_costs.check,
        placement_costs.write,
    ),
    "needs_profiles": Kind(
        "needs_profiles",
        "Needs profiles",
        "Profiles the council already holds (child, assessment date, level, strength and "
        "evidence per domain, approver), loaded as approved history. Matched by child and "
        "assessment date.",
        needs_profiles.columns,
        needs_profiles.check,
        needs_profiles.write,
    ),
}
