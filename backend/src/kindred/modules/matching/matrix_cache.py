"""Each council's households × domains matrix, held in memory and rebuilt only on change.

The matrix is immutable; a request reads the council's change counter (one indexed row) and
reuses the cached matrix when it is current, so matching never loads households per request.
"""

import asyncio
import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.matching import HouseholdMatrix
from kindred.modules.matching import repository


@dataclass(frozen=True, slots=True)
class _Cached:
    generation: int
    matrix: HouseholdMatrix


class HouseholdMatrixCache:
    def __init__(self) -> None:
        self._by_tenant: dict[uuid.UUID, _Cached] = {}
        self._locks: dict[uuid.UUID, asyncio.Lock] = {}

    async def matrix(
        self, db: AsyncSession, tenant_id: uuid.UUID, domain_count: int
    ) -> HouseholdMatrix:
        """The tenant's current matrix (`db` must be bound to `tenant_id`)."""
        generation = await repository.carers_generation(db)
        cached = self._by_tenant.get(tenant_id)
        if cached is not None and cached.generation == generation:
            return cached.matrix
        async with self._locks.setdefault(tenant_id, asyncio.Lock()):
            cached = self._by_tenant.get(tenant_id)
            if cached is not None and cached.generation == generation:
                return cached.matrix
            households = await repository.matchable_households(db)
            matrix = HouseholdMatrix.build(households, domain_count=domain_count)
            self._by_tenant[tenant_id] = _Cached(generation, matrix)
            return matrix


household_matrices = HouseholdMatrixCache()
"""The process-wide cache (one per worker process)."""
