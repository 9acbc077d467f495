"""Who a value analytic is for, what they may be shown, and the audit of each view or export.

Managers see the children they may see (their teams'), with every count; everyone else
(commissioners) sees the whole council as aggregates only, with no names or ids, and a count of
1 to 4 children withheld — with others beside it wherever a total and its parts would give it
back by subtraction (`domain.disclosure`, ADR 0004).
"""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import ChildScope, child_scope
from kindred.domain.disclosure import (
    Relation,
    is_small,
    withheld_cells,
    withheld_down_a_run,
    withheld_in_group,
)
from kindred.modules.analytics.shared.schemas import CohortFilters


@dataclass(frozen=True, slots=True)
class Audience:
    scope: ChildScope | None
    """The children the viewer may see; None: the whole council, aggregates only."""

    @property
    def suppresses(self) -> bool:
        return self.scope is None

    def small(self, count: int) -> bool:
        """Whether this count is withheld from this viewer."""
        return self.suppresses and is_small(count)

    def count(self, count: int) -> int | None:
        return None if self.small(count) else count

    def withheld(self, counts: Sequence[int], *, total_shown: bool) -> tuple[bool, ...]:
        """Which of a group's counts are withheld from this viewer."""
        if not self.suppresses:
            return tuple(False for _ in counts)
        return withheld_in_group(counts, total_shown=total_shown)

    def withheld_below(self, total: int, part: int) -> bool:
        """Whether `part`, some of `total` children, is withheld from this viewer: small, or a
        small number short of the total (the rest would come back by subtraction)."""
        return self.suppresses and withheld_down_a_run([total, part])[1]

    def withheld_related(
        self, counts: Sequence[int], relations: Sequence[Relation]
    ) -> tuple[bool, ...]:
        """Which of related counts (totals and their parts) are withheld from this viewer, so
        that no withheld one comes back as a total less its shown parts."""
        if not self.suppresses:
            return tuple(False for _ in counts)
        return withheld_cells(counts, relations)


def audience_of(actor: Actor) -> Audience:
    """The viewer's audience: their child scope, or none (aggregates, small counts withheld)."""
    return Audience(child_scope(actor))


async def record_view(
    db: AsyncSession, actor: Actor, report: str, filters: CohortFilters, **details: object
) -> None:
    """Audit a view of a value analytic with its filters, or its CSV download as an export."""
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.export if filters.format == "csv" else AuditAction.read,
        resource_type="value_analytics",
        resource_id=report,
        details={"filters": filters.model_dump(mode="json", exclude_none=True), **details},
    )
