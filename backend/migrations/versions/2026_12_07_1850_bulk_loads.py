"""Bulk loads of households, placement costs and needs profiles; cost records name their
provider, the key a finance extract matches on; the carers generation is bumped once per
statement rather than once per row (a load of 50,000 households updated one counter row
100,000 times in one transaction, which PostgreSQL makes slower with every update).

Revision ID: 0017_bulk_loads
Revises: 0011_queued_imports
Create Date: 2026-12-07 18:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from kindred.core.row_level_security import isolate_tenant, release_tenant

revision: str = "0017_bulk_loads"
down_revision: str | None = "0016_council_exports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOADS = "bulk_loads"
FILES = "bulk_load_files"
WATCHED = ("households", "capacity_profiles")
BUMP_PER_STATEMENT = """
CREATE FUNCTION kindred_bump_carers_generations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO carers_generations AS g (tenant_id, generation)
    SELECT DISTINCT tenant_id, 1 FROM changed_rows
    ON CONFLICT (tenant_id) DO UPDATE SET generation = g.generation + 1;
    RETURN NULL;
END
$$
"""
_TRANSITIONS = (
    ("insert", "INSERT", "NEW"),
    ("update", "UPDATE", "NEW"),
    ("delete", "DELETE", "OLD"),
)


def _bump_per_statement() -> None:
    op.execute(BUMP_PER_STATEMENT)
    for table in WATCHED:
        op.execute(f"DROP TRIGGER {table}_bump_carers_generation ON {table}")
        for name, event, transition in _TRANSITIONS:
            op.execute(
                f"CREATE TRIGGER {table}_{name}_bumps_carers_generation AFTER {event} ON {table} "
                f"REFERENCING {transition} TABLE AS changed_rows FOR EACH STATEMENT "
                "EXECUTE FUNCTION kindred_bump_carers_generations()"
            )


def _bump_per_row() -> None:
    for table in WATCHED:
        for name, _, _ in _TRANSITIONS:
            op.execute(f"DROP TRIGGER {table}_{name}_bumps_carers_generation ON {table}")
        op.execute(
            f"CREATE TRIGGER {table}_bump_carers_generation "
            f"AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION kindred_bump_carers_generation()"
        )
    op.execute("DROP FUNCTION kindred_bump_carers_generations()")


def upgrade() -> None:
    _bump_per_statement()
    op.add_column("cost_records", sa.Column("provider", sa.String(length=120), nullable=True))
    op.create_index(
        "uq_cost_records_provider_start",
        "cost_records",
        ["tenant_id", "child_id", "provider", "start_date"],
        unique=True,
        postgresql_where=sa.text("provider IS NOT NULL"),
    )
    op.create_table(
        LOADS,
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("valid_rows_only", sa.Boolean(), nullable=True),
        sa.Column("stage", sa.String(length=40), nullable=True),
        sa.Column("rows_total", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_processed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_rejected", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "counts", postgresql.JSONB(astext_type=sa.Text()), server_default="{}", nullable=False
        ),
        sa.Column(
            "errors", postgresql.JSONB(astext_type=sa.Text()), server_default="[]", nullable=False
        ),
        sa.Column(
            "ignored_columns",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default="[]",
            nullable=False,
        ),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("previewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('households', 'placement_costs', 'needs_profiles')",
            name=op.f("ck_bulk_loads_kind"),
        ),
        sa.CheckConstraint(
            "status IN ('previewing', 'previewed', 'loading', 'loaded', 'rejected', 'failed')",
            name=op.f("ck_bulk_loads_status"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_bulk_loads_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_bulk_loads_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bulk_loads")),
    )
    op.create_index(
        "ix_bulk_loads_tenant_created", LOADS, ["tenant_id", "created_at"], unique=False
    )
    op.create_index(op.f("ix_bulk_loads_tenant_id"), LOADS, ["tenant_id"], unique=False)
    op.create_table(
        FILES,
        sa.Column("load_id", sa.Uuid(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("actor_label", sa.String(length=200), nullable=False),
        sa.Column("request_id", sa.String(length=64), nullable=True),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["load_id"],
            ["bulk_loads.id"],
            name=op.f("fk_bulk_load_files_load_id_bulk_loads"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_bulk_load_files_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("load_id", name=op.f("pk_bulk_load_files")),
    )
    op.create_index(op.f("ix_bulk_load_files_tenant_id"), FILES, ["tenant_id"], unique=False)
    for table in (LOADS, FILES):
        for statement in isolate_tenant(table):
            op.execute(statement)


def downgrade() -> None:
    for table in (FILES, LOADS):
        for statement in release_tenant(table):
            op.execute(statement)
    op.drop_index(op.f("ix_bulk_load_files_tenant_id"), table_name=FILES)
    op.drop_table(FILES)
    op.drop_index(op.f("ix_bulk_loads_tenant_id"), table_name=LOADS)
    op.drop_index("ix_bulk_loads_tenant_created", table_name=LOADS)
    op.drop_table(LOADS)
    op.drop_index("uq_cost_records_provider_start", table_name="cost_records")
    op.drop_column("cost_records", "provider")
    _bump_per_row()
