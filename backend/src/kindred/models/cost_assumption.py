"""A council's own average weekly cost of a placement type, for estimates such as edge of care."""

import uuid

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from kindred.models.base import Base, Timestamps
from kindred.models.tenant import TenantOwned


class PlacementCostAssumption(Base, Timestamps, TenantOwned):
    """The weekly cost, in pence, the council assumes for one SSDA903 placement type; a type
    with no row uses the indicative default (`domain.edge_of_care`)."""

    __tablename__ = "placement_cost_assumptions"
    __table_args__ = (CheckConstraint("weekly_cost_pence >= 0", name="weekly_cost"),)

    tenant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), primary_key=True
    )
    placement_type: Mapped[str] = mapped_column(String(2), primary_key=True)
    weekly_cost_pence: Mapped[int] = mapped_column(BigInteger)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
