"""Load fostering households: check each row, place its postcode, merge by reference, record
capacity where it changed, and audit each household created or changed."""

import asyncio
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.audit import ChangedRecord
from kindred.domain.bulk_households import HouseholdRow, household_checker, household_columns
from kindred.domain.bulk_rows import CheckedFile, Column, RowError, Table, check_table
from kindred.frameworks.loader import load_default_framework
from kindred.geography.postcode_area import Location
from kindred.geography.postcodes import normalise_postcode, postcode_directory
from kindred.modules.bulk_loads.households import repository
from kindred.modules.bulk_loads.staging import Counts, Loader, audit_changes, counts_of

Placed = tuple[HouseholdRow, str | None, Location | None]


def columns() -> tuple[Column, ...]:
    return household_columns(load_default_framework())


def _check(table: Table, today: date) -> CheckedFile[HouseholdRow]:
    framework = load_default_framework()
    return check_table(
        table,
        household_columns(framework),
        household_checker(framework, today=today),
        key=lambda household: (household.reference.casefold(),),
        key_label="reference",
    )


def _place(checked: CheckedFile[HouseholdRow]) -> CheckedFile[Placed]:
    """Each household with its postcode normalised and located; an unknown postcode is an
    error of its row, as it is when typed into the household's page."""
    given = {h.postcode for _, h in checked.records if h.postcode is not None}
    normal = {text: normalise_postcode(text) for text in given}
    found = postcode_directory().locate_normalised({n for n in normal.values() if n})
    located = {text: (n, found.get(n) if n else None) for text, n in normal.items()}
    records: list[tuple[int, Placed]] = []
    errors = list(checked.errors)
    for line, household in checked.records:
        if household.postcode is None:
            records.append((line, (household, None, None)))
            continue
        postcode, location = located[household.postcode]
        if postcode is None:
            errors.append(RowError(line, "postcode", "is not a full UK postcode, like LS1 4AB"))
        elif location is None:
            errors.append(
                RowError(line, "postcode", f"{postcode} is not in the postcode directory")
            )
        else:
            records.append((line, (household, postcode, location)))
    return CheckedFile(
        records, sorted(errors, key=_order), checked.rows, checked.present, checked.ignored
    )


def _order(error: RowError) -> tuple[int, str]:
    return (error.line, error.column or "")


async def check(db: AsyncSession, table: Table, today: date) -> CheckedFile[Any]:
    del db  # households are checked against the file alone; the merge finds held ones
    checked = await asyncio.to_thread(_check, table, today)
    return await asyncio.to_thread(_place, checked)


def _staged(placed: Placed) -> tuple[Any, ...]:
    household, postcode, location = placed
    return (
        household.reference,
        household.name,
        household.status,
        household.age_min,
        household.age_max,
        household.places,
        household.vacancies,
        list(household.approved_types),
        postcode,
        location.easting if location else None,
        location.northing if location else None,
        list(household.languages),
        household.faith,
        household.other_children,
        household.weekly_fee_pence,
        household.notes,
        list(household.capacity) if household.capacity is not None else None,
        household.capacity_from,
    )


async def _new_capacities(
    db: AsyncSession, households: list[HouseholdRow]
) -> list[tuple[Any, ...]]:
    """(household id, effective from, levels) for each household whose capacity differs from
    its latest one; the same levels from another date are no change."""
    ids = await repository.ids_by_reference(db, [h.reference for h in households])
    latest = await repository.latest_capacities(db, list(ids.values()))
    return [
        (ids[h.reference], h.capacity_from, list(h.capacity))
        for h in households
        if h.capacity is not None and latest.get(ids[h.reference]) != list(h.capacity)
    ]


async def write(db: AsyncSession, checked: CheckedFile[Any], loader: Loader) -> Counts:
    await repository.stage(db, [_staged(placed) for _, placed in checked.records])
    changed = await repository.merge(db, loader.tenant_id, checked.present)
    with_capacity = [h for _, (h, _, _) in checked.records if h.capacity is not None]
    profiles = await _new_capacities(db, with_capacity)
    await repository.add_capacities(db, loader, load_default_framework().version, profiles)
    seen = {change.resource_id for change in changed}
    changed += [ChangedRecord(p[0], False) for p in profiles if p[0] not in seen]
    await audit_changes(db, loader, "household", changed)
    return counts_of(changed, len(checked.records))
