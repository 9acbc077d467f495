"""What other modules may use of matching: the households × domains matrix, household summaries."""

import uuid
from collections.abc import Collection

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.matching import HouseholdMatrix
from kindred.modules.matching import repository
from kindred.modules.matching.matrix_cache import household_matrices
from kindred.modules.matching.schemas import HouseholdSummary
from kindred.modules.matching.service import _summary


async def household_matrix(
    db: AsyncSession, tenant_id: uuid.UUID, domain_count: int
) -> HouseholdMatrix:
    """The council's current matchable households as one matrix (cached per process)."""
    return await household_matrices.matrix(db, tenant_id, domain_count)


async def household_summaries(
    db: AsyncSession, household_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, HouseholdSummary]:
    """Each household's reference, name, postcode and agency, by id, as matching returns them."""
    rows = await repository.household_summaries(db, household_ids)
    return {household_id: _summary(row) for household_id, row in rows.items()}
