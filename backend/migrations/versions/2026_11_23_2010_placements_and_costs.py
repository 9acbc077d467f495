"""Placements, costs and value: placement episodes, cost records and import jobs.

Episodes of one child may not share a day: an exclusion constraint over
`daterange(start_date, end_date, '[)')` per child, with btree_gist for the equality parts. It is
deferrable, so an import can rewrite a child's history in one statement and be checked at commit.

Revision ID: 0008_placements_costs
Revises: 0007_young_peoples_voice
Create Date: 2026-11-23 20:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from kindred.core.row_level_security import isolate_tenant, release_tenant

revision: str = "0008_placements_costs"
down_revision: str | None = "0007_young_peoples_voice"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TENANT_TABLES = ("placements", "cost_records", "import_jobs")

NO_OVERLAP = (
    "ALTER TABLE placements ADD CONSTRAINT ex_placements_no_overlap "
    "EXCLUDE USING gist (tenant_id WITH =, child_id WITH =, "
    "daterange(start_date, end_date, '[)') WITH &&) DEFERRABLE INITIALLY IMMEDIATE"
)


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    op.create_table(
        "import_jobs",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("valid_rows_only", sa.Boolean(), nullable=False),
        sa.Column("header_filename", sa.String(length=200), nullable=False),
        sa.Column("episodes_filename", sa.String(length=200), nullable=False),
        sa.Column("rows_total", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_processed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_rejected", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "counts", postgresql.JSONB(astext_type=sa.Text()), server_default="{}", nullable=False
        ),
        sa.Column(
            "report", postgresql.JSONB(astext_type=sa.Text()), server_default="{}", nullable=False
        ),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("kind IN ('ssda903')", name=op.f("ck_import_jobs_kind")),
        sa.CheckConstraint(
            "status IN ('running', 'succeeded', 'rejected', 'failed')",
            name=op.f("ck_import_jobs_status"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_import_jobs_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_import_jobs_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_jobs")),
    )
    op.create_index(
        "ix_import_jobs_tenant_created", "import_jobs", ["tenant_id", "created_at"], unique=False
    )
    op.create_index(op.f("ix_import_jobs_tenant_id"), "import_jobs", ["tenant_id"], unique=False)
    op.create_table(
        "placements",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("child_id", sa.Uuid(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("placement_type", sa.String(length=2), nullable=False),
        sa.Column("provider", sa.String(length=3), nullable=True),
        sa.Column("legal_status", sa.String(length=2), nullable=False),
        sa.Column("reason_new_episode", sa.String(length=1), nullable=True),
        sa.Column("category_of_need", sa.String(length=2), nullable=True),
        sa.Column("reason_ceased", sa.String(length=3), nullable=True),
        sa.Column("reason_for_change", sa.String(length=6), nullable=True),
        sa.Column("ended_with_move", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("household_id", sa.Uuid(), nullable=True),
        sa.Column("provider_name", sa.String(length=120), nullable=True),
        sa.Column("urn", sa.String(length=10), nullable=True),
        sa.Column("home_postcode", sa.String(length=10), nullable=True),
        sa.Column("home_precision", sa.String(length=8), nullable=True),
        sa.Column("home_easting", sa.Float(), nullable=True),
        sa.Column("home_northing", sa.Float(), nullable=True),
        sa.Column("placement_postcode", sa.String(length=10), nullable=True),
        sa.Column("placement_precision", sa.String(length=8), nullable=True),
        sa.Column("placement_easting", sa.Float(), nullable=True),
        sa.Column("placement_northing", sa.Float(), nullable=True),
        sa.Column("distance_m", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=8), server_default="manual", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
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
        sa.CheckConstraint(
            "home_precision IN ('postcode', 'sector', 'unknown')",
            name=op.f("ck_placements_home_precision"),
        ),
        sa.CheckConstraint(
            "placement_precision IN ('postcode', 'sector', 'unknown')",
            name=op.f("ck_placements_placement_precision"),
        ),
        sa.CheckConstraint("source IN ('manual', 'ssda903')", name=op.f("ck_placements_source")),
        sa.CheckConstraint(
            "NOT ended_with_move OR (end_date IS NOT NULL AND reason_for_change IS NOT NULL)",
            name=op.f("ck_placements_move_has_reason"),
        ),
        sa.CheckConstraint("distance_m >= 0", name=op.f("ck_placements_distance")),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_placements_dates")
        ),
        sa.CheckConstraint(
            "reason_for_change IS NULL OR end_date IS NOT NULL",
            name=op.f("ck_placements_change_reason_needs_end"),
        ),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["children.id"],
            name=op.f("fk_placements_child_id_children"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_placements_household_id_households"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_placements_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placements")),
        sa.UniqueConstraint(
            "tenant_id",
            "child_id",
            "start_date",
            name=op.f("uq_placements_tenant_id_child_id_start_date"),
        ),
    )
    op.create_index(
        op.f("ix_placements_household_id"), "placements", ["household_id"], unique=False
    )
    op.create_index(op.f("ix_placements_tenant_id"), "placements", ["tenant_id"], unique=False)
    op.create_table(
        "cost_records",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("child_id", sa.Uuid(), nullable=False),
        sa.Column("placement_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=200), server_default="", nullable=False),
        sa.Column("frequency", sa.String(length=8), nullable=False),
        sa.Column("amount_pence", sa.BigInteger(), nullable=False),
        sa.Column("funder", sa.String(length=12), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
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
        sa.CheckConstraint(
            "frequency = 'weekly' OR end_date IS NULL",
            name=op.f("ck_cost_records_one_off_has_no_end"),
        ),
        sa.CheckConstraint(
            "frequency IN ('weekly', 'one_off')", name=op.f("ck_cost_records_frequency")
        ),
        sa.CheckConstraint(
            "funder IN ('social_care', 'health', 'education')", name=op.f("ck_cost_records_funder")
        ),
        sa.CheckConstraint(
            "kind <> 'placement' OR frequency = 'weekly'",
            name=op.f("ck_cost_records_placement_weekly"),
        ),
        sa.CheckConstraint(
            "kind IN ('placement', 'therapy', 'education_support', 'transport', 'other')",
            name=op.f("ck_cost_records_kind"),
        ),
        sa.CheckConstraint("amount_pence >= 0", name=op.f("ck_cost_records_amount")),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_cost_records_dates")
        ),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["children.id"],
            name=op.f("fk_cost_records_child_id_children"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_cost_records_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placements.id"],
            name=op.f("fk_cost_records_placement_id_placements"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_cost_records_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cost_records")),
    )
    op.create_index(
        "ix_cost_records_child",
        "cost_records",
        ["tenant_id", "child_id", "start_date"],
        unique=False,
    )
    op.create_index(
        op.f("ix_cost_records_placement_id"), "cost_records", ["placement_id"], unique=False
    )
    op.create_index(op.f("ix_cost_records_tenant_id"), "cost_records", ["tenant_id"], unique=False)
    op.create_index(
        "ix_placements_current",
        "placements",
        ["tenant_id", "child_id"],
        postgresql_where=sa.text("end_date IS NULL"),
    )
    op.execute(NO_OVERLAP)
    for table in TENANT_TABLES:
        for statement in isolate_tenant(table):
            op.execute(statement)


def downgrade() -> None:
    for table in TENANT_TABLES:
        for statement in release_tenant(table):
            op.execute(statement)
    op.drop_index(op.f("ix_cost_records_tenant_id"), table_name="cost_records")
    op.drop_index(op.f("ix_cost_records_placement_id"), table_name="cost_records")
    op.drop_index("ix_cost_records_child", table_name="cost_records")
    op.drop_table("cost_records")
    op.drop_index(op.f("ix_placements_tenant_id"), table_name="placements")
    op.drop_index(op.f("ix_placements_household_id"), table_name="placements")
    op.drop_table("placements")
    op.drop_index(op.f("ix_import_jobs_tenant_id"), table_name="import_jobs")
    op.drop_index("ix_import_jobs_tenant_created", table_name="import_jobs")
    op.drop_table("import_jobs")
    op.execute("DROP EXTENSION IF EXISTS btree_gist")
