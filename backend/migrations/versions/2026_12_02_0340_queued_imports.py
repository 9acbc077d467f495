"""Imports run in the background: a `queued` status, the stage reached, and the files kept
until the worker has imported them.

Revision ID: 0011_queued_imports
Revises: 0010_cost_assumptions
Create Date: 2026-12-02 03:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kindred.core.row_level_security import isolate_tenant, release_tenant

revision: str = "0011_queued_imports"
down_revision: str | None = "0010_cost_assumptions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "import_files"
STATUS = op.f("ck_import_jobs_status")


def _statuses(statuses: str) -> None:
    op.drop_constraint(STATUS, "import_jobs", type_="check")
    op.create_check_constraint(STATUS, "import_jobs", f"status IN ({statuses})")


def upgrade() -> None:
    _statuses("'queued', 'running', 'succeeded', 'rejected', 'failed'")
    op.add_column("import_jobs", sa.Column("stage", sa.String(length=40), nullable=True))
    op.create_table(
        TABLE,
        sa.Column("import_id", sa.Uuid(), nullable=False),
        sa.Column("header", sa.LargeBinary(), nullable=False),
        sa.Column("episodes", sa.LargeBinary(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("actor_label", sa.String(length=200), nullable=False),
        sa.Column("request_id", sa.String(length=64), nullable=True),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["import_jobs.id"],
            name=op.f(f"fk_{TABLE}_import_id_import_jobs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f(f"fk_{TABLE}_team_id_teams"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f(f"fk_{TABLE}_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("import_id", name=op.f(f"pk_{TABLE}")),
    )
    op.create_index(op.f(f"ix_{TABLE}_tenant_id"), TABLE, ["tenant_id"], unique=False)
    for statement in isolate_tenant(TABLE):
        op.execute(statement)


def downgrade() -> None:
    for statement in release_tenant(TABLE):
        op.execute(statement)
    op.drop_index(op.f(f"ix_{TABLE}_tenant_id"), table_name=TABLE)
    op.drop_table(TABLE)
    op.drop_column("import_jobs", "stage")
    op.execute("DELETE FROM import_jobs WHERE status = 'queued'")
    _statuses("'running', 'succeeded', 'rejected', 'failed'")
