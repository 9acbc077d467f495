"""A per-council counter of changes to households and capacities, kept by triggers.

Matching caches each council's households × domains matrix in memory; reading this one row tells
a worker process whether its cache is current. The triggers run as the caller, under RLS.

Revision ID: 0005_carers_generation
Revises: 0004_households
Create Date: 2026-11-23 19:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kindred.core.row_level_security import isolate_tenant, release_tenant

revision: str = "0005_carers_generation"
down_revision: str | None = "0004_households"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WATCHED = ("households", "capacity_profiles")


def upgrade() -> None:
    op.create_table(
        "carers_generations",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("generation", sa.BigInteger(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_carers_generations_tenant_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", name=op.f("pk_carers_generations")),
    )
    for statement in isolate_tenant("carers_generations"):
        op.execute(statement)
    op.execute(
        """
        CREATE FUNCTION kindred_bump_carers_generation() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            changed_tenant uuid := COALESCE(NEW.tenant_id, OLD.tenant_id);
        BEGIN
            INSERT INTO carers_generations AS g (tenant_id, generation)
            VALUES (changed_tenant, 1)
            ON CONFLICT (tenant_id) DO UPDATE SET generation = g.generation + 1;
            RETURN NULL;
        END
        $$
        """
    )
    for table in WATCHED:
        op.execute(
            f"CREATE TRIGGER {table}_bump_carers_generation "
            f"AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION kindred_bump_carers_generation()"
        )


def downgrade() -> None:
    for table in WATCHED:
        op.execute(f"DROP TRIGGER {table}_bump_carers_generation ON {table}")
    op.execute("DROP FUNCTION kindred_bump_carers_generation()")
    for statement in release_tenant("carers_generations"):
        op.execute(statement)
    op.drop_table("carers_generations")
