"""The demo councils' placement histories, imported as SSDA903 returns.

Each demo child in a placement gets the episodes before it (moves, a change of legal status
only, now and then a temporary `T1` placement from before 2020's code list), written as the
Header and Episodes files of several consecutive collection years and imported in order through
the real import service, as a council moving to Kindred would. So the demo's placements,
stability and value analytics rest on an imported history, and the Imports page lists those
returns with their reports (the warnings real returns carry). Fixed seed: same data every run.
"""

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.tenancy import bind_tenant
from kindred.core.clock import current_time
from kindred.core.database import APP_ROLE
from kindred.models.child import Child
from kindred.models.import_job import ImportStatus
from kindred.models.placement import Placement
from kindred.modules.imports.service import Importer, ReturnFiles, add_job, run_ssda903_import
from kindred.seed.placement_fees import provider_for
from kindred.seed.ssda903_samples import FOSTER, MOVE_REASONS, OTHER, SECTORS
from kindred.seed.ssda903_years import YearReturn, collection_year, yearly_returns

YEARS = 5
"""Collection years imported, the current (unfinished) one last."""
FIRST_LEGAL = ("V2", "V2", "C1", "C2", "E1")
NEEDS = ("N1", "N1", "N1", "N2", "N4", "N5", "N8")


@dataclass(frozen=True, slots=True)
class HistoryCouncil:
    """A demo council whose children's histories are imported, and the admin who imports."""

    slug: str
    tenant_id: uuid.UUID
    admin_id: uuid.UUID
    seed: int


@dataclass(frozen=True, slots=True)
class CurrentPlacement:
    """Where a demo child lives now: the last episode of their imported history."""

    child: Child
    start: date
    placement_type: str
    provider: str
    legal_status: str
    home_postcode: str
    placement_postcode: str


def _day(value: date) -> str:
    return f"{value:%d/%m/%Y}"


def _earlier_episodes(
    rng: random.Random, current: CurrentPlacement, need: str
) -> list[dict[str, str]]:
    """The episodes before the current one: contiguous, the last ending the day it began."""
    child = current.child
    entered = max(child.date_of_birth, current.start - timedelta(days=rng.randint(200, 2200)))
    span = (current.start - entered).days
    if span < 60:
        return []
    count = rng.randint(1, min(5, span // 60))
    cuts = sorted(rng.sample(range(30, span), count - 1))
    starts = [entered + timedelta(days=cut) for cut in [0, *cuts]]
    ends = [*starts[1:], current.start]
    rows: list[dict[str, str]] = []
    legal = rng.choice(FIRST_LEGAL)
    place = rng.choice(FOSTER)
    for number, (start, end) in enumerate(zip(starts, ends, strict=True)):
        new_episode = "S"
        if number:
            if rng.random() < 0.2:
                new_episode, legal = "T", "C2" if legal != "C2" else "C1"  # legal status only
            else:
                new_episode = "P"
                place = "T1" if rng.random() < 0.08 else rng.choice(FOSTER + OTHER)
                rows[-1]["REASON_PLACE_CHANGE"] = rng.choice(MOVE_REASONS)
        rows.append(
            {
                "CHILD": child.local_child_id,
                "DECOM": _day(start),
                "RNE": new_episode,
                "LS": legal,
                "CIN": need,
                "PLACE": place,
                "PLACE_PROVIDER": provider_for(rng, place),
                "DEC": _day(end),
                "REC": "X1",
                "REASON_PLACE_CHANGE": "",
                "HOME_POST": current.home_postcode,
                "PL_POST": rng.choice(SECTORS),
                "URN": "",
            }
        )
    return rows


def _history(rng: random.Random, current: CurrentPlacement) -> list[dict[str, str]]:
    """Every episode of the child's, the current one exactly as the demo placed them."""
    need = rng.choice(NEEDS)
    rows = _earlier_episodes(rng, current, need)
    if rows:
        rows[-1]["REASON_PLACE_CHANGE"] = rng.choice(MOVE_REASONS)
    rows.append(
        {
            "CHILD": current.child.local_child_id,
            "DECOM": _day(current.start),
            "RNE": "P" if rows else "S",
            "LS": current.legal_status,
            "CIN": need,
            "PLACE": current.placement_type,
            "PLACE_PROVIDER": current.provider,
            "DEC": "",
            "REC": "",
            "REASON_PLACE_CHANGE": "",
            "HOME_POST": current.home_postcode,
            "PL_POST": current.placement_postcode,
            "URN": "",
        }
    )
    return rows


def _returns(
    council: HistoryCouncil, placed: list[CurrentPlacement], today: date
) -> list[YearReturn]:
    """The council's yearly returns, from its children's current placements."""
    rng = random.Random(9030 + council.seed)  # noqa: S311 - demo data, not security
    header: list[dict[str, str]] = []
    episodes: list[dict[str, str]] = []
    rec_left_open: set[tuple[str, str]] = set()
    for current in sorted(placed, key=lambda placement: placement.child.local_child_id):
        child = current.child
        header.append(
            {
                "CHILD": child.local_child_id,
                "SEX": child.sex or "",
                "DOB": _day(child.date_of_birth),
                "ETHNIC": child.ethnicity or "",
                "UPN": "",
                "MOTHER": "",
                "MC_DOB": "",
            }
        )
        history = _history(rng, current)
        episodes += history
        if rng.random() < 0.15:  # the case system exports X1 on its open episodes
            rec_left_open |= {(row["CHILD"], row["DECOM"]) for row in history}
    return yearly_returns(
        header, episodes, collection_year(today), YEARS, rec_left_open=rec_left_open
    )


def _imported_at(year: int, today: date) -> datetime:
    """When the council imported a year's return: in July after it closed; the current one now."""
    if year >= collection_year(today):
        return current_time()
    return datetime.combine(date(year, 7, 10), time(10, 0), tzinfo=UTC)


async def load_demo_history(
    db: AsyncSession,
    councils: list[HistoryCouncil],
    current: list[CurrentPlacement],
    *,
    today: date,
) -> dict[tuple[uuid.UUID, date], uuid.UUID]:
    """Import each council's yearly returns in order, ending in the children's `current`
    placements (not yet saved), acting as the app bound to the council (row-level security
    keeps each import to it), as its admin. The imported placements' ids by (child, start)."""
    await db.flush()
    for council in councils:
        placed = [each for each in current if each.child.tenant_id == council.tenant_id]
        returns = _returns(council, placed, today)
        await db.execute(text(f"SET LOCAL ROLE {APP_ROLE}"))
        await bind_tenant(db, council.tenant_id)
        importer = Importer(council.tenant_id, council.admin_id, "demo data (kindred seed-demo)")
        for returned in returns:
            files = ReturnFiles(
                returned.header,
                returned.episodes,
                f"{council.slug}-903-{returned.year}-header.csv",
                f"{council.slug}-903-{returned.year}-episodes.csv",
            )
            job = await add_job(
                db, importer, files, valid_rows_only=False, status=ImportStatus.running
            )
            job = await run_ssda903_import(db, job, files, importer=importer, today=today)
            if job.status != ImportStatus.succeeded:
                raise RuntimeError(f"the demo's {returned.year} return was rejected: {job.report}")
            job.created_at = _imported_at(returned.year, today)
            await db.flush()
        await db.execute(text("RESET ROLE"))
    rows = await db.execute(select(Placement.child_id, Placement.start_date, Placement.id))
    return {(child_id, start): placement_id for child_id, start, placement_id in rows.all()}
