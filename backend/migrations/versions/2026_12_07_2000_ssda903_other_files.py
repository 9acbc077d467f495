"""The SSDA903 return's optional files (UASC, Reviews, Missing, OC2, OC3, PlacedAdoption): their
rows kept against the child, and a queued import's copies of them until the worker runs it.

Revision ID: 0018_ssda903_other_files
Revises: 0017_bulk_loads
Create Date: 2026-12-07 20:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from kindred.core.row_level_security import isolate_tenant, release_tenant

revision: str = "0018_ssda903_other_files"
down_revision: str | None = "0017_bulk_loads"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RECORDS = "ssda903_records"
FILES = "import_child_files"
KINDS = "('uasc', 'reviews', 'missing', 'oc2', 'oc3', 'placed_adoption')"


def _tenant(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["tenant_id"],
        ["organisations.id"],
        name=op.f(f"fk_{table}_tenant_id_organisations"),
        ondelete="RESTRICT",
    )


def upgrade() -> None:
    op.create_table(
        RECORDS,
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("child_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("code", sa.String(length=4), server_default="", nullable=False),
        sa.Column(
            "details", postgresql.JSONB(astext_type=sa.Text()), server_default="{}", nullable=False
        ),
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
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(f"kind IN {KINDS}", name=op.f("ck_ssda903_records_kind")),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["children.id"],
            name=op.f("fk_ssda903_records_child_id_children"),
            ondelete="CASCADE",
        ),
        _tenant(RECORDS),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ssda903_records")),
        sa.UniqueConstraint(
            "tenant_id",
            "child_id",
            "kind",
            "recorded_on",
            "code",
            name=op.f("uq_ssda903_records_tenant_id_child_id_kind_recorded_on_code"),
        ),
    )
    op.create_index(op.f("ix_ssda903_records_tenant_id"), RECORDS, ["tenant_id"], unique=False)
    op.create_table(
        FILES,
        sa.Column("import_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["import_jobs.id"],
            name=op.f("fk_import_child_files_import_id_import_jobs"),
            ondelete="CASCADE",
        ),
        _tenant(FILES),
        sa.PrimaryKeyConstraint("import_id", "kind", name=op.f("pk_import_child_files")),
    )
    op.create_index(op.f("ix_import_child_files_tenant_id"), FILES, ["tenant_id"], unique=False)
    for table in (RECORDS, FILES):
        for statement in isolate_tenant(table):
            op.execute(statement)


def downgrade() -> None:
    for table in (FILES, RECORDS):
        for statement in release_tenant(table):
            op.execute(statement)
        op.drop_index(op.f(f"ix_{table}_tenant_id"), table_name=table)
        op.drop_table(table)
