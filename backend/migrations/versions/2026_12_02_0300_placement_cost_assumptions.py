"""A council's own weekly cost per placement type, for the edge-of-care cost-avoidance estimate.

Revision ID: 0010_cost_assumptions
Revises: 0009_referrals
Create Date: 2026-12-02 03:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kindred.core.row_level_security import isolate_tenant, release_tenant

revision: str = "0010_cost_assumptions"
down_revision: str | None = "0009_referrals"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "placement_cost_assumptions"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("placement_type", sa.String(length=2), nullable=False),
        sa.Column("weekly_cost_pence", sa.BigInteger(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint("weekly_cost_pence >= 0", name=op.f(f"ck_{TABLE}_weekly_cost")),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f(f"fk_{TABLE}_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["users.id"], name=op.f(f"fk_{TABLE}_updated_by_users")
        ),
        sa.PrimaryKeyConstraint("tenant_id", "placement_type", name=op.f(f"pk_{TABLE}")),
    )
    for statement in isolate_tenant(TABLE):
        op.execute(statement)


def downgrade() -> None:
    for statement in release_tenant(TABLE):
        op.execute(statement)
    op.drop_table(TABLE)
