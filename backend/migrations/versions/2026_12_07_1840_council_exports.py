"""Whole-council exports: an admin's background job writing one ZIP, with its progress.

Revision ID: 0016_council_exports
Revises: 0011_queued_imports
Create Date: 2026-12-07 18:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kindred.core.row_level_security import isolate_tenant, release_tenant

revision: str = "0016_council_exports"
down_revision: str | None = "0015_ssda903_returns"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "council_exports"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("stage", sa.String(length=40), nullable=True),
        sa.Column("tables_done", sa.Integer(), server_default="0", nullable=False),
        sa.Column("tables_total", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_written", sa.Integer(), server_default="0", nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=True),
        sa.Column("message", sa.String(length=500), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "status IN ('queued', 'running', 'succeeded', 'failed')",
            name=op.f(f"ck_{TABLE}_status"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f(f"fk_{TABLE}_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f(f"fk_{TABLE}_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{TABLE}")),
    )
    op.create_index("ix_council_exports_tenant_created", TABLE, ["tenant_id", "created_at"])
    op.create_index(op.f(f"ix_{TABLE}_tenant_id"), TABLE, ["tenant_id"], unique=False)
    for statement in isolate_tenant(TABLE):
        op.execute(statement)


def downgrade() -> None:
    for statement in release_tenant(TABLE):
        op.execute(statement)
    op.drop_index(op.f(f"ix_{TABLE}_tenant_id"), table_name=TABLE)
    op.drop_index("ix_council_exports_tenant_created", table_name=TABLE)
    op.drop_table(TABLE)
